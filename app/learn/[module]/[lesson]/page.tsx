import type { Metadata } from 'next';
import { getMDXComponent } from 'mdx-bundler/client';
import { CourseShell } from '@/components/layout/course-shell';
import { PrevNext } from '@/components/layout/prev-next';
import { TableOfContents } from '@/components/layout/toc';
import { lessonComponents } from '@/components/mdx';
import { VisitRecorder } from '@/components/progress/read-sentinel';
import { getCourse } from '@/lib/content/course';
import { lessonMeta, loadLesson, loadOutline } from '@/lib/content/load';
import { lessonHref, neighbours } from '@/lib/content/outline';
import { pageMetadata } from '@/lib/site';

type Params = { module: string; lesson: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return loadOutline().modules.flatMap((m) => m.lessons.map((lesson) => ({ module: m.id, lesson })));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { module, lesson } = await params;
  const meta = lessonMeta(module, lesson);
  return pageMetadata({ title: meta.title, description: meta.summary, path: lessonHref(module, lesson), card: { url: `${lessonHref(module, lesson)}card.png`, alt: `${meta.title}: a lesson of Scale to Zero` }, type: 'article' });
}

function stopTitle(entry: { kind: string; moduleId: string; moduleTitle: string; slug: string } | undefined) {
  if (!entry) return undefined;
  if (entry.kind === 'quiz') return { href: `/learn/${entry.moduleId}/quiz/`, title: `Quiz: ${entry.moduleTitle}` };
  return { href: lessonHref(entry.moduleId, entry.slug), title: lessonMeta(entry.moduleId, entry.slug).title };
}

export default async function LessonPage({ params }: { params: Promise<Params> }) {
  const { module, lesson: slug } = await params;
  const lesson = await loadLesson(module, slug);
  const outline = loadOutline();
  const mod = getCourse().find((m) => m.id === module);
  const { prev, next } = neighbours(outline, module, slug);
  // Evaluated here, on the server at build time: the prose ships as HTML and only widgets hydrate.
  const Content = getMDXComponent(lesson.code);
  const href = lessonHref(module, slug);
  const { frontmatter: fm } = lesson;

  return (
    <CourseShell currentHref={href} aside={<TableOfContents entries={lesson.facts.toc} />}>
      <VisitRecorder href={href} />
      {/* data-pagefind-body: the site search indexes the lesson itself, never the outline or table of contents. */}
      <article data-pagefind-body="">
        <header className="mb-8 max-w-[70ch]">
          <p className="text-sm font-semibold text-accent">
            Module {(mod?.index ?? 0) + 1} · {mod?.title}
          </p>
          <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{fm.title}</h1>
          <p className="mt-3 text-lg text-muted">{fm.summary}</p>
          <p className="mt-3 text-sm text-muted">
            {lesson.readingMinutes} min read · updated{' '}
            <time dateTime={fm.updated}>{new Date(fm.updated).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}</time>
          </p>
          {fm.status === 'coming-soon' && (
            <p className="mt-4 rounded-lg border border-dashed border-line p-3 text-sm">This lesson is coming soon: what you see is its plan, not its text.</p>
          )}
          <section aria-labelledby="objectives" className="mt-6 rounded-xl border border-line bg-bg-soft px-5 py-4">
            <h2 id="objectives" className="text-sm font-bold uppercase tracking-wider text-muted">
              By the end of this lesson you can
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {fm.objectives.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
          </section>
        </header>
        <div className="prose prose-lg max-w-[70ch] prose-headings:tracking-tight prose-h2:mt-12 prose-a:underline-offset-4 max-sm:prose-base">
          {/* eslint-disable-next-line react-hooks/static-components -- a server component rendered once at build time: no state to lose. */}
          <Content components={lessonComponents(`${module}/${slug}`)} />
        </div>
      </article>
      <PrevNext prev={stopTitle(prev)} next={stopTitle(next)} />
    </CourseShell>
  );
}
