import Link from '@/components/intent-link';

/** A word linked to its glossary entry; the dotted underline says "defined elsewhere". */
export function Term({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <Link href={`/glossary/#${id}`} className="text-inherit decoration-dotted underline-offset-4 hover:text-accent">
      {children}
    </Link>
  );
}
