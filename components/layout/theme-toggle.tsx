'use client';

import { themeStorageKey } from './theme-script';

/**
 * The icon and label follow the class on <html> through CSS (dark:hidden), never React state,
 * so the toggle cannot show the wrong theme before or after hydration.
 */
export function ThemeToggle() {
  function toggle() {
    const root = document.documentElement;
    const dark = !root.classList.contains('dark');
    root.classList.toggle('dark', dark);
    root.style.colorScheme = dark ? 'dark' : 'light';
    try {
      localStorage.setItem(themeStorageKey, dark ? 'dark' : 'light');
    } catch {
      // Private mode or storage full: the choice lasts for this page only.
    }
  }
  return (
    <button
      type="button"
      onClick={toggle}
      className="inline-flex h-10 items-center gap-2 rounded-md border border-line px-3 text-sm font-medium text-fg hover:bg-bg-soft"
    >
      <span className="inline-flex items-center gap-2 dark:hidden">
        <MoonIcon />
        Dark<span className="sr-only"> theme: switch to dark</span>
      </span>
      <span className="hidden items-center gap-2 dark:inline-flex">
        <SunIcon />
        Light<span className="sr-only"> theme: switch to light</span>
      </span>
    </button>
  );
}

function MoonIcon() {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
      <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
    </svg>
  );
}

function SunIcon() {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
    </svg>
  );
}
