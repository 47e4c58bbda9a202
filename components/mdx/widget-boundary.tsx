'use client';

import { Component, Fragment, useId, type ReactNode, type Ref } from 'react';
import { technicalText, widgetErrorAdvice } from '@/components/sim/model/widget-error';

/** A widget that throws shows its error inside its own box; the lesson around it keeps working. */
export class WidgetBoundary extends Component<{ name: string; children: ReactNode }, { error?: Error; attempt: number }> {
  state: { error?: Error; attempt: number } = { attempt: 0 };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    // A new key on retry remounts the widget, so a load that failed is tried afresh.
    const { error } = this.state;
    if (!error) return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
    // Plain words and the way out first; the browser's message (chunk names, module numbers)
    // only for whoever opens the details, say to quote it in a bug report.
    return (
      <div role="alert" className="not-prose my-8 rounded-xl border-2 border-bad/60 bg-bg-soft p-5 text-sm">
        <p className="font-bold text-bad">The {this.props.name} simulation could not start.</p>
        <p className="mt-1">{widgetErrorAdvice(error)}</p>
        <button type="button" className="mt-3 rounded-md border border-line px-3 py-1.5 font-medium" onClick={() => this.setState((s) => ({ error: undefined, attempt: s.attempt + 1 }))}>
          Try again
        </button>
        <details className="mt-3 text-muted">
          <summary className="cursor-pointer">Technical details</summary>
          <p className="mt-1 font-mono text-xs break-words">{technicalText(error)}</p>
        </details>
      </div>
    );
  }
}

/**
 * A widget's words before its code arrives, handed down from the server (which reads the widget
 * registry), so the page's first script does not carry the registry.
 */
export interface WidgetNames {
  title: string;
  blurb: string;
  /** The preset's label. */
  label?: string;
}

/**
 * Stands where a widget will be, at the height of a loaded panel so nothing jumps when the chart
 * code arrives. It is already the widget's named region, so a screen reader's landmark list and
 * the page's outline are the same before and after.
 */
export function WidgetPlaceholder({ names, ref }: { names: WidgetNames; ref?: Ref<HTMLElement> }) {
  const { title, blurb, label } = names;
  const titleId = useId();
  return (
    <section
      ref={ref}
      aria-labelledby={titleId}
      aria-busy="true"
      data-widget-placeholder=""
      className="not-prose my-8 flex h-[var(--widget-height,640px)] flex-col gap-1 rounded-xl border border-line bg-bg-soft p-4 sm:p-5"
    >
      <p id={titleId} className="text-base font-bold">
        Simulation: {title}
        {label && <span className="font-normal text-muted"> · {label}</span>}
      </p>
      <p className="text-sm text-muted">{blurb}</p>
      <p data-placeholder-status="" className="mt-6 text-sm text-muted">
        Loading the simulation…
      </p>
      {/* Pulses behind the words, never through them: a fading label would fail contrast. */}
      <div aria-hidden="true" className="mt-4 flex-1 animate-pulse rounded-lg bg-line/40 motion-reduce:animate-none" />
    </section>
  );
}
