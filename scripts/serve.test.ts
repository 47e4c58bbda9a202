/**
 * scripts/serve.mjs as it runs under `npm start`: a real process on a loopback port, a small
 * export beside files it must never send, and raw requests (node:net) so that paths reach it
 * exactly as written, dots and bad escapes included.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawn, type ChildProcess } from 'node:child_process';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const policy = "default-src 'self'; script-src 'self' 'sha256-abc='";
const page = (title: string) =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="${policy}"/><title>${title}</title></head><body>${title}</body></html>`;
const script = 'console.log("app");\n'.repeat(50);

let dir = '';
let out = '';
let server: ChildProcess;
let port = 0;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stz-serve-'));
  out = path.join(dir, 'out');
  const write = (file: string, body: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), body);
  };
  write('out/index.html', page('home'));
  write('out/404.html', page('not found'));
  write('out/playground/index.html', page('playground'));
  write('out/evil/index.html', page('a folder that looks like a host'));
  write('out/_next/static/app.js', script);
  write('out/_next/static/app.js.br', zlib.brotliCompressSync(script));
  write('out/pyodide/1.2.3/pyodide.mjs', script);
  write('out/pyodide/1.2.3/pyodide.asm.wasm', Buffer.from([0, 97, 115, 109]));
  write('out/pyodide/loose.mjs', script);
  // What must never be served: files beside out/ whose names start like it, and a link out of it.
  write('out-secret.txt', 'SECRET-BESIDE');
  write('outbox/key.txt', 'SECRET-OUTBOX');
  write('secret.txt', 'SECRET-PARENT');
  fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(out, 'linked.txt'));

  server = spawn(process.execPath, [path.join(process.cwd(), 'scripts/serve.mjs')], {
    env: { ...process.env, OUT_DIR: out, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  port = await new Promise<number>((resolve, reject) => {
    let said = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const m = /:(\d+)\s/.exec(said);
      if (m) resolve(Number(m[1]));
    });
    server.on('exit', (code) => reject(new Error(`serve.mjs exited (${code}) before listening: ${said}`)));
  });
});

afterAll(() => {
  server?.kill();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Sends one request with the target byte for byte as given; resolves with what came back. */
function send(target: string, { method = 'GET', headers = {} as Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('connect', () => {
      const lines = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
      socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    });
    socket.on('data', (c: Buffer) => chunks.push(c));
    // A server that answers before reading all of a huge request resets the connection; what
    // it had sent by then still counts (read below on close).
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error)));
    socket.on('close', () => {
      const all = Buffer.concat(chunks);
      const end = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, end === -1 ? all.length : end).toString('latin1').split('\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head[0] ?? '')?.[1] ?? 0);
      const entries = head.slice(1).map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]);
      resolve({ status, headers: Object.fromEntries(entries), body: end === -1 ? Buffer.alloc(0) : all.subarray(end + 4) });
    });
  });
}

async function stillServing() {
  const home = await send('/');
  expect(home.status).toBe(200);
  expect(home.body.toString()).toContain('home');
  expect(server.exitCode).toBeNull();
}

const leaks = (r: Reply) => r.body.toString('latin1').includes('SECRET');

