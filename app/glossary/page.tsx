import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site';
import Link from '@/components/intent-link';
import { lessonMeta } from '@/lib/content/load';
import { loadGlossary, refHref } from '@/lib/content/reference';

export const metadata: Metadata = pageMetadata({
  title: 'Glossary',
  description:
    'Every serverless term the course uses, from cold start to p99, in one line each with links to where it is taught.',
  path: '/glossary/',
});

export default function GlossaryPage() {
  const entries = [...loadGlossary()].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <main id="main" data-pagefind-body="" className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <h1 className="text-4xl font-bold tracking-tight">Glossary</h1>
      <p className="mt-3 text-lg text-muted">The words of serverless computing, each in one line, with the lessons that teach them.</p>
      <dl className="mt-10 divide-y divide-line border-y border-line">
        {entries.map((entry) => (
          // data-pagefind-title makes each entry its own search result, linked to #id.
          <div key={entry.id} id={entry.id} data-pagefind-title={entry.term} className="scroll-mt-24 py-5 target:bg-accent-soft">
            <dt className="text-lg font-semibold">{entry.term}</dt>
            <dd className="mt-1">{entry.definition}</dd>
            {entry.lessons.length > 0 && (
              <dd className="mt-2 text-sm text-muted">
                Taught in{' '}
                {entry.lessons.map((ref, i) => {
                  const [page = ''] = ref.split('#');
                  const [mod = '', lesson = ''] = page.split('/');
                  return (
                    <span key={ref}>
                      {i > 0 && ', '}
                      <Link href={refHref(ref)} className="text-accent underline underline-offset-4">
                        {lessonMeta(mod, lesson).title}
                      </Link>
                    </span>
                  );
                })}
              </dd>
            )}
          </div>
        ))}
      </dl>
    </main>
  );
}
