'use client';

import { useRef, useState } from 'react';
import type { QuizQuestionOf } from '@/lib/quiz/schema';
import { plainText, RichText } from './rich-text';

type OrderingQuestion = QuizQuestionOf<'ordering'>;

/**
 * Put items in order with "Move up" / "Move down" buttons: plain buttons work with any keyboard
 * and screen reader, where drag and drop would not. Focus follows the moved item, and a live
 * message says where it went.
 */
export function OrderingInput({ q, order, checked, onChange }: { q: OrderingQuestion; order: string[]; checked: boolean; onChange: (order: string[]) => void }) {
  const [message, setMessage] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const items = order.flatMap((id) => q.items.filter((i) => i.id === id));

  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    const [moved] = next.splice(from, 1);
    if (moved === undefined) return;
    next.splice(to, 0, moved);
    onChange(next);
    const text = plainText(q.items.find((i) => i.id === moved)?.text ?? '');
    setMessage(`${text} moved to position ${to + 1} of ${order.length}.`);
    // Focus stays on the same button of the moved item, so pressing it again keeps moving it.
    const dir = to < from ? 'up' : 'down';
    requestAnimationFrame(() => list.current?.querySelector<HTMLButtonElement>(`[data-item="${moved}"][data-dir="${dir}"]`)?.focus());
  };

  return (
    <fieldset className="min-w-0">
      <legend className="text-lg font-semibold text-balance">
        <RichText text={q.prompt} />
        <span className="mt-1 block text-sm font-normal text-muted">Move each step with its up and down buttons.</span>
      </legend>
      <ol ref={list} className="mt-4 flex flex-col gap-2">
        {items.map((item, i) => {
          const rightHere = checked && q.items[i]?.id === item.id;
          return (
            <li
              key={item.id}
              data-item={item.id}
              className={`flex items-center gap-3 rounded-lg border bg-bg-raised p-3 ${checked ? (rightHere ? 'border-2 border-ok' : 'border-2 border-bad') : 'border-line'}`}
            >
              <span aria-hidden="true" className="w-6 shrink-0 text-center font-mono font-semibold text-muted">
                {i + 1}
              </span>
              <span className="min-w-0 flex-1">
                <RichText text={item.text} />
                {checked && (
                  <span className="mt-1 block text-sm">
                    <strong className={rightHere ? 'text-ok' : 'text-bad'}>
                      <span aria-hidden="true">{rightHere ? '✓ ' : '✗ '}</span>
                      {rightHere ? 'In the right place.' : `Belongs at position ${q.items.findIndex((x) => x.id === item.id) + 1}.`}
                    </strong>{' '}
                    <span className="text-muted">
                      <RichText text={item.explanation} />
                    </span>
                  </span>
                )}
              </span>
              {!checked && (
                <span className="flex shrink-0 gap-1">
                  <MoveButton item={item.id} dir="up" label={`Move ${plainText(item.text)} up`} disabled={i === 0} onClick={() => move(i, i - 1)} />
                  <MoveButton item={item.id} dir="down" label={`Move ${plainText(item.text)} down`} disabled={i === items.length - 1} onClick={() => move(i, i + 1)} />
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p aria-live="polite" className="sr-only">
        {message}
      </p>
    </fieldset>
  );
}

function MoveButton({ item, dir, label, disabled, onClick }: { item: string; dir: 'up' | 'down'; label: string; disabled: boolean; onClick: () => void }) {
  return (
    <button
      type="button"
      data-item={item}
      data-dir={dir}
      aria-label={label}
      // aria-disabled rather than disabled: the button stays in the tab order, so focus is never lost at an end.
      aria-disabled={disabled}
      onClick={disabled ? undefined : onClick}
      className="inline-flex h-10 w-10 items-center justify-center rounded-md border border-line hover:bg-bg-soft aria-disabled:cursor-not-allowed aria-disabled:opacity-40"
    >
      <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="2">
        <path d={dir === 'up' ? 'M3 10l5-5 5 5' : 'M3 6l5 5 5-5'} />
      </svg>
    </button>
  );
}
