import { shareCard } from '@/lib/share-card';

// Written once at build time, as the lesson cards are (see their route for why not opengraph-image).
export const dynamic = 'force-static';

/** The card of every page without its own: home, playground, glossary, reading list, progress. */
export function GET() {
  const here = 'app/card.png/route.ts';
  return shareCard({
    kicker: 'An interactive course',
    title: 'See serverless computing behave',
    summary: 'Short lessons beside live simulations of autoscaling, scale-to-zero, cold starts and cost, and a quiz at the end of each module.',
    source: { kicker: here, title: here, summary: here },
  });
}
