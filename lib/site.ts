import type { Metadata } from 'next';

export const siteName = 'Scale to Zero';

export const homeTitle = 'Scale to Zero — an interactive course on serverless computing';
export const homeDescription =
  'Learn serverless computing by watching it happen: live simulations of autoscaling, scale-to-zero, cold starts and cost, with lessons and quizzes.';

/** The share card of pages without their own (app/card.png/route.ts). */
const siteCard = { url: '/card.png', alt: 'Scale to Zero, an interactive course: see serverless computing behave' };

/** What `npm start` serves; share cards and the sitemap point here until SITE_URL says otherwise. */
export const defaultSiteUrl = 'http://127.0.0.1:3000';

/**
 * The origin the export is deployed at, from SITE_URL. Canonical URLs, share cards, the sitemap and
 * robots.txt need absolute addresses, and a static export cannot learn its host at run time.
 * A value the site cannot live at fails the build with a message rather than shipping wrong links.
 */
export function siteUrl(value: string | undefined = process.env.SITE_URL): URL {
  const raw = value?.trim() || defaultSiteUrl;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://course.example.org; got "${raw}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// or http://; got "${raw}".`);
  }
  // Pages link to /learn/… from the root of the host: the export has no base path to prepend.
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL must be an origin without a path, query or fragment (the site is built for the root of its host); got "${raw}".`);
  }
  return url;
}

/** An absolute address on the site for a path such as `/learn/a/b/`. */
export function absoluteUrl(path: string, base: URL = siteUrl()): string {
  return new URL(path, base).toString();
}

/**
 * Title, description, canonical URL and share card of one page. Next replaces rather than merges a
 * parent's `openGraph` and `twitter`, so every page states them in full through here. `card` is its
 * 1200×630 PNG (a `card.png` route) and what the card says; pages without their own share the site's.
 */
export function pageMetadata({ title, description, path, card = siteCard, type = 'website' }: PageFacts): Metadata {
  const image = { url: card.url, alt: card.alt, width: 1200, height: 630, type: 'image/png' };
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { type, siteName, locale: 'en', title, description, url: path, images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

interface PageFacts {
  title: string;
  description: string;
  /** The page's path, e.g. `/learn/a/b/`: its canonical URL. */
  path: string;
  card?: { url: string; alt: string };
  type?: 'website' | 'article';
}
