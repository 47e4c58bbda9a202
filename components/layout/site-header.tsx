import Link from '@/components/intent-link';
import { SearchButton } from '@/components/search/search-button';
import { ThemeToggle } from './theme-toggle';

const nav = [
  { href: '/', label: 'Course' },
  { href: '/playground/', label: 'Playground' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/resources/', label: 'Resources' },
];

export function SiteHeader() {
  return (
    <header className="z-30 border-b border-line bg-bg/95 backdrop-blur supports-[backdrop-filter]:bg-bg/80 md:sticky md:top-0">
      <div className="mx-auto flex h-16 max-w-[1440px] items-center gap-4 px-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-base font-bold tracking-tight text-fg">
          <Logo />
          Scale to Zero
        </Link>
        <SiteNav className="ml-auto hidden items-center gap-1 md:flex" />
        <div className="ml-auto flex items-center gap-2 md:ml-2">
          <SearchButton />
          <ThemeToggle />
        </div>
      </div>
      {/* Phones: the same links on a row of their own, so nothing hides behind a second menu. */}
      <SiteNav className="flex gap-1 overflow-x-auto px-2 pb-2 md:hidden" />
    </header>
  );
}

function SiteNav({ className }: { className: string }) {
  return (
    <nav aria-label="Site" className={className}>
      {nav.map((item) => (
        <Link key={item.href} href={item.href} className="shrink-0 rounded-md px-3 py-2 text-sm font-medium text-muted hover:bg-bg-soft hover:text-fg">
          {item.label}
        </Link>
      ))}
    </nav>
  );
}

function Logo() {
  return (
    <svg aria-hidden="true" width="26" height="26" viewBox="0 0 32 32">
      <rect x="3" y="18" width="5" height="10" rx="1.5" fill="var(--series-1)" />
      <rect x="10" y="10" width="5" height="18" rx="1.5" fill="var(--series-1)" />
      <rect x="17" y="20" width="5" height="8" rx="1.5" fill="var(--series-6)" />
      <rect x="24" y="26" width="5" height="2" rx="1" fill="var(--series-6)" />
    </svg>
  );
}

export const siteNav = nav;
