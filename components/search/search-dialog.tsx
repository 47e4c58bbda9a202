'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { loadPagefind, type Pagefind } from './pagefind';
import { SearchResults } from './search-results';
import { toGroup, type SearchGroup } from './results';

type Index = { state: 'loading' } | { state: 'ready'; pagefind: Pagefind } | { state: 'failed'; message: string };
type Found = { query: string; groups: SearchGroup[] };

const maxPages = 8;

/**
 * The search dialog: a native modal <dialog> (focus trapped, page behind it inert, Escape closes),
 * a labelled field, a status line read out politely, and result links to section headings.
 * Arrow keys move between the field and the results; Enter in the field opens the first result.
 */
export default function SearchDialog({ open, onClose }: { open: boolean; onClose: (returnFocus: boolean) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const labelId = useId();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState<Index>({ state: 'loading' });
  const [found, setFound] = useState<Found>({ query: '', groups: [] });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      input.current?.focus();
      input.current?.select();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // The index loads when the dialog first opens (and again after a failure, on "Try again").
  useEffect(() => {
    if (!open) return;
    let live = true;
    loadPagefind().then(
      (pagefind) => live && setIndex({ state: 'ready', pagefind }),
      (error: unknown) => live && setIndex({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [open, attempt]);

  const term = query.trim();
  useEffect(() => {
    if (index.state !== 'ready' || !term) return;
    let live = true;
    // A short pause so each keystroke does not start a search of its own.
    const timer = window.setTimeout(async () => {
      const search = await index.pagefind.search(term);
      const data = await Promise.all((search?.results ?? []).slice(0, maxPages).map((r) => r.data()));
      if (live) setFound({ query: term, groups: data.map((d) => toGroup(d)) });
    }, 120);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [index, term]);

  const groups = term && found.query === term ? found.groups : [];

  function hits(): HTMLElement[] {
    return [...(ref.current?.querySelectorAll<HTMLElement>('[data-search-hit]') ?? [])];
  }

  function onKeyDown(e: React.KeyboardEvent) {
    // Escape in a search field would only clear it; here it closes, wherever focus is.
    if (e.key === 'Escape') {
      e.preventDefault();
      return onClose(true);
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const list = [input.current, ...hits()].filter((el): el is HTMLElement => el !== null);
    const at = list.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    e.preventDefault();
    list[Math.min(list.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={labelId}
      // Escape fires "cancel": close through our state so the trigger knows and focus returns.
      onCancel={(e) => {
        e.preventDefault();
        onClose(true);
      }}
      onKeyDown={onKeyDown}
      className="mx-auto mt-[8vh] hidden max-h-[84vh] w-[min(40rem,calc(100vw-1.5rem))] flex-col rounded-xl border border-line bg-bg-raised p-0 text-fg shadow-xl backdrop:bg-black/50 open:flex"
    >
      <div className="flex items-center justify-between gap-3 border-b border-line px-4 pt-4 pb-2">
        <label id={labelId} htmlFor={`${labelId}-field`} className="text-sm font-semibold">
          Search lessons, glossary and quizzes
        </label>
        <button type="button" onClick={() => onClose(true)} className="rounded-md border border-line px-2.5 py-1 text-sm font-medium hover:bg-bg-soft">
          Close<span className="sr-only"> search</span>
        </button>
      </div>
      <div className="px-4 py-3">
        <input
          ref={input}
          id={`${labelId}-field`}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              hits()[0]?.click();
            }
          }}
          autoComplete="off"
          spellCheck={false}
          placeholder="keep-alive, cold start, p99…"
          className="h-11 w-full rounded-lg border border-line bg-bg px-3 text-base text-fg placeholder:text-muted"
        />
        <p role="status" className="mt-2 min-h-5 text-sm text-muted">
          {statusText(index, term, found.query === term ? groups.length : null)}
        </p>
        {index.state === 'failed' && (
          <button type="button" onClick={() => {
              setIndex({ state: 'loading' });
              setAttempt((n) => n + 1);
            }} className="mt-2 rounded-md border border-line px-3 py-1.5 text-sm font-medium hover:bg-bg-soft">
            Try again
          </button>
        )}
      </div>
      <SearchResults
        groups={groups}
        // Closed now, inside the click, so the browser's own jump to the heading comes after and wins.
        onPick={() => {
          ref.current?.close();
          onClose(false);
        }}
      />
    </dialog>
  );
}

function statusText(index: Index, term: string, count: number | null): string {
  if (index.state === 'loading') return 'Loading the search index…';
  if (index.state === 'failed') return `Search could not load (${index.message}). Check your connection, then try again.`;
  if (!term) return 'Type a word or two. ↑ ↓ move through the results, Enter opens one, Esc closes.';
  if (count === null) return 'Searching…';
  if (count === 0) return `Nothing matches “${term}”. Try another word, or the glossary.`;
  return `${count === maxPages ? `The ${maxPages} best pages` : count === 1 ? '1 page' : `${count} pages`} for “${term}”.`;
}
