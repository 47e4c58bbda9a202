'use client';

import { useState } from 'react';

/** Copies the code block it sits in; finds the text in the DOM so the code is not shipped twice. */
export function CopyButton() {
  const [copied, setCopied] = useState(false);
  async function copy(event: React.MouseEvent<HTMLButtonElement>) {
    const block = event.currentTarget.closest('[data-code-block]');
    const text = block?.querySelector('pre code')?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text.replace(/\n$/, ''));
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  }
  return (
    <button type="button" onClick={copy} className="rounded px-2 py-1 font-medium text-muted hover:bg-bg hover:text-fg">
      <span aria-live="polite">{copied ? 'Copied!' : 'Copy'}</span>
      <span className="sr-only"> code</span>
    </button>
  );
}
