import type { PagefindResultData } from './results';

/** The part of Pagefind's browser API (out/pagefind/pagefind.js) the dialog uses. */
export interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

/** Where `npm run build` writes the index (scripts/search-index.mjs): plain files of the export. */
export const pagefindUrl = '/pagefind/pagefind.js';

let loading: Promise<Pagefind> | undefined;

/**
 * Imports Pagefind from the site's own origin the first time search opens, never before: a page
 * load spends no bytes on search. A failed load is forgotten so that opening again retries it
 * (the learner may have come back online).
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // Left to the browser: the file exists only in the built export, not in the bundler's graph.
    const pagefind = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pagefindUrl)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
