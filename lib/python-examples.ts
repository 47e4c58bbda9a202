import fs from 'node:fs';
import path from 'node:path';

/** One fenced ```python block of a lesson. `line` is the 1-based line of its opening fence. */
export interface PythonBlock {
  title?: string;
  code: string;
  line: number;
}

const lessonsRoot = path.join(process.cwd(), 'content', 'lessons');

/**
 * The fenced Python blocks of an MDX source, in order. A block opens with three or more backticks
 * (or tildes) followed by `python` or `py`, optionally with meta such as `title="server.py" {4-6}`,
 * and closes with a fence of the same character at least as long. Indentation shared by the
 * fence is removed from the code, so a block nested in a component still compiles.
 */
export function extractPythonBlocks(source: string): PythonBlock[] {
  const lines = source.split(/\r?\n/);
  const blocks: PythonBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)(.*)$/.exec(lines[i] ?? '');
    if (!open) {
      i += 1;
      continue;
    }
    const [, indent = '', fence = '```', lang = '', meta = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    const closes = (text: string) => {
      const trimmed = text.trim();
      return trimmed.length >= fence.length && trimmed === fence[0]!.repeat(trimmed.length);
    };
    while (j < lines.length && !closes(lines[j] ?? '')) {
      const text = lines[j] ?? '';
      body.push(text.startsWith(indent) ? text.slice(indent.length) : text.trimStart());
      j += 1;
    }
    if (lang === 'python' || lang === 'py') {
      const title = /title="([^"]*)"/.exec(meta)?.[1];
      blocks.push({ ...(title !== undefined ? { title } : {}), code: body.join('\n') + '\n', line: i + 1 });
    }
    i = j + 1;
  }
  return blocks;
}

/** Every lesson file, content/lessons/<module>/<lesson>.mdx at any depth, sorted. */
export function lessonFiles(root: string = lessonsRoot): string[] {
  if (!fs.existsSync(root)) return [];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.mdx')) found.push(full);
    }
  };
  walk(root);
  return found.sort();
}

/** The one block with this title in a lesson file; throws with the file's name if there is not exactly one. */
export function blockTitled(file: string, title: string): PythonBlock {
  const matches = extractPythonBlocks(fs.readFileSync(file, 'utf8')).filter((b) => b.title === title);
  if (matches.length !== 1) {
    throw new Error(`${path.relative(process.cwd(), file)}: expected one python block titled "${title}", found ${matches.length}`);
  }
  return matches[0]!;
}
