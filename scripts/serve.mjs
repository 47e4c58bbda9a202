// Serves the static export in out/ (next start refuses an export). Directory URLs get their
// index.html, unknown paths the site's 404 page; PORT and HOST override 3000 and 127.0.0.1
// (PORT=0 picks a free port; the line printed at start names it).
//
// It only ever answers with a file under out/: a request target that is malformed, climbs with
// `..`, or is longer than any page's URL gets a 4xx instead, and no request can stop the process.
// The CSP of each page (written into its <head> by scripts/csp.mjs) is also sent as a header,
// with what a <meta> policy cannot carry (frame-ancestors).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const outDir = path.resolve(process.env.OUT_DIR ?? 'out');

if (!fs.existsSync(path.join(outDir, 'index.html'))) {
  console.error(`No built site in ${outDir}: run "npm run build" first (npm start does both).`);
  process.exit(1);
}
// The real path, so a symlinked out/ still compares like with like against files' real paths.
const root = fs.realpathSync(outDir);

// The longest URL the site makes is well under 200 characters; anything past this is not ours.
const maxTarget = 2048;

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml', '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm', '.mjs': 'text/javascript; charset=utf-8', '.zip': 'application/zip',
};

/**
 * The decoded path of a request target, or the status that refuses it. Absolute-form targets
 * (`GET http://host/path`, which proxies send) keep only their path: their authority once
 * reached the file system (`GET http://..%2f..%2fout-secret.txt` read a file beside out/).
 */
