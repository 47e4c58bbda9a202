import * as z from '../zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase-kebab-case slug');

export const moduleSchema = z.strictObject({
  id: slug,
  title: z.string().min(3),
  summary: z.string().min(10),
  lessons: z.array(slug).min(1),
  quiz: z.boolean(),
});

export const outlineSchema = z.strictObject({
  title: z.string().min(1),
  modules: z.array(moduleSchema).min(1),
});

/** YYYY-MM-DD naming a day that exists: 2026-02-30 and 2026-13-01 are refused, not rolled over. */
const calendarDate = z
  .string('a date as YYYY-MM-DD')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((s) => {
    const day = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === s;
  }, { error: (issue) => `${String(issue.input)} is not a day of the calendar (month 01-12, and a day that month has)` });

export const frontmatterSchema = z.strictObject({
  title: z.string().min(3),
  summary: z.string().min(10).max(200),
  objectives: z.array(z.string().min(5)).min(1).max(6),
  updated: calendarDate,
  status: z.enum(['published', 'coming-soon']).default('published'),
});

export type Outline = z.infer<typeof outlineSchema>;
export type CourseModule = z.infer<typeof moduleSchema>;
export type Frontmatter = z.infer<typeof frontmatterSchema>;

/** Thrown for any content problem; the message always names the file and the field. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field}: ${detail}`);
    this.name = 'ContentError';
  }
}

/** Turns the first zod issue into a ContentError that names the file and the field path. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, file: string, prefix = ''): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)';
    return { path, message: issue.message };
  });
  const first = issues[0] ?? { path: '(root)', message: 'invalid' };
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more: ${issues.slice(1).map((i) => i.path).join(', ')})` : '';
  throw new ContentError(file, first.path, first.message + more);
}
