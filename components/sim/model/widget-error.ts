/**
 * What a learner is told when a widget fails: plain words first, the technical message kept for
 * whoever asks (components/mdx/widget-boundary.tsx puts it inside a <details>).
 */

/** A script that did not arrive: Turbopack's, webpack's and the browser's own wordings. */
const chunkFailure = /ChunkLoadError|Failed to load chunk|Loading chunk|Loading CSS chunk|dynamically imported module|Importing a module script failed/i;

export function widgetErrorAdvice(error: Error): string {
  if (chunkFailure.test(`${error.name}: ${error.message}`)) {
    return 'Its code did not arrive, most likely because the connection dropped. Check that you are online, then try again.';
  }
  return 'Something went wrong inside it. Trying again often helps; the rest of the lesson works without it.';
}

export function technicalText(error: Error): string {
  return `${error.name}: ${error.message}`;
}
