/**
 * Quiz text with `backticks` for code, the one markup quiz files allow. Code becomes a real
 * <code> element: screen readers read it out like any text, and it looks like code.
 */
export function RichText({ text }: { text: string }) {
  const parts = text.split(/(`[^`]+`)/g).filter(Boolean);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('`') && part.endsWith('`') && part.length > 2 ? (
          <code key={i} className="rounded border border-line bg-bg-soft px-1 py-0.5 font-mono text-[0.9em]">
            {part.slice(1, -1)}
          </code>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}

/** Plain text for places that cannot hold markup (aria-label, announcements). */
export function plainText(text: string): string {
  return text.replace(/`([^`]+)`/g, '$1');
}