describe('serve.mjs', () => {
  it('answers 400 to malformed percent-encoding and keeps serving', async () => {
    for (const target of ['/%', '/%E0%A4%A', '/%zz/', '/playground%', '/%C0%AF']) {
      const r = await send(target);
      expect(r.status, target).toBe(400);
    }
    await stillServing();
  });

  it('never sends a file outside out/, whatever the spelling of the path', async () => {
    const targets = [
      '/../out-secret.txt',
      '/../../../out-secret.txt',
      '/..%2fout-secret.txt',
      '/%2e%2e/out-secret.txt',
      '/%2E%2E%2Foutbox%2Fkey.txt',
      '/./../outbox/key.txt',
      '/playground/../../secret.txt',
      '/..%5csecret.txt',
      '/%00../secret.txt',
      'http://127.0.0.1/../out-secret.txt',
      '/linked.txt',
    ];
    for (const target of targets) {
      const r = await send(target);
      expect(leaks(r), target).toBe(false);
      expect([400, 404], target).toContain(r.status);
    }
    // An absolute-form target's authority is not a path: these ask for the home page.
    for (const target of ['http://..%2f..%2fout-secret.txt', 'http://a%2f..%2f..%2foutbox%2fkey.txt']) {
      const r = await send(target);
      expect(leaks(r), target).toBe(false);
      expect(r.body.toString(), target).toContain('home');
    }
    await stillServing();
  });

  it('sends no file from outside out/ for any path built from dots, slashes and escapes', async () => {
    const piece = fc.constantFrom('/', '..', '.', '%2e', '%2E', '%2f', '%5c', '%', 'out-secret.txt', 'outbox', 'key.txt', 'secret.txt', 'linked.txt', 'out', 'http://');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { minLength: 1, maxLength: 10 }), async (pieces) => {
        const r = await send(`/${pieces.join('')}`);
        expect(leaks(r)).toBe(false);
        expect(r.status).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
    await stillServing();
  });

  it('redirects only to a path on the same origin', async () => {
    const cases: [string, string | undefined][] = [
      ['/playground', '/playground/'],
      ['/playground?seed=4', '/playground/?seed=4'],
      ['//playground', '/playground/'],
      ['//evil', '/evil/'],
      ['///evil', '/evil/'],
      ['/%2fevil', '/%2fevil/'],
      ['//evil.com/x%2f..%2f..%2f/playground', undefined],
      ['//evil.com/playground', undefined],
    ];
    for (const [target, location] of cases) {
      const r = await send(target);
      if (location) {
        expect(r.status, target).toBe(308);
        expect(r.headers.location, target).toBe(location);
      } else {
        expect(r.status, target).not.toBe(308);
      }
      if (r.headers.location) expect(r.headers.location, target).toMatch(/^\/(?![/\\])/);
    }
  });

  it('refuses over-long URLs and keeps serving', async () => {
    expect((await send(`/${'a'.repeat(5000)}`)).status).toBe(414);
    // Past Node's header limit the request never reaches the handler: Node answers 431 and
    // closes, and the reset may come before the client reads the answer.
    const huge = await send(`/${'a'.repeat(100_000)}`);
    expect([431, 0]).toContain(huge.status);
    expect(huge.body.toString()).not.toContain('home');
    await stillServing();
  });

  it('answers 405 with Allow to every method but GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
      const r = await send('/', { method });
      expect(r.status, method).toBe(405);
      expect(r.headers.allow, method).toBe('GET, HEAD');
      expect(r.body.toString(), method).not.toContain('home');
    }
    const head = await send('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(page('home')));
  });

  it('keeps only existing build assets for a year', async () => {
    const missing = await send('/_next/static/gone.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-cache');
    const present = await send('/_next/static/app.js');
    expect(present.status).toBe(200);
    expect(present.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await send('/')).headers['cache-control']).toBe('no-cache');
  });

  it('keeps the Python runtime for a year under its versioned folder, as a module script and wasm', async () => {
    const loader = await send('/pyodide/1.2.3/pyodide.mjs');
    expect(loader.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // A module script with any other type is refused by the browser.
    expect(loader.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const wasm = await send('/pyodide/1.2.3/pyodide.asm.wasm');
    expect(wasm.headers['content-type']).toBe('application/wasm');
    expect(wasm.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // Only a file inside a version's folder is immutable; a missing one never is.
    expect((await send('/pyodide/loose.mjs')).headers['cache-control']).toBe('no-cache');
    expect((await send('/pyodide/1.2.3/gone.wasm')).headers['cache-control']).toBe('no-cache');
  });

  it('sends the Brotli copy to browsers that accept it, gzip or plain to others', async () => {
    const br = await send('/_next/static/app.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(script);
    const refused = await send('/_next/static/app.js', { headers: { 'Accept-Encoding': 'br;q=0, gzip' } });
    expect(refused.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(refused.body).toString()).toBe(script);
    const plain = await send('/_next/static/app.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it("sends each page's policy as a header, with frame-ancestors, and none on other files", async () => {
    const home = await send('/');
    expect(home.headers['content-security-policy']).toBe(`${policy}; frame-ancestors 'none'`);
    const missing = await send('/nowhere/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('not found');
    expect(missing.headers['content-security-policy']).toBe(`${policy}; frame-ancestors 'none'`);
    expect((await send('/_next/static/app.js')).headers['content-security-policy']).toBeUndefined();
  });

  it('follows a rebuild while it runs: new policy, new gzip', async () => {
    const file = path.join(out, 'resources/index.html');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, page('resources'));
    const gzip = { headers: { 'Accept-Encoding': 'gzip' } };
    expect((await send('/resources/')).headers['content-security-policy']).toBe(`${policy}; frame-ancestors 'none'`);
    expect(zlib.gunzipSync((await send('/resources/', gzip)).body).toString()).toContain('resources');
    fs.writeFileSync(file, page('rebuilt').replace("'sha256-abc='", "'sha256-rebuilt='"));
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect((await send('/resources/')).headers['content-security-policy']).toContain("'sha256-rebuilt='");
    expect(zlib.gunzipSync((await send('/resources/', gzip)).body).toString()).toContain('rebuilt');
    // Its Brotli copy, still from the build before, is not sent with the new page's policy.
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(page('resources')));
    fs.utimesSync(`${file}.br`, new Date(), new Date(Date.now() - 5000));
    const br = await send('/resources/', { headers: { 'Accept-Encoding': 'br' } });
    expect(br.headers['content-encoding']).toBeUndefined();
    expect(br.body.toString()).toContain('rebuilt');
  });
});
