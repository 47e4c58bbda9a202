import type { Outline } from './schema';

/** One entry of the course in reading order: a lesson or a module's quiz. */
export interface RouteEntry {
  kind: 'lesson' | 'quiz';
  moduleId: string;
  moduleTitle: string;
  moduleIndex: number;
  slug: string;
  href: string;
}

export function lessonHref(moduleId: string, lesson: string): string {
  return `/learn/${moduleId}/${lesson}/`;
}

export function quizHref(moduleId: string): string {
  return `/learn/${moduleId}/quiz/`;
}

/** The whole course flattened into reading order; prev/next and progress both come from here. */
export function flattenOutline(outline: Outline): RouteEntry[] {
  return outline.modules.flatMap((mod, moduleIndex) => {
    const base = { moduleId: mod.id, moduleTitle: mod.title, moduleIndex };
    const lessons = mod.lessons.map((slug) => ({ ...base, kind: 'lesson' as const, slug, href: lessonHref(mod.id, slug) }));
    return mod.quiz ? [...lessons, { ...base, kind: 'quiz' as const, slug: 'quiz', href: quizHref(mod.id) }] : lessons;
  });
}

/** Previous and next entries around one lesson or quiz, in course order. */
export function neighbours(outline: Outline, moduleId: string, slug: string) {
  const flat = flattenOutline(outline);
  const i = flat.findIndex((e) => e.moduleId === moduleId && e.slug === slug);
  if (i < 0) return { prev: undefined, next: undefined };
  return { prev: flat[i - 1], next: flat[i + 1] };
}

/** Reading time at 230 words a minute, prose only; code blocks count at a third, since learners skim them. */
export function readingMinutes(source: string): number {
  const code = [...source.matchAll(/```[\s\S]*?```/g)].map((m) => m[0]).join(' ');
  const prose = source.replace(/```[\s\S]*?```/g, ' ').replace(/<[^>]+>/g, ' ');
  const words = (text: string) => (text.match(/[\p{L}\p{N}'’-]+/gu) ?? []).length;
  return Math.max(1, Math.round((words(prose) + words(code) / 3) / 230));
}

/** Pages that exist outside the outline; a link to anything else internal must be a lesson or quiz. */
export const staticRoutes = ['/', '/playground/', '/glossary/', '/resources/', '/progress/', '/about-the-model/'];
