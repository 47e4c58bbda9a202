// Serves the static export in out/ (next start refuses an export). Directory URLs get their
// index.html, unknown paths the site's 404 page; PORT and HOST override 3000 and 127.0.0.1.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(process.env.OUT_DIR ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml', '.webmanifest': 'application/manifest+json',
};

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run "npm run build" first (npm start does both).`);
  process.exit(1);
}

function resolveFile(urlPath) {
  const clean = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const file = path.join(root, path.normalize(clean));
  if (!file.startsWith(root)) return undefined;
  for (const candidate of [file, path.join(file, 'index.html'), `${file}.html`]) {
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // Not this one; try the next form.
    }
  }
  return undefined;
}

// Text is sent compressed, as any real static host would: Brotli from the .br files that
// scripts/compress.mjs writes at build time, else gzip made once per file and kept.
const compressible = /\.(html|js|css|json|svg|txt|xml|webmanifest)$/;
const gzipped = new Map();
function encodedBody(file, acceptEncoding) {
  if (!compressible.test(file)) return undefined;
  if (/\bbr\b/.test(acceptEncoding) && fs.existsSync(`${file}.br`)) return { encoding: 'br', body: fs.readFileSync(`${file}.br`) };
  if (!/\bgzip\b/.test(acceptEncoding)) return undefined;
  if (!gzipped.has(file)) gzipped.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
  return { encoding: 'gzip', body: gzipped.get(file) };
}

const server = http.createServer((req, res) => {
  const url = req.url ?? '/';
  const pathname = url.split('?')[0] ?? '/';
  // Pages live at /path/ (trailingSlash); send /path to /path/ like a static host would.
  if (!path.extname(pathname) && !pathname.endsWith('/') && resolveFile(`${pathname}/`)) {
    res.writeHead(308, { Location: `${pathname}/${url.slice(pathname.length)}` });
    return res.end();
  }
  const file = resolveFile(url);
  const status = file ? 200 : 404;
  const body = file ?? path.join(root, '404.html');
  const immutable = url.startsWith('/_next/static/');
  const encoded = encodedBody(body, String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(status, {
    'Content-Type': types[path.extname(body)] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    Vary: 'Accept-Encoding',
    ...(encoded ? { 'Content-Encoding': encoded.encoding, 'Content-Length': encoded.body.length } : {}),
  });
  if (req.method === 'HEAD') return res.end();
  if (encoded) return res.end(encoded.body);
  fs.createReadStream(body).pipe(res);
});

server.listen(port, host, () => console.log(`Scale to Zero is served at http://${host}:${port}`));
