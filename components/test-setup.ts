import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

/**
 * The browser features jsdom lacks that the components use, stubbed the way a quiet desktop
 * browser would answer: no reduced motion, every element on screen, charts at their initial size.
 * The component code is not changed for jsdom.
 */

// Waits end as soon as their condition holds; the limit is for a machine busy with other work.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// Charts measure their box; jsdom lays nothing out, so every observed box is a desktop chart's.
class StubResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const [width, height] = [600, 200];
    const contentRect = { x: 0, y: 0, width, height, top: 0, left: 0, right: width, bottom: height, toJSON: () => ({}) };
    this.callback([{ target, contentRect, borderBoxSize: [], contentBoxSize: [], devicePixelContentBoxSize: [] }], this);
  }
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

// jsdom has no canvas (it reports every getContext as not implemented): a context-less canvas,
// as a browser gives when out of memory, so the fleet view runs everything but the drawing.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
