/** Button looks shared by the quiz and the progress page, so both read as one site. */
export const primaryButton =
  'inline-flex h-11 items-center justify-center rounded-lg bg-accent px-5 font-semibold text-accent-fg shadow-sm hover:bg-accent-hover disabled:opacity-60';
export const secondaryButton =
  'inline-flex h-11 items-center justify-center rounded-lg border border-line bg-bg px-4 font-medium hover:bg-bg-soft disabled:opacity-60';
