/**
 * The repository stands alone: its documents link only to files it contains, and nothing in it
 * points into a folder outside it (a clone has no ../shared or workspace paths).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const skipDirs = new Set(['node_modules', '.git', '.next', 'out', 'test-results', 'playwright-report', 'coverage']);
const textFile = /\.(md|mdx|ts|tsx|mjs|js|cjs|json|css|ya?ml|txt)$|^\.?[a-z]+$/i;

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!skipDirs.has(entry.name)) yield* files(path.join(dir, entry.name));
    } else if (textFile.test(entry.name) && entry.name !== 'package-lock.json') {
      yield path.join(dir, entry.name);
    }
  }
}

const documents = ['README.md', 'simulations/README.md', 'lib/quiz/README.md', ...fs.readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** Reference patterns that lead outside the repository. */
const outsidePaths = /(?:\.\.\/)+shared\b|\/work\/shared\b/;

describe('self-contained documentation', () => {
  it('no file mentions ../shared or the workspace outside the repository', () => {
    const offenders = [...files(root)].filter((file) => file !== __filename && outsidePaths.test(fs.readFileSync(file, 'utf8')));
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });

  it('the pattern catches the ways such a link is written', () => {
    for (const text of ['see `../shared/DESIGN.md`', '(../../shared/reference/x.md)', 'from /work/shared/reference']) expect(outsidePaths.test(text)).toBe(true);
    expect(outsidePaths.test('shared by the quiz and the progress page')).toBe(false);
  });

  it.each(documents)('every relative link in %s leads to a file in the repository', (doc) => {
    const text = fs.readFileSync(path.join(root, doc), 'utf8');
    const targets = [...text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)].map((m) => m[1] ?? '').filter((href) => !/^[a-z]+:/i.test(href) && !href.startsWith('/'));
    const missing = targets.filter((href) => !fs.existsSync(path.resolve(root, path.dirname(doc), href)));
    expect(missing).toEqual([]);
  });
});
