import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compileLesson } from './compile';
import { flattenOutline, neighbours, readingMinutes } from './outline';
import { ContentError, frontmatterSchema, outlineSchema, parseOrThrow } from './schema';
import { mdxComponentNames } from './allowed';
import { widgetKinds, widgets } from '../../components/sim/widgets';
import { experimentIds } from './load';

const root = process.cwd();
const outline = parseOrThrow(outlineSchema, JSON.parse(fs.readFileSync(path.join(root, 'content/course.json'), 'utf8')), 'content/course.json');

describe('outline', () => {
  it('flattens lessons then the quiz of each module, in order', () => {
    const flat = flattenOutline(outline);
    expect(flat[0]?.href).toBe('/learn/what-serverless-is/what-is-serverless-computing/');
    expect(flat.filter((e) => e.kind === 'quiz')).toHaveLength(4);
    const firstQuiz = flat.findIndex((e) => e.kind === 'quiz');
    expect(flat[firstQuiz]?.href).toBe('/learn/what-serverless-is/quiz/');
    expect(flat[firstQuiz + 1]?.moduleId).toBe('scaling-seen-live');
  });

  it('gives prev and next around a lesson, across module boundaries', () => {
    const { prev, next } = neighbours(outline, 'scaling-seen-live', 'autoscaling');
    expect(prev?.kind).toBe('quiz');
    expect(prev?.moduleId).toBe('what-serverless-is');
    expect(next?.slug).toBe('scale-to-zero');
    expect(neighbours(outline, 'what-serverless-is', 'what-is-serverless-computing').prev).toBeUndefined();
  });

  it('estimates reading time from prose at 230 words a minute', () => {
    expect(readingMinutes('word '.repeat(230 * 6))).toBe(6);
    expect(readingMinutes('short')).toBe(1);
    const withCode = 'word '.repeat(460) + '\n```python\n' + 'x = 1\n'.repeat(300) + '```\n';
    expect(readingMinutes(withCode)).toBeLessThan(readingMinutes('word '.repeat(460 + 900)));
  });
});

describe('schemas name the file and the field', () => {
  it('rejects a frontmatter without objectives', () => {
    const bad = { title: 'A lesson', summary: 'A summary long enough.', updated: '2026-01-01' };
    expect(() => parseOrThrow(frontmatterSchema, bad, 'content/lessons/a/b.mdx', 'frontmatter')).toThrowError(
      /^content\/lessons\/a\/b\.mdx: frontmatter\.objectives: /,
    );
  });

  it('rejects an unknown field and a bad date', () => {
    const base = { title: 'A lesson', summary: 'A summary long enough.', objectives: ['Explain things'], updated: '2026-01-01' };
    expect(() => parseOrThrow(frontmatterSchema, { ...base, tittle: 'x' }, 'f.mdx', 'frontmatter')).toThrow(ContentError);
    expect(() => parseOrThrow(frontmatterSchema, { ...base, updated: 'yesterday' }, 'f.mdx', 'frontmatter')).toThrowError(/frontmatter\.updated: a date/);
  });

  it('rejects an outline module without lessons', () => {
    const bad = { title: 'x', modules: [{ id: 'm', title: 'Mod', summary: 'A module summary', lessons: [], quiz: true }] };
    expect(() => parseOrThrow(outlineSchema, bad, 'content/course.json')).toThrowError(/content\/course\.json: modules\.0\.lessons: /);
  });
});

describe('MDX compilation', () => {
  it('collects headings for the table of contents and anchors them', async () => {
    const { code, facts } = await compileLesson('## First part\n\ntext\n\n### A detail\n\n## Second `code` part\n', 'x.mdx');
    expect(facts.toc).toEqual([
      { id: 'first-part', text: 'First part', depth: 2 },
      { id: 'a-detail', text: 'A detail', depth: 3 },
      { id: 'second-code-part', text: 'Second code part', depth: 2 },
    ]);
    expect(code).toContain('heading-anchor');
  });

  it('flags unknown components and bad widget presets with their line', async () => {
    const src = 'Intro\n\n<Widget2 />\n\n<CostSim preset="cheap" />\n\n<Callout>no type</Callout>\n';
    const { facts } = await compileLesson(src, 'x.mdx');
    expect(facts.problems).toEqual([
      expect.objectContaining({ field: '<Widget2>', line: 3 }),
      expect.objectContaining({ field: '<CostSim> preset', line: 5, message: expect.stringContaining('"cheap" is not one of') }),
      expect.objectContaining({ field: '<Callout> type', line: 7 }),
    ]);
  });

  it('highlights code at build time with both themes', async () => {
    const { code } = await compileLesson('```python title="a.py" {2}\nimport os\nprint(os.name)\n```\n', 'x.mdx');
    expect(code).toContain('--shiki-dark');
    expect(code).toContain('data-highlighted-line');
    expect(code).toContain('a.py');
  });

  it('reports an MDX syntax error with the file', async () => {
    await expect(compileLesson('# Title\n\n<Callout type="note">\n', 'content/lessons/m/l.mdx')).rejects.toThrow(/^content\/lessons\/m\/l\.mdx: body: /);
  });
});

