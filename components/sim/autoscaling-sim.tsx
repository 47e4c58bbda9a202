'use client';

// Temporary until the widget lands: says so plainly rather than pretending to simulate.
export function AutoscalingSim({ preset }: { preset: string }) {
  return (
    <div className="not-prose my-8 rounded-xl border border-dashed border-line p-6 text-sm text-muted">
      AutoscalingSim ({preset}): the live simulation is being built.
    </div>
  );
}
