import type { ReactNode } from 'react';

/** A wide table that scrolls sideways on a phone; focusable so the keyboard can scroll it too. */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="mt-4 overflow-x-auto rounded-lg border border-line" tabIndex={0} role="region" aria-label={label}>
      <table className="w-full border-collapse text-left text-sm">{children}</table>
    </div>
  );
}

export const th = 'whitespace-nowrap bg-bg-soft px-3 py-2 font-semibold';
export const td = 'border-t border-line px-3 py-2 align-top';
