import Link from '@/components/intent-link';
import { OfflineStatus } from '@/components/offline/offline-status';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line">
      <div className="mx-auto flex max-w-[1440px] flex-wrap items-center gap-x-6 gap-y-2 px-4 py-8 text-sm text-muted sm:px-6">
        <p>Scale to Zero — an interactive course on serverless computing.</p>
        <nav aria-label="Footer" className="flex gap-4">
          <Link href="/glossary/" className="underline-offset-4 hover:underline">Glossary</Link>
          <Link href="/resources/" className="underline-offset-4 hover:underline">Reading list</Link>
          <Link href="/progress/" className="underline-offset-4 hover:underline">Your progress</Link>
        </nav>
        <OfflineStatus />
      </div>
    </footer>
  );
}
