// Writes a strict Content-Security-Policy into the <head> of every page of the export. Next
// inlines 4 to 11 scripts per page (the theme, the RSC payload, the chunk list), so
// `script-src 'self'` alone would stop every page from hydrating; each page's policy lists the
// SHA-256 of exactly its own inline scripts instead, and nothing may run that the build did not
// write. Runs after compile-hints.mjs and before compress.mjs, which copies the final HTML.
//
// scripts/serve.mjs sends the same policy as a header, adding frame-ancestors (ignored in a
// <meta>). Hosts that set headers can do the same; the <meta> alone already covers scripts.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { walk } from './export-files.mjs';

const out = path.resolve(process.env.OUT_DIR ?? 'out');

/**
 * The policy of a page whose inline scripts hash to `hashes`. Besides them: same-origin scripts
 * (chunks, Pagefind loaded on demand from /pagefind/), WebAssembly (Pagefind, later Pyodide)
 * but never eval, a same-origin service worker, same-origin fetches (RSC payloads, the search
 * index). Styles keep 'unsafe-inline': React and the highlighted code write style attributes.
 */
function policy(hashes) {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes.map((h) => `'sha256-${h}'`)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

const scriptTag = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const cspMeta = /<meta http-equiv="Content-Security-Policy"[^>]*>/gi;

/** The SHA-256 (base64) of each inline script, in order, once each; what the browser hashes is
 * the element's text exactly as written, after HTML's newline normalisation. */
function inlineScriptHashes(html) {
  const hashes = [...html.matchAll(scriptTag)]
    .filter((m) => !/\ssrc\s*=/i.test(m[1] ?? ''))
    .map((m) => crypto.createHash('sha256').update((m[2] ?? '').replace(/\r\n?/g, '\n'), 'utf8').digest('base64'));
  return [...new Set(hashes)];
}

/** What the policy would block without a word at run time: inline handlers and javascript: URLs. */
function blockedMarkup(html) {
  const markup = html.replace(scriptTag, '');
  return markup.match(/<[a-z][^>]*?\son[a-z]+\s*=|(?:href|src|action)\s*=\s*["']?\s*javascript:/i)?.[0];
}

/** Returns the page with its policy as the first element after <meta charset>, and the facts. */
function withPolicy(html, file) {
  const clean = html.replace(cspMeta, '');
  const hashes = inlineScriptHashes(clean);
  const value = policy(hashes);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${value}"/>`;
  const anchor = /<meta charset="utf-8"\s*\/?>/i.exec(clean) ?? /<head[^>]*>/i.exec(clean);
  if (!anchor) throw new Error(`${file}: no <head> to put the policy in`);
  const at = anchor.index + anchor[0].length;
  // A <meta> policy governs only what comes after it.
  if (/<script\b/i.test(clean.slice(0, at))) throw new Error(`${file}: a script comes before the place for the policy`);
  const blocked = blockedMarkup(clean);
  if (blocked) throw new Error(`${file}: "${blocked}…" would be blocked by the policy; use a script file or a React handler`);
  return { html: clean.slice(0, at) + meta + clean.slice(at), scripts: hashes.length, bytes: Buffer.byteLength(value) };
}

const files = fs.existsSync(out) ? [...walk(out)].filter((f) => f.endsWith('.html')) : [];
if (files.length === 0) {
  console.error(`csp: no HTML pages under ${out}: run "next build" first`);
  process.exit(1);
}
const facts = [];
for (const file of files) {
  try {
    const page = withPolicy(fs.readFileSync(file, 'utf8'), path.relative(process.cwd(), file));
    fs.writeFileSync(file, page.html);
    facts.push(page);
  } catch (error) {
    console.error(`csp: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
const range = (key) => `${Math.min(...facts.map((f) => f[key]))}-${Math.max(...facts.map((f) => f[key]))}`;
const total = facts.reduce((n, f) => n + f.scripts, 0);
console.log(`CSP: ${files.length} pages, ${total} inline scripts hashed (${range('scripts')} a page), policy ${range('bytes')} bytes`);
