import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import { compileLesson } from './compile';
import { readingMinutes } from './outline';
import type { LessonFacts } from './plugins';
import { ContentError, frontmatterSchema, outlineSchema, parseOrThrow, type Frontmatter, type Outline } from './schema';

export const contentDir = path.join(process.cwd(), 'content');
const rel = (file: string) => path.relative(process.cwd(), file);

export interface Lesson {
  moduleId: string;
  slug: string;
  file: string;
  frontmatter: Frontmatter;
  readingMinutes: number;
  code: string;
  facts: LessonFacts;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new ContentError(rel(file), '(file)', 'missing');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ContentError(rel(file), '(json)', `not valid JSON: ${(error as Error).message}`);
  }
}

let outlineCache: Outline | undefined;

/** The course outline, schema-checked; every lesson it names must have a file and vice versa. */
export function loadOutline(): Outline {
  if (outlineCache) return outlineCache;
  const file = path.join(contentDir, 'course.json');
  const outline = parseOrThrow(outlineSchema, readJson(file), rel(file));
  const seen = new Set<string>();
  outline.modules.forEach((mod, i) => {
    if (seen.has(mod.id)) throw new ContentError(rel(file), `modules.${i}.id`, `"${mod.id}" is used twice`);
    seen.add(mod.id);
    mod.lessons.forEach((lesson, j) => {
      if (lesson === 'quiz') throw new ContentError(rel(file), `modules.${i}.lessons.${j}`, '"quiz" is reserved for the module quiz');
      const mdx = lessonFile(mod.id, lesson);
      if (!fs.existsSync(mdx)) throw new ContentError(rel(file), `modules.${i}.lessons.${j}`, `no file ${rel(mdx)} for lesson "${lesson}"`);
    });
  });
  for (const mdx of listLessonFiles()) {
    const [moduleId, name] = path.relative(path.join(contentDir, 'lessons'), mdx).split(path.sep);
    const listed = outline.modules.find((m) => m.id === moduleId)?.lessons.includes(path.basename(name ?? '', '.mdx'));
    if (!listed) throw new ContentError(rel(mdx), '(outline)', `not listed in content/course.json under module "${moduleId}"`);
  }
  outlineCache = outline;
  return outline;
}

export function lessonFile(moduleId: string, slug: string): string {
  return path.join(contentDir, 'lessons', moduleId, `${slug}.mdx`);
}

export function listLessonFiles(): string[] {
  const root = path.join(contentDir, 'lessons');
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      fs
        .readdirSync(path.join(root, d.name))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => path.join(root, d.name, f)),
    )
    .sort();
}

const lessonCache = new Map<string, Promise<Lesson>>();

/** One lesson: frontmatter checked, MDX compiled once per process, facts collected for the check. */
export function loadLesson(moduleId: string, slug: string): Promise<Lesson> {
  const key = `${moduleId}/${slug}`;
  let cached = lessonCache.get(key);
  if (!cached) {
    cached = readLesson(moduleId, slug);
    lessonCache.set(key, cached);
  }
  return cached;
}

// YAML 1.2's core schema, where `updated: 2026-02-30` stays the text it is: gray-matter's own
// YAML 1.1 reader turns it into a Date, rolling an impossible day over into the next month.
const yamlEngine = (text: string): object => YAML.parse(text, { schema: 'core', uniqueKeys: true }) ?? {};

/** A lesson file's text, its parsed frontmatter and its body; bad YAML names the file and line. */
export function readLessonSource(file: string): { source: string; frontmatter: Frontmatter; body: string } {
  const source = fs.readFileSync(file, 'utf8');
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source, { engines: { yaml: yamlEngine } });
  } catch (error) {
    // gray-matter hands over the YAML from the newline that ends the opening ---, so yaml's
    // line numbers are already the file's.
    const line = error instanceof YAML.YAMLError ? error.linePos?.[0]?.line : undefined;
    const message = ((error as Error).message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new ContentError(rel(file), 'frontmatter', `not valid YAML: ${message}${line ? ` (line ${line})` : ''}`);
  }
  const frontmatter = parseOrThrow(frontmatterSchema, parsed.data, rel(file), 'frontmatter');
  return { source, frontmatter, body: parsed.content };
}

async function readLesson(moduleId: string, slug: string): Promise<Lesson> {
  const file = lessonFile(moduleId, slug);
  const { source, frontmatter, body } = readLessonSource(file);
  const { code, facts } = await compileLesson(source, rel(file));
  const problem = facts.problems[0];
  if (problem) throw new ContentError(rel(file), problem.field, `${problem.message} (line ${problem.line})`);
  return { moduleId, slug, file: rel(file), frontmatter, readingMinutes: readingMinutes(body), code, facts };
}

export async function loadAllLessons(): Promise<Lesson[]> {
  const outline = loadOutline();
  return Promise.all(outline.modules.flatMap((m) => m.lessons.map((l) => loadLesson(m.id, l))));
}

/** Titles and summaries for the outline, without compiling MDX (the sidebar and home page need only these). */
export function lessonMeta(moduleId: string, slug: string): Frontmatter {
  return readLessonSource(lessonFile(moduleId, slug)).frontmatter;
}
