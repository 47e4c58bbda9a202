import { normalize } from './rules';

/**
 * Two item-writing rules a machine can check against the lesson an item links to: a stem or a
 * right answer that copies a sentence of the lesson tests recall of that sentence, and an item
 * that reuses the lesson's worked example tests whether the learner remembers its result.
 */

/** Words in a row that count as copying: long enough that a shared phrase ("per million requests") is not one. */
export const copiedRunLength = 8;

/** The lesson as plain words: no frontmatter, JSX tags, markdown marks or code fences' fences. */
export function lessonWords(mdx: string): string {
  const body = mdx.replace(/^---[\s\S]*?\n---\n/, '');
  return normalize(
    body
      .replace(/<[^>]*>/g, ' ')
      .replace(/[*_`#|>]/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'),
  );
}

/** The first run of `copiedRunLength` words of `text` that the lesson has word for word, if any. */
export function copiedRun(text: string, lesson: string): string | undefined {
  const words = normalize(text.replace(/`/g, ' ')).split(' ');
  const haystack = ` ${lesson} `;
  for (let i = 0; i + copiedRunLength <= words.length; i++) {
    const run = words.slice(i, i + copiedRunLength).join(' ');
    if (haystack.includes(` ${run} `)) return run;
  }
  return undefined;
}

/** The text of every section whose heading says "worked example", up to the next heading. */
export function workedExamples(mdx: string): string[] {
  const sections: string[] = [];
  const lines = mdx.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heading = /^(#{2,4})\s+(.*)$/.exec(lines[i] ?? '');
    if (!heading?.[1] || !/worked example/i.test(heading[2] ?? '')) continue;
    const level = heading[1].length;
    const body: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const next = /^(#{1,6})\s/.exec(lines[j] ?? '');
      if (next?.[1] && next[1].length <= level) break;
      body.push(lines[j] ?? '');
    }
    sections.push(body.join('\n'));
  }
  return sections;
}

/** The numbers written in a text: "1,000" is 1000, "0.5" is 0.5; years and list markers count too. */
export function numbersIn(text: string): number[] {
  // Thousands separators only inside a number: "As of 2025, …" is 2025, not "2025,".
  return [...text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
}

/**
 * The stem's numbers when there are at least two and a worked example has them all: the item
 * restates the example instead of posing a new case. Undefined when it does not.
 */
export function reusedExample(prompt: string, examples: string[]): number[] | undefined {
  const mine = [...new Set(numbersIn(prompt))];
  if (mine.length < 2) return undefined;
  for (const example of examples) {
    const theirs = new Set(numbersIn(example));
    if (mine.every((n) => theirs.has(n))) return mine;
  }
  return undefined;
}
