/**
 * Output of a run as it streams from the worker to the page. Python can print a million lines in a
 * second; one message (and one re-render) per write would flood the page's main thread. So the
 * worker batches writes and sends at most one message per interval, and stops keeping output past
 * a limit, saying so once (the checks still see everything printed: the runner keeps its own copy).
 */
export type Stream = 'stdout' | 'stderr';

export interface Chunk {
  stream: Stream;
  text: string;
}

export const OUTPUT_LIMIT = 20_000;
export const truncatedNote = '\n[Output cut here: only the first 20,000 characters are shown.]\n';

/** Appends text to a list of chunks, joining it to the last chunk when the stream is the same. */
export function appendChunks(chunks: readonly Chunk[], more: readonly Chunk[]): Chunk[] {
  const out = chunks.map((c) => ({ ...c }));
  for (const c of more) {
    if (!c.text) continue;
    const last = out.at(-1);
    if (last && last.stream === c.stream) last.text += c.text;
    else out.push({ ...c });
  }
  return out;
}

export class OutputBuffer {
  private pending: Chunk[] = [];
  private kept = 0;
  private cut = false;
  private lastSent: number;

  constructor(
    private readonly send: (chunks: Chunk[]) => void,
    private readonly now: () => number = () => performance.now(),
    private readonly intervalMs = 50,
    private readonly limit = OUTPUT_LIMIT,
  ) {
    this.lastSent = now();
  }

  write(stream: Stream, text: string): void {
    if (this.cut || !text) return;
    const room = this.limit - this.kept;
    const kept = text.length > room ? text.slice(0, room) : text;
    this.kept += kept.length;
    this.pending = appendChunks(this.pending, [{ stream, text: kept }]);
    if (kept.length < text.length) {
      this.cut = true;
      this.pending = appendChunks(this.pending, [{ stream: 'stderr', text: truncatedNote }]);
    }
    if (this.now() - this.lastSent >= this.intervalMs) this.flush();
  }

  /** Sends whatever is waiting (at the end of a run, or when the interval has passed). */
  flush(): void {
    this.lastSent = this.now();
    if (this.pending.length === 0) return;
    const chunks = this.pending;
    this.pending = [];
    this.send(chunks);
  }

  /** A new run starts with nothing kept. */
  reset(): void {
    this.pending = [];
    this.kept = 0;
    this.cut = false;
    this.lastSent = this.now();
  }
}
