'use client';

import { useEffect, useRef } from 'react';
import { basicSetup } from 'codemirror';
import { EditorView, keymap } from '@codemirror/view';
import { EditorSelection, Prec } from '@codemirror/state';
import { indentWithTab } from '@codemirror/commands';
import { syntaxHighlighting } from '@codemirror/language';
import { python } from '@codemirror/lang-python';
import { classHighlighter } from '@lezer/highlight';

/** What the exercise panel may do to the editor from outside. */
export interface EditorHandle {
  getCode(): string;
  /** Replaces the whole text as one undoable change. */
  setCode(code: string): void;
  /** Puts the cursor at the start of a line (1-based) and focuses the editor. */
  goToLine(line: number): void;
  focus(): void;
}

// Colours come from the site's theme (globals.css, .py-editor): the editor follows the light/dark toggle.
const theme = EditorView.theme({
  '&': { fontSize: '0.85rem', backgroundColor: 'var(--bg-raised)', color: 'var(--fg)' },
  '.cm-content': { fontFamily: 'var(--font-mono, ui-monospace, monospace)', caretColor: 'var(--fg)', padding: '0.5rem 0' },
  '.cm-gutters': { backgroundColor: 'var(--bg-soft)', color: 'var(--fg-muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLine': { backgroundColor: 'var(--code-highlight)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--code-highlight)', color: 'var(--fg)' },
  '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--fg)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'var(--accent-soft)' },
  '.cm-scroller': { lineHeight: '1.6', minHeight: '10rem', maxHeight: '28rem' },
});

export function CodeEditor({
  initial,
  label,
  describedBy,
  onChange,
  onRun,
  handleRef,
}: {
  initial: string;
  label: string;
  describedBy: string;
  onChange: (code: string) => void;
  onRun: () => void;
  handleRef: React.RefObject<EditorHandle | null>;
}) {
  const host = useRef<HTMLDivElement>(null);
  // The editor is made once; these keep its callbacks current without remaking it.
  const change = useRef(onChange);
  const run = useRef(onRun);
  useEffect(() => {
    change.current = onChange;
    run.current = onRun;
  });

  useEffect(() => {
    if (!host.current) return;
    const view = new EditorView({
      doc: initial,
      parent: host.current,
      extensions: [
        // Ctrl/Cmd+Enter runs wherever the cursor is, before any binding of Enter sees it.
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (run.current(), true) }])),
        basicSetup,
        // Tab indents, as in any code editor; Escape then Tab leaves (CodeMirror's tab-focus mode).
        keymap.of([indentWithTab]),
        python(),
        syntaxHighlighting(classHighlighter),
        theme,
        // tabindex changes nothing for the browser (contenteditable is focusable already) but tells
        // checkers such as axe that a long file's scroller can be reached by keyboard.
        EditorView.contentAttributes.of({ 'aria-label': label, 'aria-describedby': describedBy, tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) change.current(update.state.doc.toString());
        }),
      ],
    });
    handleRef.current = {
      getCode: () => view.state.doc.toString(),
      setCode: (code) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } }),
      goToLine: (line) => {
        const at = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
        view.dispatch({ selection: EditorSelection.cursor(at.from), scrollIntoView: true });
        view.focus();
      },
      focus: () => view.focus(),
    };
    return () => {
      handleRef.current = null;
      view.destroy();
    };
    // Made once per mount: later changes of `initial` come through setCode.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return <div ref={host} className="py-editor overflow-hidden rounded-lg border border-line" />;
}
