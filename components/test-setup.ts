import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

/**
 * The browser features jsdom lacks that the components use, stubbed the way a quiet desktop
 * browser would answer: no reduced motion, every element on screen, charts at their initial size.
 * The component code is not changed for jsdom.
 */

afterEach(() => {
  cleanup();
  localStorage.clear();
});

class StubResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
vi.stubGlobal('ResizeObserver', StubResizeObserver);

vi.stubGlobal('matchMedia', (query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addEventListener: () => {},
  removeEventListener: () => {},
  addListener: () => {},
  removeListener: () => {},
  dispatchEvent: () => false,
}));

// Links prefetch through the app router, which only a Next page provides; here a click is enough.
vi.mock('next/navigation', () => ({ useRouter: () => ({ prefetch: () => {}, push: () => {}, replace: () => {} }), usePathname: () => '/' }));
