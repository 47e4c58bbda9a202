import { getCourse } from '@/lib/content/course';
import { CourseOutline } from './course-outline';
import { MobileNav } from './mobile-nav';

/** The frame of every lesson and quiz page: outline on the left (a menu on phones), content, and an optional right rail. */
export function CourseShell({ currentHref, aside, children }: { currentHref: string; aside?: React.ReactNode; children: React.ReactNode }) {
  const course = getCourse();
  return (
    <div className="mx-auto flex max-w-[1440px] gap-8 px-4 sm:px-6">
      <div className="sticky top-16 hidden h-[calc(100vh-4rem)] w-64 shrink-0 overflow-y-auto py-8 lg:block">
        <CourseOutline course={course} currentHref={currentHref} />
      </div>
      <div className="min-w-0 flex-1 py-6 lg:py-10">
        <MobileNav course={course} currentHref={currentHref} />
        <div className="flex gap-10">
          <main id="main" className="min-w-0 flex-1">
            {children}
          </main>
          {/* Plain boxes, not <aside>: the navs inside are the landmarks, each with its own name. */}
          {aside && <div className="sticky top-24 hidden h-fit max-h-[calc(100vh-7rem)] w-56 shrink-0 overflow-y-auto xl:block">{aside}</div>}
        </div>
      </div>
    </div>
  );
}
