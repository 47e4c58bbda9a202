'use client';

import { useEffect, useRef, useState } from 'react';
import { usePathname } from 'next/navigation';
import type { CourseModuleView } from '@/lib/content/course';
import { CourseOutline } from './course-outline';

/**
 * Phones get the course outline behind a menu button: a disclosure that takes focus when it
 * opens, closes on Escape or on navigation, and hands focus back to the button. The outline is
 * rendered only while open: the desktop sidebar already has it in the HTML, and a second copy
 * would double the hydration work on every lesson.
 */
export function MobileNav({ course, currentHref }: { course: CourseModuleView[]; currentHref: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const pathname = usePathname();
  const [openedAt, setOpenedAt] = useState(pathname);

  if (open && pathname !== openedAt) {
    setOpen(false);
    setOpenedAt(pathname);
  }

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('a[aria-current="page"], a')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <div className="mb-6 lg:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="mobile-outline"
        onClick={() => {
          setOpenedAt(pathname);
          setOpen((o) => !o);
        }}
        className="inline-flex h-10 items-center gap-2 rounded-md border border-line px-3 text-sm font-medium"
      >
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" stroke="currentColor" strokeWidth="1.8">
          <path d="M2 4h12M2 8h12M2 12h12" />
        </svg>
        Course menu
      </button>
      <div id="mobile-outline" ref={panel} hidden={!open} className="mt-3 max-h-[70vh] overflow-y-auto rounded-xl border border-line bg-bg-raised p-3 shadow-lg">
        {open && <CourseOutline course={course} currentHref={currentHref} />}
      </div>
    </div>
  );
}
