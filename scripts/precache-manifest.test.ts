import { describe, expect, it } from 'vitest';
import { revision, selectPrecache, urlFor } from './precache-manifest.mjs';

const exportListing = [
  'index.html',
  'index.html.br',
  'index.txt',
  '__next._tree.txt',
  '404.html',
  '404/index.html',
  '_not-found/index.html',
  'learn/a/b/index.html',
  'learn/a/b/index.txt',
  'learn/a/b/__next.learn.$d$module.$d$lesson.__PAGE__.txt',
  'learn/a/b/card.png',
  'card.png',
  'icon.svg',
  'sitemap.xml',
  'robots.txt',
  'sw.js',
  'sw.js.br',
  '_next/static/chunks/app.js',
  '_next/static/chunks/app.js.br',
  '_next/static/chunks/polyfills.js',
  '_next/static/chunks/site.css',
  '_next/static/media/inter.woff2',
  '_next/static/media/icon.123.svg',
  'pagefind/pagefind.js',
  'pagefind/wasm.en.pagefind',
  'pagefind/index/en_1.pf_index',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-entry.json.br',
  'python/files.json',
  'python/files.json.br',
  'exercises/http-server/health-check.json',
  'pyodide/314.0.7/pyodide.mjs',
  'pyodide/314.0.7/pyodide.asm.mjs',
  'pyodide/314.0.7/pyodide.asm.wasm',
  'pyodide/314.0.7/python_stdlib.zip',
  'pyodide/314.0.7/pyodide-lock.json',
  'pyodide/314.0.7/other.js',
];

describe('selectPrecache', () => {
  const kept = selectPrecache(exportListing, new Set(['_next/static/chunks/polyfills.js']));

  it('keeps pages, scripts, styles, the font, icons, the search index and the small exercise data', () => {
    expect(kept).toEqual([
      '_next/static/chunks/app.js',
      '_next/static/chunks/site.css',
      '_next/static/media/icon.123.svg',
      '_next/static/media/inter.woff2',
      'exercises/http-server/health-check.json',
      'icon.svg',
      'index.html',
      'learn/a/b/index.html',
      'pagefind/index/en_1.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
      'python/files.json',
    ]);
  });

  it('leaves the Python runtime (6 MB) to the first Run, whatever its files are called', () => {
    expect(kept.filter((p) => p.startsWith('pyodide/'))).toEqual([]);
  });

  it('leaves out Brotli copies, RSC payloads, share cards, the worker itself and skipped files', () => {
    for (const left of ['index.html.br', 'index.txt', 'learn/a/b/card.png', 'sitemap.xml', 'robots.txt', 'sw.js', '_next/static/chunks/polyfills.js', '404.html']) {
      expect(kept).not.toContain(left);
    }
  });
});

describe('urlFor', () => {
  it('requests a page at its directory and any other file at its path', () => {
    expect(urlFor('index.html')).toBe('/');
    expect(urlFor('learn/a/b/index.html')).toBe('/learn/a/b/');
    expect(urlFor('_next/static/chunks/app.js')).toBe('/_next/static/chunks/app.js');
  });
});

describe('revision', () => {
  it('is stable for the same bytes and changes with any byte', () => {
    const html = Buffer.from('<!doctype html><meta http-equiv="Content-Security-Policy" content="a">');
    expect(revision(html)).toBe(revision(Buffer.from(html)));
    expect(revision(html)).toMatch(/^[0-9a-f]{16}$/);
    expect(revision(Buffer.from(`${html.toString()} `))).not.toBe(revision(html));
  });
});
