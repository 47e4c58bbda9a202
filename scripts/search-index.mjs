// Builds the site search index with Pagefind over the static export: out/pagefind/ holds plain
// static files (a loader, a WebAssembly search core, index and fragment chunks) that the search
// dialog imports only when a learner opens it. Runs after `next build` and compile-hints, before
// compression, so the index files get Brotli copies like everything else.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { pages, walk } from './export-files.mjs';
import { expectedSearchPages } from './search-pages.mjs';

const root = path.resolve(process.env.OUT_DIR ?? 'out');
const bundle = path.join(root, 'pagefind');
const started = Date.now();

function fail(message) {
  console.error(`Search index: ${message}`);
  process.exitCode = 1;
}

// Pagefind indexes exactly the pages that mark content with data-pagefind-body. Every lesson, quiz
// and the glossary must, and nothing else should: a page that lost its marker would silently vanish
// from search, so name it and stop the build.
const expected = expectedSearchPages(path.resolve('content', 'course.json'));
const expectedFiles = new Set(expected.map((page) => path.join(root, page, 'index.html')));
const marked = new Set(pages(root).filter((file) => fs.readFileSync(file, 'utf8').includes('data-pagefind-body')));
const unmarked = [...expectedFiles].filter((file) => !marked.has(file));
const stray = [...marked].filter((file) => !expectedFiles.has(file));
const rel = (files) => files.map((file) => path.relative(process.cwd(), file)).join(', ');
if (unmarked.length > 0 || stray.length > 0) {
  if (unmarked.length > 0) fail(`no data-pagefind-body in ${rel(unmarked)}`);
  if (stray.length > 0) fail(`data-pagefind-body on a page that is not a lesson, quiz or the glossary: ${rel(stray)}`);
} else {
  fs.rmSync(bundle, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'en',
    // Not content: widget placeholders and panels (the lesson's prose already says what they show),
    // buttons ("Copy", "Start the quiz") and the "#" link beside each heading.
    excludeSelectors: ['[data-widget-placeholder]', '[data-sim-panel]', 'button', '.heading-anchor'],
  });
  if (!index) {
    fail(errors.join('; '));
  } else {
    const added = await index.addDirectory({ path: root });
    const written = await index.writeFiles({ outputPath: bundle });
    const problems = [...added.errors, ...written.errors];
    if (problems.length > 0) fail(problems.join('; '));
  }
  await pagefind.close();
}

if (!process.exitCode) {
  // Pagefind also writes its ready-made interfaces; the site has its own dialog, so they would only
  // be bytes for an offline cache to store. So is the fallback search core for pages of unknown
  // language, when every language in the index names its own.
  const entry = JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8'));
  const ownCores = Object.values(entry.languages).every((language) => language.wasm && language.wasm !== 'unknown');
  for (const name of fs.readdirSync(bundle)) {
    if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(name) || (ownCores && name === 'wasm.unknown.pagefind')) fs.rmSync(path.join(bundle, name));
  }
  const files = [...walk(bundle)];
  const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);
  console.log(`Search index: ${expected.length} pages, ${files.length} files, ${(bytes / 1024).toFixed(0)} KB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
