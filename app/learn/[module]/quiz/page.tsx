import type { Metadata } from 'next';
import { CourseShell } from '@/components/layout/course-shell';
import { PrevNext } from '@/components/layout/prev-next';
import { Quiz } from '@/components/quiz/quiz';
import { getCourse } from '@/lib/content/course';
import { lessonMeta, loadOutline } from '@/lib/content/load';
import { lessonHref, neighbours, quizHref, type RouteEntry } from '@/lib/content/outline';
import { loadQuizView } from '@/lib/quiz/check';
import { pageMetadata } from '@/lib/site';

type Params = { module: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return loadOutline()
    .modules.filter((m) => m.quiz)
    .map((m) => ({ module: m.id }));
}

function moduleTitle(id: string): string {
  return loadOutline().modules.find((m) => m.id === id)?.title ?? id;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { module } = await params;
  const title = moduleTitle(module);
  return pageMetadata({
    title: `Quiz: ${title}`,
    description: `Check what you learned in "${title}": questions with instant feedback and explanations, a 70 % pass mark, and your results saved in this browser.`,
    path: quizHref(module),
    card: { url: `${quizHref(module)}card.png`, alt: `Quiz on ${title}: Scale to Zero` },
  });
}

/** "A, B and C". */
function listTitles(titles: string[]): string {
  return titles.length < 2 ? titles.join('') : `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
}

function stop(entry: RouteEntry | undefined) {
  if (!entry) return undefined;
  if (entry.kind === 'quiz') return { href: quizHref(entry.moduleId), title: `Quiz: ${entry.moduleTitle}` };
  return { href: lessonHref(entry.moduleId, entry.slug), title: lessonMeta(entry.moduleId, entry.slug).title };
}

export default async function QuizPage({ params }: { params: Promise<Params> }) {
  const { module } = await params;
  // Fails the build, naming the file and the question, when the quiz is invalid.
  const view = await loadQuizView(module);
  const mod = getCourse().find((m) => m.id === module);
  const { prev, next } = neighbours(loadOutline(), module, 'quiz');
  const nextStop = stop(next);

  return (
    <CourseShell currentHref={quizHref(module)}>
      {/* Search indexes the quiz's title and intro; the questions render only in the browser. */}
      <header data-pagefind-body="" className="mb-8 max-w-[70ch]">
        <p className="text-sm font-semibold text-accent">
          Module {(mod?.index ?? 0) + 1} · {view.moduleTitle}
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">Quiz: {view.moduleTitle}</h1>
        <p className="mt-3 text-lg text-muted">
          {mod ? `On ${listTitles(mod.lessons.map((l) => l.title))}.` : null} Your results are saved in this browser.
        </p>
      </header>
      <div data-pagefind-body="" className="max-w-[70ch]">
        <Quiz view={view} next={nextStop} />
      </div>
      <PrevNext prev={stop(prev)} next={nextStop} />
    </CourseShell>
  );
}
