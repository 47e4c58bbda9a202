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

export type LessonMeta = Frontmatter & {
  /** The ids of the lesson's <Experiment> elements, in order; progress keys them "module/lesson/id". */
  experiments: string[];
};

/** Titles, summaries and experiments for the outline, without compiling MDX (the sidebar and home page need only these). */
export function lessonMeta(moduleId: string, slug: string): LessonMeta {
  const file = lessonFile(moduleId, slug);
  const { source, frontmatter, body } = readLessonSource(file);
  const bodyLine = source.slice(0, source.length - body.length).split('\n').length;
  return { ...frontmatter, experiments: experimentIds(body, rel(file), bodyLine) };
}

// Code, inline code and {/* comments */} can show an <Experiment> without being one. Blanked
// rather than removed, so line numbers in messages stay right.
export const notMarkup = /^ {0,3}(`{3,}|~{3,})[^]*?^ {0,3}\1[`~]*[ \t]*$|`[^`\n]*`|\{\/\*[^]*?\*\/\}/gm;

/**
 * The ids of the <Experiment> elements in a lesson's MDX body, read from the source text (the
 * home page needs them without compiling every lesson). Attributes may come in any order and
 * hold {expressions}; the id must be a plain string, once per lesson.
 */
export function experimentIds(source: string, file: string, firstLine = 1): string[] {
  const text = source.replace(notMarkup, (m) => m.replace(/[^\n]/g, ' '));
  const ids: string[] = [];
  for (const found of text.matchAll(/<Experiment(?=[\s/>])/g)) {
    const line = firstLine - 1 + text.slice(0, found.index).split('\n').length;
    const raw = jsxAttributes(text, found.index + found[0].length).get('id');
    const quoted = raw === undefined ? null : /^(?:"([^"]*)"|'([^']*)'|\{\s*"([^"]*)"\s*\}|\{\s*'([^']*)'\s*\})$/.exec(raw);
    const id = quoted?.slice(1).find((g) => g !== undefined);
    if (!id) throw new ContentError(file, '<Experiment> id', `needs a plain string id, such as id="keep-alive-short" (line ${line})`);
    if (ids.includes(id)) throw new ContentError(file, '<Experiment> id', `"${id}" is used twice in this lesson (line ${line})`);
    ids.push(id);
  }
  return ids;
}


/**
 * The attributes of the JSX tag whose name ends at `start`, by name, each as its source text
 * ("x", 'x' or {…}; "true" when it has no value). Strings inside {…} may hold braces or ">".
 */
export function jsxAttributes(text: string, start: number): Map<string, string> {
  const attributes = new Map<string, string>();
  let i = start;
  const skipString = (at: number) => {
    const quote = text[at];
    let j = at + 1;
    while (j < text.length && text[j] !== quote) j += text[j] === '\\' ? 2 : 1;
    return j + 1;
  };
  const skipExpression = (at: number) => {
    let depth = 0;
    let j = at;
    do {
      const c = text[j];
      if (c === '"' || c === "'" || c === '`') j = skipString(j);
      else {
        if (c === '{') depth++;
        else if (c === '}') depth--;
        j++;
      }
    } while (depth > 0 && j < text.length);
    return j;
  };
  while (i < text.length) {
    while (/\s/.test(text[i] ?? '')) i++;
    const c = text[i];
    if (c === undefined || c === '>' || c === '/') break;
    if (c === '{') {
      i = skipExpression(i); // {...spread}
      continue;
    }
    const name = /^[\w:.-]+/.exec(text.slice(i, i + 100))?.[0];
    if (!name) break;
    i += name.length;
    while (/\s/.test(text[i] ?? '')) i++;
    if (text[i] !== '=') {
      attributes.set(name, 'true');
      continue;
    }
    i++;
    while (/\s/.test(text[i] ?? '')) i++;
    const from = i;
    i = text[i] === '{' ? skipExpression(i) : skipString(i);
    attributes.set(name, text.slice(from, i));
  }
  return attributes;
}
