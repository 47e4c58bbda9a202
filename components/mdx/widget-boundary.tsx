'use client';

import { Component, type ReactNode } from 'react';

/** A widget that throws shows its error inside its own box; the lesson around it keeps working. */
export class WidgetBoundary extends Component<{ name: string; children: ReactNode }, { error?: Error }> {
  state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="not-prose my-8 rounded-xl border-2 border-bad/60 bg-bg-soft p-5 text-sm">
        <p className="font-bold text-bad">The {this.props.name} simulation could not start.</p>
        <p className="mt-1 text-muted">{this.state.error.message}</p>
        <button type="button" className="mt-3 rounded-md border border-line px-3 py-1.5 font-medium" onClick={() => this.setState({ error: undefined })}>
          Try again
        </button>
      </div>
    );
  }
}

/** Same size as a loaded widget panel, so nothing jumps when the chart code arrives. */
export function WidgetPlaceholder({ label }: { label: string }) {
  return (
    <div className="not-prose my-8 h-[var(--widget-height,640px)] animate-pulse rounded-xl border border-line bg-bg-soft motion-reduce:animate-none" aria-busy="true">
      <span className="sr-only">Loading the {label} simulation…</span>
    </div>
  );
}
