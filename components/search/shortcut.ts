/** The keys that open search: "/" outside a text field, or Ctrl+K (⌘K on a Mac) anywhere. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

interface ElementLike {
  tagName?: string;
  isContentEditable?: boolean;
  type?: string;
}

const textInputTypes = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', '']);

/** True when a keystroke in `target` types a character (so "/" there is text, not a shortcut). */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as ElementLike | null;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  return tag === 'input' && textInputTypes.has((el.type ?? '').toLowerCase());
}

export function isSearchShortcut(e: KeyLike): boolean {
  if (e.altKey) return false;
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') return true;
  return e.key === '/' && !e.ctrlKey && !e.metaKey && !isTyping(e.target);
}
