import path from 'node:path';
import { lessonFile, lessonMeta, loadOutline } from '@/lib/content/load';
import { shareCard } from '@/lib/share-card';

type Params = { module: string; lesson: string };

// A route handler rather than opengraph-image: the export writes that without a file extension,
// which static hosts serve as application/octet-stream. This one is written once, at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return loadOutline().modules.flatMap((m) => m.lessons.map((lesson) => ({ module: m.id, lesson })));
}

/** The lesson's share card: its module, title and summary. */
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { module, lesson } = await params;
  const modules = loadOutline().modules;
  const index = modules.findIndex((m) => m.id === module);
  const meta = lessonMeta(module, lesson);
  const file = path.relative(process.cwd(), lessonFile(module, lesson));
  return shareCard({
    kicker: `Module ${index + 1} · ${modules[index]?.title ?? module}`,
    title: meta.title,
    summary: meta.summary,
    source: { kicker: `content/course.json modules.${index}.title`, title: `${file} frontmatter.title`, summary: `${file} frontmatter.summary` },
  });
}
