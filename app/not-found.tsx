import type { Metadata } from 'next';
import Link from '@/components/intent-link';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'This page does not exist. Head back to the course outline.',
  robots: { index: false },
};

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-24 text-center sm:px-6">
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="mt-2 text-4xl font-bold tracking-tight">This page scaled to zero</h1>
      <p className="mt-4 text-lg text-muted">There is nothing at this address. The course is still here, though.</p>
      <div className="mt-8 flex justify-center gap-3">
        <Link href="/" className="inline-flex h-11 items-center rounded-lg bg-accent px-5 font-semibold text-accent-fg">
          Back to the course
        </Link>
        <Link href="/glossary/" className="inline-flex h-11 items-center rounded-lg border border-line px-5 font-semibold">
          Glossary
        </Link>
      </div>
    </main>
  );
}
