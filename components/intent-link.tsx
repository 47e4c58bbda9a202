'use client';

import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps, FocusEvent, MouseEvent, TouchEvent } from 'react';

/**
 * next/link that prefetches on intent (hover, focus, touch) instead of on sight. A lesson shows a
 * dozen links at once (header, outline, previous/next); prefetching each as it scrolls into view
 * cost a phone several long tasks while the page was still loading. Pages are static files, so a
 * link hovered for even a moment is ready by the click.
 */
export default function Link({ href, prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const url = typeof href === 'string' ? href : undefined;
  const intent = prefetch !== false && url?.startsWith('/') === true;
  const warm = () => {
    if (intent && url) router.prefetch(url);
  };
  return (
    <NextLink
      href={href}
      prefetch={false}
      onMouseEnter={(e: MouseEvent<HTMLAnchorElement>) => {
        warm();
        onMouseEnter?.(e);
      }}
      onFocus={(e: FocusEvent<HTMLAnchorElement>) => {
        warm();
        onFocus?.(e);
      }}
      onTouchStart={(e: TouchEvent<HTMLAnchorElement>) => {
        warm();
        onTouchStart?.(e);
      }}
      {...props}
    />
  );
}
