import type { Metadata, Viewport } from 'next';
import { inter } from './fonts';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { ThemeScript } from '@/components/layout/theme-script';
import { ProgressNotice } from '@/components/progress/progress-notice';
import { HydrationMarker } from '@/components/layout/hydration-marker';
import { homeDescription, homeTitle, siteUrl } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  // Absolute URLs for canonical links and share cards; SITE_URL sets it at build time (README, Deploying).
  metadataBase: siteUrl(),
  title: { default: homeTitle, template: '%s · Scale to Zero' },
  description: homeDescription,
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#101217' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={inter.variable} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen bg-bg text-fg antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-accent px-4 py-2 text-accent-fg focus:not-sr-only focus:fixed focus:left-4 focus:top-3"
        >
          Skip to content
        </a>
        <SiteHeader />
        <ProgressNotice />
        {children}
        <SiteFooter />
        <HydrationMarker />
      </body>
    </html>
  );
}
