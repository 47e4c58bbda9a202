'use client';

import { useEffect, useState } from 'react';
import type { TocEntry } from '@/lib/content/plugins';

/** "On this page": highlights the section being read (the last heading scrolled past the top). */
export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  const [active, setActive] = useState<string | undefined>(entries[0]?.id);

  useEffect(() => {
    const headings = entries.map((e) => document.getElementById(e.id)).filter((el): el is HTMLElement => el !== null);
    if (headings.length === 0) return;
    // The rail shows from 1280 px (xl) up. Below that, measuring headings on every scroll would
    // force layouts on a phone for a list nobody can see.
    const wide = window.matchMedia('(min-width: 80rem)');
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      if (!wide.matches) return;
      frame = requestAnimationFrame(() => {
        // Just below where a heading lands after an anchor jump (html's scroll-padding-top is 5rem).
        const line = 100;
        let current = headings[0]?.id;
        for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h.id;
        const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 4;
        setActive(atBottom ? headings[headings.length - 1]?.id : current);
      });
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('hashchange', update);
    wide.addEventListener('change', update);
    return () => {
      wide.removeEventListener('change', update);
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', update);
      window.removeEventListener('hashchange', update);
    };
  }, [entries]);

  if (entries.length === 0) return null;
  return (
    <nav aria-label="On this page" className="text-sm">
      <p className="mb-2 font-semibold">On this page</p>
      <ul className="flex flex-col gap-1 border-l border-line">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              aria-current={active === entry.id ? 'location' : undefined}
              className={`-ml-px block border-l-2 py-1 leading-snug ${entry.depth === 3 ? 'pl-6' : 'pl-3'} ${
                active === entry.id ? 'border-accent font-medium text-accent' : 'border-transparent text-muted hover:text-fg'
              }`}
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
