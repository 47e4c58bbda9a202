import type { Metadata } from 'next';
import Link from '@/components/intent-link';
import { homeDescription, homeTitle, pageMetadata } from '@/lib/site';
import { getCourse } from '@/lib/content/course';
import { ContinueLink } from '@/components/progress/continue-link';
import { LessonStatus, QuizStatus } from '@/components/progress/lesson-status';
import { ModuleProgress } from '@/components/progress/module-progress';

export const metadata: Metadata = {
  ...pageMetadata({ title: homeTitle, description: homeDescription, path: '/' }),
  // The full name stands alone here, not inside the layout's "… · Scale to Zero" template.
  title: { absolute: homeTitle },
};

export default function HomePage() {
  const course = getCourse();
  const stops = course.flatMap((mod) => [
    ...mod.lessons.map((l) => ({ key: l.key, href: l.href, title: l.title, kind: 'lesson' as const })),
    ...(mod.quizHref ? [{ key: mod.id, href: mod.quizHref, title: `${mod.title}: quiz`, kind: 'quiz' as const }] : []),
  ]);
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 sm:px-6">
      <section className="py-12 sm:py-16">
        <p className="text-sm font-semibold uppercase tracking-wider text-accent">An interactive course</p>
        <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-balance sm:text-5xl">
          See serverless computing behave: scaling up, scaling to zero, cold starts and cost.
        </h1>
        <p className="mt-5 max-w-2xl text-lg text-muted">
          Short lessons beside live simulations you drive yourself. Change the traffic, the keep-alive or the
          concurrency limit and watch instances start, idle and disappear, and the bill follow them. Then put it to
          work with Python: virtual environments, a web server, calling APIs, and a function on Vercel.
        </p>
        <div className="mt-8">
          <ContinueLink stops={stops} />
        </div>
      </section>

      <section aria-labelledby="modules-heading" className="pb-8">
        <h2 id="modules-heading" className="text-2xl font-bold tracking-tight">
          Four modules
        </h2>
        <ol className="mt-6 grid gap-6 md:grid-cols-2">
          {course.map((mod) => (
            <li key={mod.id} className="flex flex-col rounded-xl border border-line bg-bg-raised p-5 shadow-sm">
              <div className="flex items-baseline justify-between gap-3">
                <p className="text-sm font-semibold text-accent">Module {mod.index + 1}</p>
                <ModuleProgress
                  lessonKeys={mod.lessons.map((l) => l.key)}
                  moduleId={mod.id}
                  hasQuiz={Boolean(mod.quizHref)}
                  experimentKeys={mod.lessons.flatMap((l) => l.experimentKeys)}
                  exerciseIds={mod.lessons.flatMap((l) => l.exerciseIds)}
                />
              </div>
              <h3 className="mt-1 text-xl font-bold">{mod.title}</h3>
              <p className="mt-2 text-sm text-muted">{mod.summary}</p>
              <ul className="mt-4 flex flex-col gap-1">
                {mod.lessons.map((lesson) => (
                  <li key={lesson.key}>
                    <Link href={lesson.href} className="flex items-center gap-2 rounded-md px-2 py-1.5 hover:bg-bg-soft">
                      <LessonStatus lessonKey={lesson.key} />
                      <span className="font-medium">{lesson.title}</span>
                      {lesson.comingSoon && <span className="ml-auto text-xs text-muted">coming soon</span>}
                    </Link>
                  </li>
                ))}
                {mod.quizHref && (
                  <li>
                    <Link href={mod.quizHref} className="flex items-center gap-2 rounded-md px-2 py-1.5 hover:bg-bg-soft">
                      <span aria-hidden="true" className="inline-flex w-5 justify-center text-muted">?</span>
                      <span className="font-medium">Quiz: {mod.title}</span>
                      <span className="ml-auto">
                        <QuizStatus moduleId={mod.id} />
                      </span>
                    </Link>
                  </li>
                )}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="more-heading" className="grid gap-4 py-8 sm:grid-cols-3">
        <h2 id="more-heading" className="sr-only">
          More
        </h2>
        {[
          { href: '/playground/', title: 'Playground', text: 'Every knob of the simulator, and two set-ups side by side.' },
          { href: '/glossary/', title: 'Glossary', text: 'Cold start, keep-alive, p99 and the rest, in one line each.' },
          { href: '/resources/', title: 'Reading list', text: 'The articles, docs and video behind the course.' },
        ].map((card) => (
          <Link key={card.href} href={card.href} className="rounded-xl border border-line p-5 hover:bg-bg-soft">
            <span className="block font-semibold">{card.title}</span>
            <span className="mt-1 block text-sm text-muted">{card.text}</span>
          </Link>
        ))}
      </section>
    </main>
  );
}
