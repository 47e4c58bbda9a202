const styles = {
  note: { label: 'Note', border: 'border-l-[var(--series-1)]', icon: 'i' },
  tip: { label: 'Tip', border: 'border-l-[var(--series-3)]', icon: '✓' },
  warning: { label: 'Warning', border: 'border-l-[var(--series-2)]', icon: '!' },
} as const;

export function Callout({ type = 'note', title, children }: { type?: keyof typeof styles; title?: string; children: React.ReactNode }) {
  const style = styles[type] ?? styles.note;
  return (
    <aside className={`not-prose my-6 rounded-r-lg border border-l-4 border-line ${style.border} bg-bg-soft px-5 py-4`} aria-label={title ?? style.label}>
      <p className="flex items-center gap-2 text-sm font-bold">
        <span aria-hidden="true" className="inline-flex h-5 w-5 items-center justify-center rounded-full border border-current text-xs">
          {style.icon}
        </span>
        {title ?? style.label}
      </p>
      <div className="prose prose-sm mt-2 max-w-none [&>:first-child]:mt-0 [&>:last-child]:mb-0">{children}</div>
    </aside>
  );
}
