'use client';

import { useEffect, useId, useRef } from 'react';

/**
 * A modal question of our own (not window.confirm): the native <dialog> in modal mode gives a
 * focus trap, Escape to cancel and an inert page behind it; focus starts on the safe choice and
 * returns to the button that opened it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancel.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      // Escape fires "cancel"; keep React's state in step instead of letting the dialog close itself.
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-line bg-bg-raised p-6 text-fg shadow-xl backdrop:bg-black/50"
    >
      <h2 id={`${id}-title`} className="text-lg font-bold">
        {title}
      </h2>
      <div id={`${id}-body`} className="mt-2 text-muted">
        {children}
      </div>
      <div className="mt-6 flex flex-wrap justify-end gap-3">
        <button ref={cancel} type="button" onClick={onCancel} className="inline-flex h-11 items-center rounded-lg border border-line px-4 font-medium hover:bg-bg-soft">
          Cancel
        </button>
        <button type="button" onClick={onConfirm} className="inline-flex h-11 items-center rounded-lg bg-bad px-4 font-semibold text-bg hover:underline">
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
