import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * The fleet view draws with the site's colour tokens (painter.ts reads them from app/globals.css).
 * In both themes its shapes need 3:1 against the panel and its words 4.5:1 against what they sit on.
 */
const css = readFileSync(new URL('../../../app/globals.css', import.meta.url), 'utf8');

function tokens(selector: string): Record<string, string> {
  const block = new RegExp(`${selector.replace('.', '\\.')}\\s*{([^}]*)}`).exec(css)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1] as string, m[2] as string]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe.each([
  ['light', ':root'],
  ['dark', '.dark'],
])('fleet view colours, %s theme', (_, selector) => {
  const t = tokens(selector);
  const need = (fg: string, bg: string) => {
    const a = t[fg];
    const b = t[bg];
    if (!a || !b) throw new Error(`no --${fg} or --${bg} in ${selector}`);
    return contrast(a, b);
  };

  it('starting, busy and idle shapes stand out from the panel (3:1)', () => {
    for (const state of ['series-1', 'series-2', 'series-3', 'fg-muted']) expect(need(state, 'bg-raised')).toBeGreaterThanOrEqual(3);
  });

  it('words read at 4.5:1: counts on busy cells, the P chip, captions and the request line', () => {
    expect(need('bg-raised', 'series-1')).toBeGreaterThanOrEqual(4.5);
    expect(need('fg', 'bg-raised')).toBeGreaterThanOrEqual(4.5);
    expect(need('fg-muted', 'bg-raised')).toBeGreaterThanOrEqual(4.5);
    expect(need('bad', 'bg-raised')).toBeGreaterThanOrEqual(4.5);
  });
});
