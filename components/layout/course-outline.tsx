import Link from '@/components/intent-link';
import type { CourseModuleView } from '@/lib/content/course';
import { LessonStatus, QuizStatus } from '@/components/progress/lesson-status';

/** The whole course, current page marked; used in the sidebar and in the phone menu. */
export function CourseOutline({ course, currentHref }: { course: CourseModuleView[]; currentHref: string }) {
  return (
    <nav aria-label="Course outline" className="text-sm">
      <ol className="flex flex-col gap-5">
        {course.map((mod) => (
          <li key={mod.id}>
            <p className="px-2 text-xs font-semibold uppercase tracking-wider text-muted">
              Module {mod.index + 1} · {mod.title}
            </p>
            <ul className="mt-1.5 flex flex-col gap-0.5">
              {mod.lessons.map((lesson) => (
                <li key={lesson.key}>
                  <OutlineLink href={lesson.href} current={lesson.href === currentHref}>
                    <LessonStatus lessonKey={lesson.key} />
                    <span>{lesson.title}</span>
                  </OutlineLink>
                </li>
              ))}
              {mod.quizHref && (
                <li>
                  <OutlineLink href={mod.quizHref} current={mod.quizHref === currentHref}>
                    <span aria-hidden="true" className="inline-flex w-5 shrink-0 justify-center font-bold text-muted">?</span>
                    <span className="flex flex-1 flex-wrap items-baseline justify-between gap-x-2">
                      Quiz <QuizStatus moduleId={mod.id} />
                    </span>
                  </OutlineLink>
                </li>
              )}
            </ul>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function OutlineLink({ href, current, children }: { href: string; current: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={`flex items-start gap-2 rounded-md px-2 py-1.5 leading-snug ${
        current ? 'bg-accent-soft font-semibold text-fg' : 'text-muted hover:bg-bg-soft hover:text-fg'
      }`}
    >
      {children}
    </Link>
  );
}
