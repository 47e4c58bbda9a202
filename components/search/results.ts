/**
 * Pagefind's answers turned into what the search dialog shows. Pure, so it is tested without a
 * browser or an index. The types name only the fields we read from Pagefind's result data.
 */

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Absent on the sub-result for the top of the page (matches before the first heading). */
  anchor?: { id: string; element: string };
  weighted_locations?: { balanced_score: number }[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}

/** A run of excerpt text; `mark` when it is a word the learner searched for. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface SearchHit {
  url: string;
  /** The section's heading (or glossary term); the page title for a match near the top of the page. */
  title: string;
  excerpt: ExcerptPart[];
}

export interface SearchGroup {
  url: string;
  page: string;
  hits: SearchHit[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's excerpt is escaped page text with the matched words in <mark>. Split into parts so React
 * renders it as text: no HTML from the index is ever put into the page as markup.
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else if (piece) parts.push({ text: decode(piece), mark });
  }
  return parts;
}

const score = (sub: PagefindSubResult) => (sub.weighted_locations ?? []).reduce((sum, w) => sum + w.balanced_score, 0);

/**
 * One page's result: its best-matching sections first (at most `maxHits`), each linking to its
 * heading. A page with no sections (or an index without them) is one hit linking to the page.
 */
export function toGroup(data: PagefindResultData, maxHits = 3): SearchGroup {
  const page = data.meta.title?.trim() || data.url;
  const subs = data.sub_results?.length ? data.sub_results : [{ title: page, url: data.url, excerpt: data.excerpt }];
  const hits = subs
    .map((sub, order) => ({ sub, order, score: score(sub) }))
    // Best first; on a tie, the one higher up the page.
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, maxHits)
    .map(({ sub }) => ({ url: sub.url, title: sub.anchor ? sub.title.trim() : page, excerpt: parseExcerpt(sub.excerpt) }));
  return { url: data.url, page, hits };
}
