import type { ExcerptPart, SearchGroup } from './results';

/**
 * Results grouped by page, each hit a plain link to its section's heading. Plain <a>, not the
 * router's Link: the browser's own fragment navigation scrolls the heading into view and moves the
 * keyboard's starting point there, on this page or another.
 */
export function SearchResults({ groups, onPick }: { groups: SearchGroup[]; onPick: () => void }) {
  if (groups.length === 0) return null;
  return (
    <ul aria-label="Results" className="min-h-0 flex-1 space-y-4 overflow-y-auto border-t border-line px-4 py-4">
      {groups.map((group) => (
        <li key={group.url}>
          <p className="text-xs font-semibold uppercase tracking-wider text-muted">{group.page}</p>
          <ul className="mt-1.5 space-y-1.5">
            {group.hits.map((hit) => (
              <li key={hit.url}>
                <a
                  href={hit.url}
                  data-search-hit=""
                  onClick={onPick}
                  className="block rounded-lg border border-line px-3 py-2 hover:border-accent hover:bg-accent-soft focus-visible:bg-accent-soft"
                >
                  <span className="block font-semibold text-accent">
                    {hit.title}
                    {hit.title !== group.page && <span className="sr-only">, in {group.page}</span>}
                  </span>
                  <Excerpt parts={hit.excerpt} />
                </a>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function Excerpt({ parts }: { parts: ExcerptPart[] }) {
  if (parts.length === 0) return null;
  return (
    <span className="mt-0.5 block text-sm text-muted">
      {parts.map((part, i) =>
        part.mark ? (
          <mark key={i} className="rounded-sm bg-accent-soft px-0.5 font-semibold text-fg">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}
