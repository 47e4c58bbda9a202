import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site';
import Link from '@/components/intent-link';
import { lessonMeta } from '@/lib/content/load';
import { loadResources, refHref } from '@/lib/content/reference';

export const metadata: Metadata = pageMetadata({
  title: 'Reading list',
  description:
    'The articles, documentation and video behind the course, each with what it gives and which lesson it supports.',
  path: '/resources/',
});

export default function ResourcesPage() {
  const resources = loadResources();
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <h1 className="text-4xl font-bold tracking-tight">Reading list</h1>
      <p className="mt-3 text-lg text-muted">Every resource of the original module, with what it is for and the lesson it goes with.</p>
      <ul className="mt-10 flex flex-col gap-5">
        {resources.map((r) => (
          <li key={r.url} className="rounded-xl border border-line p-5">
            <p className="text-xs font-semibold uppercase tracking-wider text-muted">{r.kind}</p>
            <h2 className="mt-1 text-lg font-semibold">
              <a href={r.url} className="text-accent underline underline-offset-4" rel="noopener noreferrer">
                {r.title}
              </a>
            </h2>
            <p className="mt-2">{r.description}</p>
            <p className="mt-2 text-sm text-muted">
              Goes with{' '}
              {r.lessons.map((ref, i) => {
                const [mod = '', lesson = ''] = (ref.split('#')[0] ?? '').split('/');
                return (
                  <span key={ref}>
                    {i > 0 && ', '}
                    <Link href={refHref(ref)} className="underline underline-offset-4">
                      {lessonMeta(mod, lesson).title}
                    </Link>
                  </span>
                );
              })}
            </p>
          </li>
        ))}
      </ul>
    </main>
  );
}
