import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site';
import Link from '@/components/intent-link';
import { LessonStatus } from '@/components/progress/lesson-status';
import { ModuleProgress } from '@/components/progress/module-progress';
import { ProgressActions } from '@/components/progress/progress-actions';
import { ProgressSummary, QuizRecordLine } from '@/components/progress/progress-summary';
import { getCourse } from '@/lib/content/course';

export const metadata: Metadata = pageMetadata({
  title: 'Your progress',
  description: 'Lessons you have read, your quiz scores and completed modules, saved in this browser; export, import or reset them.',
  path: '/progress/',
});

export default function ProgressPage() {
  const course = getCourse();
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Your progress</h1>
      <p className="mt-3 max-w-2xl text-lg text-muted">
        A lesson counts as read when you reach its key takeaways; a module is complete when its lessons are read and its quiz is passed
        (70 %). Everything is kept in this browser only.
      </p>

      <section aria-label="Totals" className="mt-8">
        <ProgressSummary modules={course.map((m) => ({ id: m.id, lessonKeys: m.lessons.map((l) => l.key), hasQuiz: Boolean(m.quizHref) }))} />
      </section>

      <ol className="mt-10 flex flex-col gap-6">
        {course.map((mod) => (
          <li key={mod.id}>
            <section aria-labelledby={`module-${mod.id}`} className="rounded-xl border border-line p-5">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={`module-${mod.id}`} className="text-xl font-bold">
                  <span className="text-sm font-semibold text-accent">Module {mod.index + 1} · </span>
                  {mod.title}
                </h2>
                <ModuleProgress
                  moduleId={mod.id}
                  lessonKeys={mod.lessons.map((l) => l.key)}
                  hasQuiz={Boolean(mod.quizHref)}
                  experimentKeys={mod.lessons.flatMap((l) => l.experimentKeys)}
                  exerciseIds={mod.lessons.flatMap((l) => l.exerciseIds)}
                />
              </div>
              <ul className="mt-3 flex flex-col gap-1">
                {mod.lessons.map((lesson) => (
                  <li key={lesson.key}>
                    <Link href={lesson.href} className="flex items-center gap-2 rounded-md px-2 py-1.5 hover:bg-bg-soft">
                      <LessonStatus lessonKey={lesson.key} />
                      <span className="font-medium">{lesson.title}</span>
                    </Link>
                  </li>
                ))}
                {mod.quizHref && (
                  <li className="flex items-start gap-2 px-2 py-1.5">
                    <span aria-hidden="true" className="inline-flex w-5 shrink-0 justify-center font-bold text-muted">
                      ?
                    </span>
                    <span className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                      <Link href={mod.quizHref} className="font-medium underline-offset-4 hover:underline">
                        Quiz: {mod.title}
                      </Link>
                      <QuizRecordLine moduleId={mod.id} />
                    </span>
                  </li>
                )}
              </ul>
            </section>
          </li>
        ))}
      </ol>

      <section aria-labelledby="keep-heading" className="mt-12 border-t border-line pt-8">
        <h2 id="keep-heading" className="text-xl font-bold">
          Move it or start over
        </h2>
        <p className="mt-2 max-w-2xl text-muted">
          Export your progress to a file and import it in another browser to carry on there: imported progress is added to what that browser
          has, so nothing is lost. Reset deletes everything here, after asking.
        </p>
        <div className="mt-5">
          <ProgressActions />
        </div>
      </section>
    </main>
  );
}
