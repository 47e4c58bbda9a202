import { describe, expect, it } from 'vitest';
import { parseExcerpt, toGroup, type PagefindResultData } from './results';
import { isSearchShortcut, isTyping } from './shortcut';

describe('parseExcerpt', () => {
  it('splits marked words from the text around them', () => {
    expect(parseExcerpt('the <mark>keep-alive</mark> period, then <mark>idle</mark>')).toEqual([
      { text: 'the ', mark: false },
      { text: 'keep-alive', mark: true },
      { text: ' period, then ', mark: false },
      { text: 'idle', mark: true },
    ]);
  });

  it('decodes escaped text and never turns it into markup', () => {
    const parts = parseExcerpt('a &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#x27; &bogus;');
    expect(parts).toEqual([{ text: `a <script>alert(1)</script> & "x" 'y' &bogus;`, mark: false }]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(parseExcerpt('')).toEqual([]);
  });
});

describe('toGroup', () => {
  const data: PagefindResultData = {
    url: '/learn/m/scale-to-zero/',
    excerpt: 'page <mark>keep-alive</mark>',
    meta: { title: 'Scale to zero' },
    sub_results: [
      { title: 'Scale to zero', url: '/learn/m/scale-to-zero/', excerpt: 'top <mark>keep-alive</mark>', weighted_locations: [{ balanced_score: 5 }] },
      { title: 'From busy to idle', url: '/learn/m/scale-to-zero/#busy', excerpt: 'a', anchor: { id: 'busy', element: 'h2' }, weighted_locations: [{ balanced_score: 1 }] },
      { title: 'The keep-alive trade-off', url: '/learn/m/scale-to-zero/#trade-off', excerpt: 'b', anchor: { id: 'trade-off', element: 'h2' }, weighted_locations: [{ balanced_score: 9 }, { balanced_score: 9 }] },
      { title: 'Provisioned', url: '/learn/m/scale-to-zero/#provisioned', excerpt: 'c', anchor: { id: 'provisioned', element: 'h2' }, weighted_locations: [{ balanced_score: 5 }] },
    ],
  };

  it('puts the best-matching sections first and keeps at most maxHits', () => {
    const group = toGroup(data, 3);
    expect(group.page).toBe('Scale to zero');
    expect(group.hits.map((h) => h.url)).toEqual(['/learn/m/scale-to-zero/#trade-off', '/learn/m/scale-to-zero/', '/learn/m/scale-to-zero/#provisioned']);
    expect(group.hits[0]?.title).toBe('The keep-alive trade-off');
  });

  it('breaks ties by order on the page', () => {
    expect(toGroup(data, 4).hits.map((h) => h.url).slice(1, 3)).toEqual(['/learn/m/scale-to-zero/', '/learn/m/scale-to-zero/#provisioned']);
  });

  it('links a page without sections to the page itself', () => {
    const group = toGroup({ url: '/glossary/', excerpt: 'the <mark>term</mark>', meta: {} });
    expect(group).toEqual({ url: '/glossary/', page: '/glossary/', hits: [{ url: '/glossary/', title: '/glossary/', excerpt: [{ text: 'the ', mark: false }, { text: 'term', mark: true }] }] });
  });
});

describe('search shortcut', () => {
  const key = (k: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: unknown }> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    target: { tagName: 'BODY' },
    ...extra,
  }) as Parameters<typeof isSearchShortcut>[0];

  it('opens on "/" and on Ctrl+K or ⌘K', () => {
    expect(isSearchShortcut(key('/'))).toBe(true);
    expect(isSearchShortcut(key('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }))).toBe(true);
  });

  it('leaves "/" to text fields, and other keys alone', () => {
    expect(isSearchShortcut(key('/', { target: { tagName: 'INPUT', type: 'text' } }))).toBe(false);
    expect(isSearchShortcut(key('/', { target: { tagName: 'TEXTAREA' } }))).toBe(false);
    expect(isSearchShortcut(key('/', { target: { tagName: 'DIV', isContentEditable: true } }))).toBe(false);
    expect(isSearchShortcut(key('k'))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSearchShortcut(key('/', { ctrlKey: true }))).toBe(false);
  });

  it('treats a slider or a checkbox as not typing', () => {
    expect(isTyping({ tagName: 'INPUT', type: 'range' } as unknown as EventTarget)).toBe(false);
    expect(isTyping({ tagName: 'INPUT', type: 'checkbox' } as unknown as EventTarget)).toBe(false);
    expect(isTyping({ tagName: 'INPUT', type: 'number' } as unknown as EventTarget)).toBe(true);
    expect(isTyping(null)).toBe(false);
  });
});
