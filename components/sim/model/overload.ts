/**
 * The plain-words warning for a configuration that can never keep up: requests arrive faster
 * than every instance it may run can serve them, so the excess piles up or is turned away for as
 * long as the traffic lasts. Judged from the settings, before a run starts.
 */
import { loadOf, parseScenario, type Load, type Queue } from '../../../simulations';
import { formatNumber } from '../../../lib/format';
import { toScenarioInput } from './sim-run';
import type { SimSettings } from './settings';

function times(ratio: number): string {
  if (ratio < 1.05) return 'as fast as';
  return `${ratio < 10 ? ratio.toFixed(1) : formatNumber(ratio, 2)}× faster than`;
}

export function overloadText(load: Load, queue: Queue): string | null {
  if (!(load.ratio >= 1)) return null;
  const who = load.instances === 1 ? 'one instance' : `${formatNumber(load.instances)} instances`;
  const then =
    load.excess === 'queue-grows'
      ? 'the queue grows without end'
      : load.excess === 'queue-times-out'
        ? `requests pile up in the queue and give up after ${formatNumber(queue.timeout)} s`
        : load.excess === 'queue-fills'
          ? `the queue fills up (${formatNumber(queue.size)} places) and the rest are turned away`
          : 'the rest are turned away (throttled)';
  const figures = `${formatNumber(load.offered)} requests a second arrive; at most ${formatNumber(load.capacity)} a second can be served.`;
  return `Overloaded: requests arrive ${times(load.ratio)} ${who} can serve them; ${then}. ${figures}`;
}

/** The warning for these settings, or null when they can keep up. */
export function overloadFor(settings: SimSettings): string | null {
  try {
    const s = parseScenario(toScenarioInput(settings));
    return overloadText(loadOf(s), s.platform.queue);
  } catch {
    // Settings the engine refuses never reach a run either; the run's own error says why.
    return null;
  }
}