function requestPath(target) {
  if (target.length > maxTarget) return { status: 414, reason: 'URI too long' };
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(target);
  const rest = origin ? target.slice(origin[0].length) || '/' : target;
  if (!rest.startsWith('/')) return { status: 400, reason: 'the request target is not a path' };
  const cut = rest.search(/[?#]/);
  const raw = cut === -1 ? rest : rest.slice(0, cut);
  const query = cut === -1 ? '' : rest.slice(cut).split('#')[0];
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { status: 400, reason: 'malformed percent-encoding' };
  }
  // Browsers resolve dot segments before sending, so only a crafted request has them; a
  // backslash or NUL has no business in a URL of this site and means another path on some systems.
  if (decoded.split('/').some((s) => s === '..' || s === '.') || /[\\\0]/.test(decoded)) {
    return { status: 400, reason: 'the path leaves the site' };
  }
  return { raw, decoded, query };
}

function inside(file) {
  const rel = path.relative(root, file);
  return rel === '' || (!path.isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${path.sep}`));
}

/** The file a decoded path names under out/, its index.html or its .html form; never one outside. */
function resolveFile(decoded) {
  const file = path.join(root, decoded);
  if (!inside(file)) return undefined;
  for (const candidate of [file, path.join(file, 'index.html'), `${file}.html`]) {
    try {
      // realpath: a symlink inside out/ must not lead out of it either.
      if (fs.statSync(candidate).isFile() && inside(fs.realpathSync(candidate))) return candidate;
    } catch {
      // Not this one; try the next form.
    }
  }
  return undefined;
}

// What is worked out from a file is kept per version of it: a rebuild while the server runs
// must not leave it sending the old gzip, or the old page's script hashes with the new page.
const derived = new Map();
function perVersion(kind, file, make) {
  const { mtimeMs, size } = fs.statSync(file);
  const key = `${kind}:${file}`;
  const version = `${mtimeMs}:${size}`;
  const hit = derived.get(key);
  if (hit?.version === version) return hit.value;
  const value = make();
  derived.set(key, { version, value });
  return value;
}

/** Whether Accept-Encoding allows `name` (a q=0 entry refuses it). */
function accepts(header, name) {
  return header.split(',').some((part) => {
    const [token = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return token.trim() === name && (!q || Number(q.slice(2)) > 0);
  });
}

// Text is sent compressed, as any real static host would: Brotli from the .br files that
// scripts/compress.mjs writes at build time, else gzip made once per version of the file.
const compressible = /\.(html|js|mjs|css|json|svg|txt|xml|webmanifest|wasm)$/;
function encodedBody(file, acceptEncoding) {
  if (!compressible.test(file)) return undefined;
  // A .br older than its file is from the last build (a rebuild is under way): not that one.
  const br = fs.statSync(`${file}.br`, { throwIfNoEntry: false });
  if (accepts(acceptEncoding, 'br') && br && br.mtimeMs >= fs.statSync(file).mtimeMs) return { encoding: 'br', body: fs.readFileSync(`${file}.br`) };
  if (!accepts(acceptEncoding, 'gzip')) return undefined;
  return { encoding: 'gzip', body: perVersion('gzip', file, () => zlib.gzipSync(fs.readFileSync(file), { level: 9 })) };
}

// A page's policy is the <meta> that scripts/csp.mjs wrote into it, plus frame-ancestors, which
// browsers ignore in a <meta>. Other files get no policy: a script's own header would govern the
// worker it starts (a service worker's fetches), not the page.
function pagePolicy(file) {
  return perVersion('csp', file, () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(fs.readFileSync(file, 'utf8'));
    const policy = meta?.[1]?.replaceAll('&#x27;', "'").replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    return [policy, "frame-ancestors 'none'"].filter(Boolean).join('; ');
  });
}

// Next's hashed build files, and the Python runtime under a folder named after its version
// (scripts/python-runtime.mjs): a changed file always comes under a new path.
const immutable = (decoded) => decoded.startsWith('/_next/static/') || /^\/pyodide\/[^/]+\/[^/]+$/.test(decoded);

function refuse(res, status, reason, extra = {}) {
  const body = `${http.STATUS_CODES[status] ?? 'Error'}: ${reason}\n`;
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(body);
}

function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, `${req.method} is not served here`, { Allow: 'GET, HEAD' });
  const target = requestPath(req.url ?? '/');
  if (target.status) return refuse(res, target.status, target.reason);
  const { raw, decoded, query } = target;
  // Pages live at /path/ (trailingSlash); send /path to /path/ like a static host would. The
  // Location is always one slash and then the path, so it stays on this origin: `//host/…`
  // would be a link to another site.
  if (!path.extname(decoded) && !decoded.endsWith('/') && resolveFile(`${decoded}/`)) {
    res.writeHead(308, { Location: `/${raw.replace(/^\/+/, '')}/${query}`, 'Content-Length': 0 });
    return res.end();
  }
  const file = resolveFile(decoded);
  const status = file ? 200 : 404;
  const body = file ?? path.join(root, '404.html');
  if (!file && !fs.existsSync(body)) return refuse(res, 404, 'no such file');
  const encoded = encodedBody(body, String(req.headers['accept-encoding'] ?? ''));
  const html = body.endsWith('.html');
  res.writeHead(status, {
    'Content-Type': types[path.extname(body)] ?? 'application/octet-stream',
    // Only a file that exists is kept for a year: a 404 for an asset of a newer build must not be.
    'Cache-Control': status === 200 && immutable(decoded) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...(compressible.test(body) ? { Vary: 'Accept-Encoding' } : {}),
    ...(html ? { 'Content-Security-Policy': pagePolicy(body) } : {}),
    ...(encoded ? { 'Content-Encoding': encoded.encoding } : {}),
    'Content-Length': encoded ? encoded.body.length : fs.statSync(body).size,
  });
  if (req.method === 'HEAD') return res.end();
  if (encoded) return res.end(encoded.body);
  fs.createReadStream(body)
    .on('error', () => res.destroy())
    .pipe(res);
}

const server = http.createServer((req, res) => {
  try {
    handle(req, res);
  } catch (error) {
    // One bad request must never take the site down for everyone after it.
    console.error(`${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
    if (!res.headersSent) refuse(res, 500, 'the server could not answer this request');
    else res.destroy();
  }
});

server.on('error', (error) => {
  console.error(`Cannot serve on ${host}:${port}: ${error.message}`);
  process.exit(1);
});

server.listen(port, host, () => {
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  console.log(`Scale to Zero is served at http://${host}:${bound}`);
});
