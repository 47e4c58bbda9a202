import Link from '@/components/intent-link';

interface Stop {
  href: string;
  title: string;
}

export function PrevNext({ prev, next }: { prev?: Stop; next?: Stop }) {
  if (!prev && !next) return null;
  return (
    <nav aria-label="Previous and next" className="mt-12 grid gap-4 border-t border-line pt-8 sm:grid-cols-2">
      {prev ? (
        <Link href={prev.href} rel="prev" className="rounded-xl border border-line p-4 hover:bg-bg-soft">
          <span className="block text-xs font-semibold uppercase tracking-wider text-muted">Previous</span>
          <span className="mt-1 block font-semibold">{prev.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={next.href} rel="next" className="rounded-xl border border-line p-4 text-right hover:bg-bg-soft">
          <span className="block text-xs font-semibold uppercase tracking-wider text-muted">Next</span>
          <span className="mt-1 block font-semibold">{next.title}</span>
        </Link>
      )}
    </nav>
  );
}
