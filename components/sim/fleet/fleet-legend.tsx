'use client';

/**
 * The fleet view's key: each state's swatch drawn as the canvas draws it (pattern and outline as
 * well as colour), so it reads the same in both themes and without colour.
 */
import { useId } from 'react';

const swatch = 'h-3.5 w-3.5 shrink-0';

function Starting() {
  // Several panels on a page: each pattern needs an id of its own.
  const id = `fleet-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <svg className={swatch} viewBox="0 0 14 14" aria-hidden="true">
      <defs>
        <pattern id={id} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="4" stroke="var(--series-2)" strokeWidth="2" strokeOpacity="0.6" />
        </pattern>
      </defs>
      <rect x="1" y="1" width="12" height="12" fill={`url(#${id})`} stroke="var(--series-2)" strokeWidth="2" strokeDasharray="3 2" />
    </svg>
  );
}

function Busy() {
  return (
    <svg className={swatch} viewBox="0 0 14 14" aria-hidden="true">
      <rect x="1" y="1" width="12" height="12" fill="var(--series-1)" />
      <circle cx="7" cy="7" r="1.8" fill="var(--bg-raised)" />
    </svg>
  );
}

function Idle() {
  return (
    <svg className={swatch} viewBox="0 0 14 14" aria-hidden="true">
      <rect x="2" y="2" width="10" height="10" fill="var(--bg-raised)" stroke="var(--series-3)" strokeWidth="2" />
      <rect x="4" y="8.5" width="4" height="2" fill="var(--series-3)" />
    </svg>
  );
}

function Provisioned() {
  return (
    <svg className={swatch} viewBox="0 0 14 14" aria-hidden="true">
      <rect x="0.5" y="0.5" width="13" height="13" fill="var(--bg-raised)" stroke="var(--fg)" strokeWidth="1" />
      <text x="7" y="10.5" textAnchor="middle" fontSize="10" fontWeight="700" fill="var(--fg)">
        P
      </text>
    </svg>
  );
}

function Waiting() {
  return (
    <svg className={swatch} viewBox="0 0 14 14" aria-hidden="true">
      <circle cx="7" cy="7" r="3.5" fill="var(--bg-raised)" stroke="var(--fg)" strokeWidth="1.5" />
    </svg>
  );
}

const items = [
  { label: 'starting (cold)', Icon: Starting },
  { label: 'busy', Icon: Busy },
  { label: 'idle, keep-alive left', Icon: Idle },
  { label: 'provisioned', Icon: Provisioned },
  { label: 'waiting request', Icon: Waiting },
];

export function FleetLegend() {
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted">
      {items.map(({ label, Icon }) => (
        <li key={label} className="flex items-center gap-1.5">
          <Icon />
          {label}
        </li>
      ))}
    </ul>
  );
}
