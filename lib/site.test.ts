import { describe, expect, it } from 'vitest';
import { absoluteUrl, defaultSiteUrl, pageMetadata, siteUrl } from './site';

describe('siteUrl', () => {
  it('defaults to the address npm start serves', () => {
    expect(siteUrl(undefined).toString()).toBe(`${defaultSiteUrl}/`);
    expect(siteUrl('  ').toString()).toBe(`${defaultSiteUrl}/`);
  });

  it('takes an origin with or without its trailing slash', () => {
    expect(absoluteUrl('/learn/a/b/', siteUrl('https://course.example.org'))).toBe('https://course.example.org/learn/a/b/');
    expect(absoluteUrl('/sitemap.xml', siteUrl('https://course.example.org/'))).toBe('https://course.example.org/sitemap.xml');
  });

  it('refuses what the site cannot live at, saying what it needs', () => {
    expect(() => siteUrl('course.example.org')).toThrow(/SITE_URL must be an absolute URL.*got "course\.example\.org"/);
    expect(() => siteUrl('ftp://course.example.org')).toThrow(/https:\/\/ or http:\/\//);
    expect(() => siteUrl('https://example.org/course/')).toThrow(/without a path/);
    expect(() => siteUrl('https://example.org/?a=1')).toThrow(/without a path, query or fragment/);
  });
});

describe('pageMetadata', () => {
  it('gives the canonical URL, Open Graph and Twitter card with the page its own card', () => {
    const meta = pageMetadata({ title: 'Cold starts', description: 'Why new instances are slow.', path: '/learn/m/cold-starts/', card: { url: '/learn/m/cold-starts/card.png', alt: 'Cold starts' }, type: 'article' });
    expect(meta.alternates?.canonical).toBe('/learn/m/cold-starts/');
    expect(meta.openGraph).toMatchObject({ title: 'Cold starts', url: '/learn/m/cold-starts/', type: 'article', images: [{ url: '/learn/m/cold-starts/card.png', width: 1200, height: 630 }] });
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', title: 'Cold starts', images: [{ url: '/learn/m/cold-starts/card.png' }] });
  });

  it('falls back to the site card', () => {
    expect(pageMetadata({ title: 'Glossary', description: 'Terms.', path: '/glossary/' }).openGraph).toMatchObject({ images: [{ url: '/card.png' }] });
  });
});
