import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { extractPythonBlocks } from '../python-examples';
import { lessonFile, lessonMeta, loadLesson, loadOutline, type Lesson } from './load';
import { lessonHref, quizHref, staticRoutes } from './outline';

export { staticRoutes };
import { renderProblem } from './render';
import { loadGlossary, loadResources } from './reference';
import { checkQuizzes } from '../quiz/check';
import { checkClaims } from '../claims/check';
import type { ExperimentSpec, LessonClaim } from '../claims/spec';
import { checkCourseExercises } from '../exercises/check';


/** The nine resources of the original module: the reading list may link to these and nothing else. */
export const readingListUrls = [
  'https://www.ibm.com/cloud/learn/serverless',
  'https://docs.python.org/3/library/venv.html',
  'https://vercel.com/docs/get-started',
  'https://pymotw.com/3/http.server/',
  'https://docs.python-requests.org/en/latest/',
  'https://realpython.com/python-api/',
  'https://www.youtube.com/watch?v=vxJobGtqKVM',
  'https://vercel.com/docs/concepts/functions/serverless-functions',
  'https://realpython.com/effective-python-environment/',
];

// Ids that every lesson page has besides its headings.
const pageIds = ['main', 'objectives', 'key-takeaways', 'sources'];

export interface CheckReport {
  summary: string[];
  errors: string[];
}

export async function runContentCheck(): Promise<CheckReport> {
  const errors: string[] = [];
  const summary: string[] = [];
  const outline = loadOutline();
  const lessons: Lesson[] = [];
  for (const mod of outline.modules) {
    for (const slug of mod.lessons) {
      try {
        lessons.push(await loadLesson(mod.id, slug));
      } catch (error) {
        errors.push((error as Error).message);
      }
    }
  }
  // Compiling is not enough: an expression that throws only does so when the page renders.
  for (const l of lessons) {
    const problem = await renderProblem(l, fs.readFileSync(path.join(process.cwd(), l.file), 'utf8'));
    if (problem) errors.push(problem);
  }
  summary.push(`${outline.modules.length} modules, ${lessons.length} lessons compiled and rendered`);

  const anchors = new Map<string, Set<string>>();
  for (const l of lessons) anchors.set(lessonHref(l.moduleId, l.slug), new Set([...pageIds, ...l.facts.toc.map((t) => t.id)]));
  const routes = new Set([...staticRoutes, ...anchors.keys(), ...outline.modules.filter((m) => m.quiz).map((m) => quizHref(m.id))]);

  const glossary = tryLoad(loadGlossary, errors) ?? [];
  const glossaryIds = new Set(glossary.map((g) => g.id));
  anchors.set('/glossary/', glossaryIds);

  const checkLink = (href: string, where: string) => {
    if (!href.startsWith('/')) return;
    const [page = '', hash] = href.split('#');
    if (!routes.has(page)) errors.push(`${where}: link "${href}": no such page (internal links end with a slash, e.g. /learn/module/lesson/)`);
    else if (hash && anchors.has(page) && !anchors.get(page)?.has(hash)) errors.push(`${where}: link "${href}": no heading with id "${hash}" on that page`);
  };

  for (const l of lessons) {
    for (const link of l.facts.links) checkLink(link.href, `${l.file}:${link.line}`);
    for (const term of l.facts.terms) {
      if (!glossaryIds.has(term.id)) errors.push(`${l.file}:${term.line}: <Term> id: "${term.id}" is not in content/glossary.json`);
    }
    if (l.frontmatter.status === 'published') {
      for (const required of ['KeyTakeaways', 'Sources']) {
        if (!l.facts.components.includes(required)) errors.push(`${l.file}: <${required}>: every lesson ends with one`);
      }
    }
  }
  glossary.forEach((g, i) => g.lessons.forEach((ref, j) => checkLink(refToHref(ref), `content/glossary.json: ${i}.lessons.${j}`)));

  const resources = tryLoad(loadResources, errors) ?? [];
  resources.forEach((r, i) => {
    if (!readingListUrls.includes(r.url)) errors.push(`content/resources.json: ${i}.url: "${r.url}" is not one of the module's reading list`);
    r.lessons.forEach((ref, j) => checkLink(refToHref(ref), `content/resources.json: ${i}.lessons.${j}`));
  });
  const missing = readingListUrls.filter((u) => !resources.some((r) => r.url === u));
  if (missing.length) errors.push(`content/resources.json: (list): missing ${missing.join(', ')}`);
  summary.push(`${glossary.length} glossary terms, ${resources.length} resources`);

  const python = compilePythonBlocks(outline.modules.flatMap((m) => m.lessons.map((s) => lessonFile(m.id, s))));
  errors.push(...python.errors);
  summary.push(`${python.count} Python code blocks compiled`);
  const exercises = checkCourseExercises(lessons);
  errors.push(...exercises.errors);
  summary.push(exercises.summary);
  errors.push(...(await checkQuizzes({ anchors })));

  // What the prose says a simulation shows, and every experiment's expected answer, run through the engine.
  const claims = checkClaims(
    lessons.flatMap((l) => l.facts.claims.map((c) => ({ where: `${l.file}:${c.line}`, spec: c.props as unknown as LessonClaim }))),
    lessons.flatMap((l) => l.facts.experiments.map((x) => ({ where: `${l.file}:${x.line}`, spec: x.props as unknown as ExperimentSpec }))),
  );
  errors.push(...claims.errors);
  // Progress counts experiments by the ids lessonMeta reads from the source text (the home page
  // cannot compile every lesson); it must find exactly the experiments the compiler found, and it
  // already refuses an id used twice.
  for (const l of lessons) {
    const compiled = l.facts.experiments.map((x) => String(x.props.id));
    try {
      const listed = lessonMeta(l.moduleId, l.slug).experiments;
      if (listed.join() !== compiled.join()) errors.push(`${l.file}: <Experiment> id: the page counts [${listed.join(', ')}] but the lesson has [${compiled.join(', ')}]`);
    } catch (error) {
      errors.push((error as Error).message);
    }
  }
  summary.push(`${claims.claims} claims and ${claims.experiments} experiments held over ${claims.runs} engine runs`);
  return { summary, errors };
}

