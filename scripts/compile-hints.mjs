// Marks every script of the export (Next's noModule polyfills aside) with V8's explicit compile
// hint. Turbopack wraps each module in a function that V8 compiles lazily, on the main thread, the
// first time it runs; with the hint, Chrome compiles a file while it streams in, on a background
// thread. A chunk is fetched only when it is about to run (at startup, or when a widget comes near),
// so compiling all of it is rarely wasted. Measured on this project (Lighthouse, mobile): the first
// lesson's total blocking time fell from 310-445 ms to 160-345 ms; a widget's mount, at 4x CPU
// slowdown, from a longest task of 838 to 603 ms; the JS heap grew by about 0.6 MB.
// Browsers without the feature read a comment.
import fs from 'node:fs';
import path from 'node:path';
import { noModuleScripts, pages, startupScripts, walk } from './export-files.mjs';

const HINT = '//# allFunctionsCalledOnLoad\n';
const out = path.resolve(process.env.OUT_DIR ?? 'out');

const html = pages(out).map((file) => fs.readFileSync(file, 'utf8'));
const startup = new Set(html.flatMap(startupScripts));
// None found means Next changed how it writes script tags: fail rather than ship unhinted.
if (startup.size === 0) {
  console.error(`compile-hints: no startup scripts found in the HTML under ${out}`);
  process.exit(1);
}
// Old browsers that run the polyfills gain nothing from the hint; leave those files as Next wrote them.
const skip = new Set(html.flatMap(noModuleScripts).map((src) => path.join(out, src)));

let files = 0;
let marked = 0;
for (const file of walk(path.join(out, '_next', 'static'))) {
  if (!file.endsWith('.js') || skip.has(file)) continue;
  files++;
  const body = fs.readFileSync(file, 'utf8');
  // The hint only counts on the file's first line; running the step twice must not add a second.
  if (body.startsWith(HINT)) continue;
  fs.writeFileSync(file, HINT + body);
  marked++;
}
console.log(`Compile hints: ${files} scripts compile eagerly (${startup.size} load at startup); ${marked} marked now`);
