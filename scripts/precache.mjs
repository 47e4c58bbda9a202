// Writes out/sw.js: the service worker (scripts/service-worker.js) with the list of files it keeps
// for offline use and a hash of each. It must run after every step that changes files in out/ (the
// search index, the Content Security Policy in the HTML), since the hashes are what tell a browser
// that a file changed, and before compress.mjs, which then writes sw.js.br like any other script.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { noModuleScripts, pages, walk } from './export-files.mjs';
import { revision, selectPrecache, urlFor } from './precache-manifest.mjs';

const out = path.resolve(process.env.OUT_DIR ?? 'out');
const template = fileURLToPath(new URL('./service-worker.js', import.meta.url));
const placeholder = 'self.__PRECACHE_MANIFEST__';
const pyodidePlaceholder = 'self.__PYODIDE_PREFIX__';

const rel = (file) => path.relative(out, file).split(path.sep).join('/');
const polyfills = new Set(pages(out).flatMap((file) => noModuleScripts(fs.readFileSync(file, 'utf8'))).map((src) => src.replace(/^\//, '')));
const files = selectPrecache([...walk(out)].map(rel), polyfills);
if (!files.includes('index.html')) {
  console.error(`precache: no index.html under ${out}: run next build first`);
  process.exit(1);
}

let bytes = 0;
const manifest = files.map((file) => {
  const body = fs.readFileSync(path.join(out, file));
  bytes += body.length;
  return [urlFor(file), revision(body)];
});

const source = fs.readFileSync(template, 'utf8');
// Exactly one placeholder, or the worker would ship without its list (or with two).
if (source.split(placeholder).length !== 2) {
  console.error(`precache: ${path.relative(process.cwd(), template)} must contain ${placeholder} exactly once`);
  process.exit(1);
}
// The runtime's one folder (scripts/python-runtime.mjs), which the worker caches on first use.
const pyodideDir = path.join(out, 'pyodide');
const versions = fs.existsSync(pyodideDir) ? fs.readdirSync(pyodideDir) : [];
if (versions.length !== 1) {
  console.error(`precache: expected one Python runtime version under ${pyodideDir}, found ${versions.length}: run scripts/python-runtime.mjs`);
  process.exit(1);
}
if (source.split(pyodidePlaceholder).length !== 2) {
  console.error(`precache: ${path.relative(process.cwd(), template)} must contain ${pyodidePlaceholder} exactly once`);
  process.exit(1);
}
const worker = source.replace(placeholder, JSON.stringify(manifest)).replace(pyodidePlaceholder, JSON.stringify(`/pyodide/${versions[0]}/`));
fs.writeFileSync(path.join(out, 'sw.js'), worker);
console.log(`Precache: ${manifest.length} files, ${(bytes / 1e6).toFixed(2)} MB uncompressed, listed in out/sw.js`);
