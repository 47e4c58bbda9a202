import path from 'node:path';
import fs from 'node:fs';
import * as z from '../zod';
import { contentDir } from './load';
import { ContentError, parseOrThrow } from './schema';

const lessonRef = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+(#[a-z0-9-]+)?$/, 'a "module/lesson" or "module/lesson#heading-id" reference');

export const glossarySchema = z.array(
  z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    term: z.string().min(1),
    definition: z.string().min(10),
    lessons: z.array(lessonRef),
  }),
);

export const resourcesSchema = z.array(
  z.strictObject({
    title: z.string().min(3),
    url: z.url(),
    kind: z.enum(['article', 'docs', 'video']),
    description: z.string().min(20),
    lessons: z.array(lessonRef).min(1),
  }),
);

export type GlossaryEntry = z.infer<typeof glossarySchema>[number];
export type Resource = z.infer<typeof resourcesSchema>[number];

function load<T>(name: string, schema: z.ZodType<T>): T {
  const file = path.join(contentDir, name);
  const rel = path.relative(process.cwd(), file);
  if (!fs.existsSync(file)) throw new ContentError(rel, '(file)', 'missing');
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(rel, '(json)', `not valid JSON: ${(error as Error).message}`);
  }
  return parseOrThrow(schema, data, rel);
}

export const loadGlossary = () => load('glossary.json', glossarySchema);
export const loadResources = () => load('resources.json', resourcesSchema);

/** "module/lesson#id" as a site path. */
export function refHref(ref: string): string {
  const [page, hash] = ref.split('#');
  return `/learn/${page}/${hash ? `#${hash}` : ''}`;
}
