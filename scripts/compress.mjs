// Writes a Brotli copy (file.br) beside each text file of the static export, as a deploy step
// for a host that serves precompressed files would. scripts/serve.mjs sends these when the
// browser accepts br, so serving never spends Brotli's best setting (seconds of CPU) at run time.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { promisify } from 'node:util';
import { walk } from './export-files.mjs';

const brotli = promisify(zlib.brotliCompress);
const root = path.resolve(process.env.OUT_DIR ?? 'out');
// .mjs and .wasm are the Python runtime's (scripts/python-runtime.mjs): 9.6 MB of WebAssembly
// travels as 3.1 MB. Its python_stdlib.zip is compressed already.
const compressible = /\.(html|js|mjs|css|json|svg|txt|xml|webmanifest|wasm)$/;
// Brotli's best setting takes over a minute on the 9.6 MB wasm for 12% less; quality 9 takes 3 s.
const quality = (bytes) => (bytes > 1e6 ? 9 : zlib.constants.BROTLI_MAX_QUALITY);

const started = Date.now();
let raw = 0;
let packed = 0;
const list = [...walk(root)].filter((file) => compressible.test(file));
await Promise.all(
  list.map(async (file) => {
    const body = fs.readFileSync(file);
    const br = await brotli(body, { params: { [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length, [zlib.constants.BROTLI_PARAM_QUALITY]: quality(body.length) } });
    fs.writeFileSync(`${file}.br`, br);
    raw += body.length;
    packed += br.length;
  }),
);
console.log(`Brotli: ${list.length} files, ${(raw / 1e6).toFixed(1)} MB → ${(packed / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
