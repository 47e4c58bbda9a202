'use client';

import Link from '@/components/intent-link';
import { useProgress } from './use-progress';

export interface CourseStop {
  key: string;
  href: string;
  title: string;
  kind: 'lesson' | 'quiz';
}

/**
 * "Start" for a new learner; otherwise the first lesson not yet read (or the last page visited
 * if everything is read), so returning learners pick up where they stopped.
 */
export function ContinueLink({ stops }: { stops: CourseStop[] }) {
  const { progress } = useProgress();
  const first = stops[0];
  if (!first) return null;
  const started = Object.keys(progress.lessons).length > 0 || Object.keys(progress.quizzes).length > 0;
  const nextUnread = stops.find((s) =>
    s.kind === 'lesson' ? !progress.lessons[s.key] : !progress.quizzes[s.key]?.passed,
  );
  const target = started ? (nextUnread ?? stops.find((s) => s.href === progress.lastVisited) ?? first) : first;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Link
        href={target.href}
        className="inline-flex h-11 items-center rounded-lg bg-accent px-5 text-base font-semibold text-accent-fg shadow-sm hover:bg-accent-hover"
      >
        {started ? 'Continue where you left off' : 'Start the course'}
      </Link>
      {started && <span className="text-sm text-muted">Next: {target.title}</span>}
    </div>
  );
}
