'use client';

import { Component, lazy, Suspense, useState, type ReactNode } from 'react';
import { useNear } from '@/components/mdx/use-near';

export interface ExerciseProps {
  id: string;
  title: string;
  start: string;
  timeLimitMs: number;
}

// The editor (CodeMirror with the panel, about 155 kB gzip) and the runner load only on pages with an exercise, when
// it comes near the viewport or its code is focused. Python itself waits for the first Run.
const loadPanel = () => import('./exercise-panel').then((m) => ({ default: m.ExercisePanel }));

/** A failed chunk load (offline before the editor was ever fetched) says so, with a way to retry. */
class PanelBoundary extends Component<{ children: ReactNode }, { failed: boolean; attempt: number }> {
  state = { failed: false, attempt: 0 };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    if (!this.state.failed) return <div key={this.state.attempt}>{this.props.children}</div>;
    return (
      <div role="alert" className="mt-3 rounded-lg border-2 border-bad/60 bg-bg-raised p-3 text-sm">
        <p className="font-bold text-bad">The code editor could not load.</p>
        <p className="mt-1">Check your connection, then try again. The starting code is shown above in the lesson text.</p>
        <button type="button" className="mt-2 rounded-md border border-line px-3 py-1.5 font-medium" onClick={() => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }))}>
          Try again
        </button>
      </div>
    );
  }
}

export function PythonExerciseIsland(props: ExerciseProps) {
  const { ref, near } = useNear<HTMLPreElement>();
  const [focused, setFocused] = useState(false);
  const [Panel] = useState(() => lazy(loadPanel));
  const placeholder = (
    <div data-exercise-placeholder="">
      <p className="mt-3 text-xs text-muted">Starting code (the editor loads when you reach it):</p>
      {/* Focusable so a keyboard user can scroll it, and focusing it brings the editor at once. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <pre ref={ref} tabIndex={0} onFocus={() => setFocused(true)} className="mt-1 overflow-x-auto rounded-lg border border-line bg-bg-raised p-3 font-mono text-[0.85rem] leading-relaxed">
        <code>{props.start}</code>
      </pre>
    </div>
  );
  if (!near && !focused) return placeholder;
  return (
    <PanelBoundary>
      <Suspense fallback={placeholder}>
        <Panel {...props} focusOnMount={focused} />
      </Suspense>
    </PanelBoundary>
  );
}