function refToHref(ref: string): string {
  const [page, hash] = ref.split('#');
  return `/learn/${page}/${hash ? `#${hash}` : ''}`;
}

function tryLoad<T>(load: () => T, errors: string[]): T | undefined {
  try {
    return load();
  } catch (error) {
    errors.push((error as Error).message);
    return undefined;
  }
}

/** One python3 process compiles every block (py_compile semantics) and reports file and line. */
export function compilePythonBlocks(files: string[]): { count: number; errors: string[] } {
  const blocks = files.flatMap((file) =>
    extractPythonBlocks(fs.readFileSync(file, 'utf8')).map((b) => ({ file: path.relative(process.cwd(), file), ...b })),
  );
  if (blocks.length === 0) return { count: 0, errors: [] };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stz-py-'));
  const input = path.join(dir, 'blocks.json');
  fs.writeFileSync(input, JSON.stringify(blocks.map((b) => b.code)));
  const program = `import json,sys\nfor i,src in enumerate(json.load(open(sys.argv[1]))):\n    try:\n        compile(src, f"block{i}", "exec")\n    except SyntaxError as e:\n        print(json.dumps([i, e.lineno or 0, e.msg]))`;
  const run = spawnSync('python3', ['-c', program, input], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  if (run.error || run.status !== 0) return { count: blocks.length, errors: [`python3: could not compile the examples: ${run.error?.message ?? run.stderr}`] };
  const errors = run.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [i, lineno, msg] = JSON.parse(line) as [number, number, string];
      const block = blocks[i];
      return `${block?.file}:${(block?.line ?? 0) + lineno}: python block${block?.title ? ` "${block.title}"` : ''}: ${msg}`;
    });
  return { count: blocks.length, errors };
}
