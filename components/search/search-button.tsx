'use client';

import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { isSearchShortcut } from './shortcut';

const loadDialog = () => import('./search-dialog');
const SearchDialog = lazy(loadDialog);

/**
 * The header's Search button and the "/" and Ctrl+K shortcuts. The dialog's code arrives when the
 * page is idle and Pagefind's only when search opens, so a page load costs no search bytes.
 * Closing returns focus to whatever had it before the dialog opened.
 */
export function SearchButton() {
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);

  const show = useCallback(() => {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setMounted(true);
    setOpen(true);
  }, []);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    // Not after picking a result: focus would pull the page back up to the header.
    if (!returnFocus) return;
    const target = returnTo.current;
    // After the dialog has closed, or the browser would put focus back on its own choice.
    requestAnimationFrame(() => {
      if (target?.isConnected) target.focus();
    });
  }, []);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      // Another modal (a confirmation) owns the keyboard while it is open.
      if (e.defaultPrevented || !isSearchShortcut(e) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      show();
    }
    window.addEventListener('keydown', onKey);
    // Fetch the dialog's small chunk once the page has settled, so "/" opens it at once.
    const idle = window.requestIdleCallback?.(() => void loadDialog(), { timeout: 5000 });
    return () => {
      window.removeEventListener('keydown', onKey);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, [show]);

  return (
    <>
      <button
        type="button"
        onClick={show}
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        className="inline-flex h-10 items-center gap-2 rounded-md border border-line px-3 text-sm font-medium text-fg hover:bg-bg-soft"
      >
        <SearchIcon />
        Search
        <kbd aria-hidden="true" className="hidden rounded border border-line bg-bg-soft px-1.5 font-mono text-xs text-muted sm:inline">
          /
        </kbd>
      </button>
      {mounted && (
        <Suspense fallback={null}>
          <SearchDialog open={open} onClose={close} />
        </Suspense>
      )}
    </>
  );
}

function SearchIcon() {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" />
    </svg>
  );
}
