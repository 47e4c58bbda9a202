import crypto from 'node:crypto';
import { test, expect } from './fixtures';
import { allRoutes } from './routes';

// The build's SITE_URL: canonical links, cards and the sitemap use it whatever port the tests use.
const site = (process.env.SITE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');

function meta(html: string, key: string): string | undefined {
  const tag = html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`));
  return tag?.[1];
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(body: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!body.subarray(0, 8).equals(signature) || body.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

test('every route has its canonical URL, Open Graph and Twitter tags, and a 1200×630 PNG card', async ({ request }) => {
  const cards = new Set<string>();
  for (const route of allRoutes) {
    const html = await (await request.get(route)).text();
    expect(html, route).toContain(`<link rel="canonical" href="${site}${route}"/>`);
    expect(meta(html, 'og:url'), route).toBe(`${site}${route}`);
    expect(meta(html, 'og:title'), route).toBeTruthy();
    expect(meta(html, 'og:description'), route).toBeTruthy();
    expect(meta(html, 'twitter:card'), route).toBe('summary_large_image');
    const image = meta(html, 'og:image') ?? '';
    expect(image, route).toMatch(new RegExp(`^${site}/.*card\\.png$`));
    expect(meta(html, 'twitter:image'), route).toBe(image);
    expect(meta(html, 'og:image:alt'), route).toBeTruthy();
    cards.add(image.slice(site.length));
  }
  // A lesson or quiz has a card of its own; the other pages share the site's.
  expect(cards.size).toBe(allRoutes.filter((r) => r.startsWith('/learn/')).length + 1);
  for (const card of cards) {
    const response = await request.get(card);
    expect(response.headers()['content-type'], card).toBe('image/png');
    expect(pngSize(await response.body()), card).toEqual({ width: 1200, height: 630 });
  }
});

test('the sitemap lists every route once and robots.txt points to it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect([...listed].sort()).toEqual(allRoutes.map((r) => `${site}${r}`).sort());
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${site}/sitemap.xml`);
  expect(robots).toMatch(/User-Agent: \*\nAllow: \//);
});

test('the service worker keeps every route, and each kept file as it is served after the last build step', async ({ request }) => {
  const worker = await (await request.get('/sw.js')).text();
  const list = JSON.parse(worker.match(/const PRECACHE = (\[.*?\]);/)?.[1] ?? '[]') as [string, string][];
  const urls = list.map(([url]) => url);
  for (const route of allRoutes) expect(urls, route).toContain(route);
  expect(urls.filter((u) => /\.(br|txt|png|xml)$/.test(u))).toEqual([]);
  // A step that rewrote files after the list was made (a CSP in the HTML) would show here.
  for (const [url, revision] of list) {
    const body = await (await request.get(url)).body();
    expect(crypto.createHash('sha256').update(body).digest('hex').slice(0, 16), url).toBe(revision);
  }
});
