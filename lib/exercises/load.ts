import fs from 'node:fs';
import path from 'node:path';
import { ContentError, parseOrThrow } from '../content/schema';
import { DEFAULT_TIME_LIMIT_MS, exerciseMetaSchema, type Exercise } from './schema';

const lessonsDir = () => path.join(process.cwd(), 'content', 'lessons');
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SUFFIX = '.exercises';

function read(file: string, field: string): string {
  const rel = path.relative(process.cwd(), file);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new ContentError(rel, field, 'missing');
  }
  if (!text.trim()) throw new ContentError(rel, field, 'empty');
  return text;
}

function loadOne(moduleId: string, lesson: string, name: string, dir: string): Exercise {
  const rel = path.relative(process.cwd(), dir);
  if (!NAME.test(name)) throw new ContentError(rel, '(folder name)', 'use lowercase-kebab-case');
  const metaFile = path.join(dir, 'exercise.json');
  let raw: unknown;
  try {
    raw = JSON.parse(read(metaFile, '(file)'));
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(path.relative(process.cwd(), metaFile), '(json)', `not valid JSON: ${(error as Error).message}`);
  }
  const meta = parseOrThrow(exerciseMetaSchema, raw, path.relative(process.cwd(), metaFile));
  return {
    ...meta,
    id: `${lesson}/${name}`,
    moduleId,
    lesson,
    name,
    dir: rel,
    start: read(path.join(dir, 'start.py'), 'start.py'),
    solution: read(path.join(dir, 'solution.py'), 'solution.py'),
    checks: read(path.join(dir, 'checks.py'), 'checks.py'),
    timeLimitMs: meta.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
  };
}

let cache: Exercise[] | undefined;

/** Every exercise of the course, in module, lesson and folder-name order. */
export function loadExercises(): Exercise[] {
  cache ??= loadExercisesFrom(lessonsDir());
  return cache;
}

/** The exercises under a lessons folder laid out as content/lessons is (tests point it at fixtures). */
export function loadExercisesFrom(root: string): Exercise[] {
  const out: Exercise[] = [];
  for (const moduleId of fs.readdirSync(root).sort()) {
    const moduleDir = path.join(root, moduleId);
    if (!fs.statSync(moduleDir).isDirectory()) continue;
    for (const entry of fs.readdirSync(moduleDir).sort()) {
      if (!entry.endsWith(SUFFIX)) continue;
      const lesson = entry.slice(0, -SUFFIX.length);
      const lessonDir = path.join(moduleDir, entry);
      for (const name of fs.readdirSync(lessonDir).sort()) {
        const dir = path.join(lessonDir, name);
        if (fs.statSync(dir).isDirectory()) out.push(loadOne(moduleId, lesson, name, dir));
      }
    }
  }
  return out;
}

/** The exercises of one lesson, by folder name. */
export function lessonExercises(lesson: string): Map<string, Exercise> {
  return new Map(loadExercises().filter((e) => e.lesson === lesson).map((e) => [e.name, e]));
}