describe('the components map', () => {
  it('registers exactly the components the content check allows', () => {
    const source = fs.readFileSync(path.join(root, 'components/mdx/index.tsx'), 'utf8');
    const body = source.slice(source.indexOf('return {'), source.indexOf('} satisfies'));
    const keys = [...body.matchAll(/^\s+(\w+)[,:]/gm)].map((m) => m[1]).filter((k) => k && /^[A-Z]/.test(k));
    // The widget tags come from the registry, spread into the map.
    expect(body).toMatch(/^\s+\.\.\.widgetTags,$/m);
    const tags = widgetKinds.map((kind) => widgets[kind].tag);
    expect([...keys, ...tags].sort()).toEqual([...mdxComponentNames].sort());
  });
});

describe('the content check command', () => {
  function checkWith(change: (dir: string) => void) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stz-content-'));
    fs.cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
    change(dir);
    // The project's tsconfig: the check renders lessons with components that import through @/.
    const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['--tsconfig', path.join(root, 'tsconfig.json'), path.join(root, 'scripts/check-content.ts')], { cwd: dir, encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    return run;
  }

  it('fails naming the file and the field when a lesson loses its title', () => {
    const run = checkWith((dir) => {
      const file = path.join(dir, 'content/lessons/what-serverless-is/pros-and-cons.mdx');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title:.*$/m, ''));
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('content/lessons/what-serverless-is/pros-and-cons.mdx: frontmatter.title:');
  });

  it('fails when the outline names a lesson that has no file', () => {
    const run = checkWith((dir) => {
      const file = path.join(dir, 'content/course.json');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"pros-and-cons"', '"pros-and-cons", "ghost-lesson"'));
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/content\/course\.json: modules\.0\.lessons\.2: no file content\/lessons\/what-serverless-is\/ghost-lesson\.mdx/);
  });

  it('fails when a lesson file is not in the outline', () => {
    const run = checkWith((dir) => fs.writeFileSync(path.join(dir, 'content/lessons/what-serverless-is/stray.mdx'), '---\ntitle: x\n---\n'));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('content/lessons/what-serverless-is/stray.mdx: (outline): not listed');
  });

  it('fails naming the file and line of an MDX expression that compiles but throws when rendered', () => {
    let line = 0;
    const run = checkWith((dir) => {
      const file = path.join(dir, 'content/lessons/what-serverless-is/pros-and-cons.mdx');
      const text = fs.readFileSync(file, 'utf8').replace(/\n*$/, '\n\n');
      line = text.split('\n').length;
      fs.writeFileSync(file, `${text}{(void 0).x}\n`);
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(`content/lessons/what-serverless-is/pros-and-cons.mdx:${line}: body: does not render: Cannot read properties of undefined`);
  });

  it('fails on a dead internal link', () => {
    const run = checkWith((dir) => {
      const file = path.join(dir, 'content/lessons/what-serverless-is/pros-and-cons.mdx');
      fs.appendFileSync(file, '\nSee [nowhere](/learn/nowhere/at-all/).\n');
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/pros-and-cons\.mdx:\d+: link "\/learn\/nowhere\/at-all\/": no such page/);
  });
});

describe('experiment ids in a lesson', () => {
  it('finds every <Experiment> id, whatever the attribute order, and skips code and comments', () => {
    const source = [
      'Intro with `<Experiment id="in-inline-code" />` in it.',
      '<Experiment id="keep-alive-short" question="What happens?" />',
      '<Experiment',
      '  preset="sparse-traffic"',
      '  choices={[{ id: "a", label: "p99 > 1 s {really}" }, { id: \'b\', label: `id="decoy"` }]}',
      "  id='memory-size'",
      '>',
      'Body text',
      '</Experiment>',
      '```mdx',
      '<Experiment id="in-a-code-block" />',
      '```',
      '{/* <Experiment id="commented-out" /> */}',
      '<ExperimentNote id="another-component" />',
      '<Experiment {...shared} data-id="not-this" id={"braced"}/>',
    ].join('\n');
    expect(experimentIds(source, 'x.mdx')).toEqual(['keep-alive-short', 'memory-size', 'braced']);
    expect(experimentIds('No experiments here.', 'x.mdx')).toEqual([]);
  });

  it.each([
    ['has no id', '<Experiment preset="a" />', /x\.mdx: <Experiment> id: needs a plain string id.*\(line 12\)/],
    ['has an id that is an expression', '<Experiment id={name} />', /needs a plain string id/],
    ['has an empty id', '<Experiment id="" />', /needs a plain string id/],
    ['repeats an id', '<Experiment id="a" />\n\n<Experiment id="a" />', /"a" is used twice in this lesson \(line 14\)/],
  ])('fails, naming the file and the line, when an experiment %s', (_name, source, message) => {
    expect(() => experimentIds(source, 'x.mdx', 12)).toThrow(message);
  });
});
