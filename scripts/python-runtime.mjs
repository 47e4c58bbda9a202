// Copies the Python runtime (the pinned `pyodide` package's WebAssembly, its loader and the
// standard library) into the export under out/pyodide/<version>/, and bundles the course's worker
// (lib/python/worker.ts) to out/python/worker.js. Generated at build time, never committed.
//
// The worker is bundled here rather than by Next: Turbopack starts workers as classic scripts,
// and Pyodide runs only in a module worker ("Classic web workers are not supported"). Nothing is fetched from a CDN: the course must run Python from any static host and
// offline. Runs after next build and before precache.mjs (which leaves these files out of the
// eager precache: 6 MB is for learners who press Run, cached by the service worker then).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const out = path.resolve(process.env.OUT_DIR ?? 'out');
const pkgDir = path.dirname(require.resolve('pyodide/package.json'));
const { version } = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));

// The loader (pyodide.mjs) imports the Emscripten module, which fetches the rest; source maps and
// the demo consoles stay behind.
const runtimeFiles = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

function fail(message) {
  console.error(`python-runtime: ${message}`);
  process.exit(1);
}

const pinned = JSON.parse(fs.readFileSync('package.json', 'utf8')).devDependencies?.pyodide;
if (pinned !== version) fail(`package.json must pin pyodide exactly (found "${pinned}", installed ${version}); run npm install`);
const runtimeTs = fs.readFileSync(path.join('lib', 'python', 'runtime.ts'), 'utf8');
if (!runtimeTs.includes(`PYODIDE_VERSION = '${version}'`)) fail(`lib/python/runtime.ts: PYODIDE_VERSION must be '${version}', the installed pyodide`);
if (!fs.existsSync(path.join(out, 'index.html'))) fail(`no export in ${out}: run next build first`);

const target = path.join(out, 'pyodide', version);
fs.rmSync(path.join(out, 'pyodide'), { recursive: true, force: true });
fs.mkdirSync(target, { recursive: true });
let bytes = 0;
for (const file of runtimeFiles) {
  const from = path.join(pkgDir, file);
  if (!fs.existsSync(from)) fail(`${file} is missing from the pyodide package ${version}`);
  fs.copyFileSync(from, path.join(target, file));
  bytes += fs.statSync(from).size;
}
const worker = path.join(out, 'python', 'worker.js');
await build({ entryPoints: ['lib/python/worker.ts'], outfile: worker, bundle: true, format: 'esm', target: 'es2022', minify: true, legalComments: 'none', logLevel: 'error' });
bytes += fs.statSync(worker).size;

console.log(`Python runtime: pyodide ${version}, ${runtimeFiles.length} files, ${(bytes / 1e6).toFixed(1)} MB uncompressed, in ${path.relative(process.cwd(), target)}; worker in ${path.relative(process.cwd(), worker)}`);
