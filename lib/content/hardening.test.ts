/**
 * What the build hits before the content check used to: frontmatter read by lessonMeta (the
 * outline, page titles), impossible dates, and MDX expressions that compile but throw when the
 * page renders. Each must fail naming the file, the field and, where known, the line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileLesson } from './compile';
import { renderLesson, renderProblem } from './render';

const home = process.cwd();
const dirs: string[] = [];

/** lessonMeta of content/lessons/m/l.mdx in a temporary project whose lesson has this frontmatter. */
async function metaOf(frontmatter: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stz-meta-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'content/lessons/m'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'content/lessons/m/l.mdx'), `---\n${frontmatter}\n---\n\nBody.\n`);
  // load.ts finds content/ from the working directory when it is first imported.
  process.chdir(dir);
  vi.resetModules();
  const { lessonMeta } = await import('./load');
  return () => lessonMeta('m', 'l');
}

afterEach(() => {
  process.chdir(home);
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const valid = 'title: A lesson\nsummary: A summary long enough.\nobjectives:\n  - Explain things';

describe('frontmatter read by lessonMeta', () => {
  it('names the file and the line of a YAML error', async () => {
    const meta = await metaOf(`${valid}\nupdated: 2026-01-01\nstatus: published: yes`);
    // Line 1 is the opening ---; the bad line is the seventh of the file.
    expect(meta).toThrowError(/^content\/lessons\/m\/l\.mdx: frontmatter: not valid YAML: [^\n]+ \(line 7\)$/);
  });

  it('names a key given twice', async () => {
    const meta = await metaOf(`${valid}\nupdated: 2026-01-01\ntitle: Again`);
    expect(meta).toThrowError(/^content\/lessons\/m\/l\.mdx: frontmatter: not valid YAML: .*unique/);
  });

  it.each(['2026-13-45', '2026-02-30', '2026-02-29', '"2026-02-30"', '2026-00-10', '2026-04-31'])('refuses the impossible date %s', async (date) => {
    const meta = await metaOf(`${valid}\nupdated: ${date}`);
    expect(meta).toThrowError(/^content\/lessons\/m\/l\.mdx: frontmatter\.updated: 2026-\d\d-\d\d is not a day of the calendar/);
  });

  it('accepts real dates, quoted or not, as the text written', async () => {
    expect((await metaOf(`${valid}\nupdated: 2024-02-29`))().updated).toBe('2024-02-29');
    expect((await metaOf(`${valid}\nupdated: "2026-11-28"`))().updated).toBe('2026-11-28');
  });
});

describe('lessons are rendered as their page renders them', () => {
  async function problemOf(source: string) {
    const { code } = await compileLesson(source, 'content/lessons/m/l.mdx');
    return renderProblem({ file: 'content/lessons/m/l.mdx', code, moduleId: 'm', slug: 'l' }, source);
  }

  it('names the file and line of an expression that throws', async () => {
    const source = '---\ntitle: x\n---\n\n# Title\n\nText.\n\n{(void 0).x}\n';
    expect(await problemOf(source)).toBe("content/lessons/m/l.mdx:9: body: does not render: Cannot read properties of undefined (reading 'x')");
  });

  it('names the file and line of a member component that is not there', async () => {
    const source = '# Title\n\n<Callout type="note">\n  Text with <widget.chart /> inside.\n</Callout>\n';
    expect(await problemOf(source)).toMatch(/^content\/lessons\/m\/l\.mdx:4: body: does not render: Expected object `widget` to be defined/);
  });

  it('passes a lesson that renders, through the real component map', async () => {
    const source = '## Scaling\n\nA <Term id="cold-start">cold start</Term>.\n\n<AutoscalingSim preset="steady" />\n\n<KeyTakeaways>\n- One.\n</KeyTakeaways>\n';
    expect(await problemOf(source)).toBeUndefined();
    const html = renderLesson((await compileLesson(source, 'x.mdx')).code, 'm/l');
    // Outside `next build` next/link does not know about trailingSlash; the link is there all the same.
    expect(html).toMatch(/href="\/glossary\/?#cold-start"/);
    expect(html).toContain('id="key-takeaways"');
    expect(html).toMatch(/<section[^>]+aria-labelledby/);
  });
});
