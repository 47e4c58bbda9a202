import { loadOutline } from '@/lib/content/load';
import { shareCard } from '@/lib/share-card';

type Params = { module: string };

// Written once at build time, as the lesson cards are (see their route for why not opengraph-image).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return loadOutline()
    .modules.filter((m) => m.quiz)
    .map((m) => ({ module: m.id }));
}

/** The quiz's share card: the module it checks and that module's summary. */
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { module } = await params;
  const modules = loadOutline().modules;
  const index = modules.findIndex((m) => m.id === module);
  const field = `content/course.json modules.${index}`;
  return shareCard({
    kicker: `Module ${index + 1} · Quiz`,
    title: modules[index]?.title ?? module,
    summary: modules[index]?.summary ?? '',
    source: { kicker: field, title: `${field}.title`, summary: `${field}.summary` },
  });
}
