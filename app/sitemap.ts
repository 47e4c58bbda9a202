import type { MetadataRoute } from 'next';
import { staticRoutes } from '@/lib/content/outline';
import { lessonMeta, loadOutline } from '@/lib/content/load';
import { lessonHref, quizHref } from '@/lib/content/outline';
import { absoluteUrl } from '@/lib/site';

// Metadata routes are route handlers; the static export renders this one once, at build time.
export const dynamic = 'force-static';

/** Every page of the course; a lesson carries the date its frontmatter says it was updated. */
export default function sitemap(): MetadataRoute.Sitemap {
  const modules = loadOutline().modules;
  return [
    ...staticRoutes.map((route) => ({ url: absoluteUrl(route) })),
    ...modules.flatMap((m) =>
      m.lessons.map((slug) => ({ url: absoluteUrl(lessonHref(m.id, slug)), lastModified: lessonMeta(m.id, slug).updated })),
    ),
    ...modules.filter((m) => m.quiz).map((m) => ({ url: absoluteUrl(quizHref(m.id)) })),
  ];
}
