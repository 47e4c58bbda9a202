export function Figure({ caption, children }: { caption: string; children: React.ReactNode }) {
  return (
    <figure className="not-prose my-8 rounded-xl border border-line bg-bg-raised p-4 text-fg">
      <div className="overflow-x-auto">{children}</div>
      <figcaption className="mt-3 text-sm text-muted">{caption}</figcaption>
    </figure>
  );
}
