import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runJob, type SweepJob } from '../../../simulations/sweep';
import { platformSettings } from '../model/sim-run';
import { SweepSection } from './sweep-section';

/**
 * jsdom has no Web Workers: this stand-in runs each job through the real runJob on a later task,
 * as a worker would answer; `hold` keeps the answers back (a sweep still running).
 */
class FakeWorker {
  static made: FakeWorker[] = [];
  static hold = false;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(job: SweepJob) {
    if (FakeWorker.hold) return;
    setTimeout(() => !this.terminated && this.onmessage?.({ data: runJob(job) }), 0);
  }
  terminate() {
    this.terminated = true;
  }
}

const base = platformSettings('aws-lambda', 42);
const settings = { ...base, values: { ...base.values, rate: 1, duration: 300 } };

beforeEach(() => {
  FakeWorker.made = [];
  FakeWorker.hold = false;
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('Sweep a setting', () => {
  it('runs the form’s sweep, fills the progress, summary and table, and hands the setup up for the link', async () => {
    const user = userEvent.setup();
    const onSetup = vi.fn();
    render(<SweepSection settings={settings} setup={null} onSetup={onSetup} autoRun={false} />);
    await user.selectOptions(screen.getByLabelText('Setting to sweep'), 'maxConcurrency');
    const field = (name: RegExp) => screen.getByLabelText(name);
    await user.clear(field(/^From/));
    // 2 to 21 is linear (a span under 20×): twenty whole counts, one per value.
    await user.type(field(/^From/), '2');
    await user.clear(field(/^To/));
    await user.type(field(/^To/), '21');
    await user.clear(field(/^Values/));
    await user.type(field(/^Values/), '20');
    await user.clear(field(/^Seeds each/));
    await user.type(field(/^Seeds each/), '2');
    await user.click(screen.getByRole('button', { name: 'Run sweep' }));
    expect(onSetup).toHaveBeenCalledWith({ knob: 'maxConcurrency', from: 2, to: 21, points: 20, seeds: 2 });
    await waitFor(() => expect(screen.getByText(/^20 of 20 values/).textContent).toMatch(/done in/), { timeout: 20_000 });
    expect(screen.getByText(/^As Max concurrency goes from 2 instances to 21 instances \(20 values, median of 2 seeds each\)/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show sweep data' }));
    expect(screen.getByRole('region', { name: 'Sweep results: Max concurrency' }).querySelectorAll('tbody tr')).toHaveLength(20);
    // The pool is spent: every worker was ended.
    expect(FakeWorker.made.every((w) => w.terminated)).toBe(true);
  });

  it('repairs a setup out of range and says so before running', async () => {
    const user = userEvent.setup();
    const onSetup = vi.fn();
    render(<SweepSection settings={settings} setup={null} onSetup={onSetup} autoRun={false} />);
    await user.clear(screen.getByLabelText(/^Values/));
    await user.type(screen.getByLabelText(/^Values/), '500');
    await user.click(screen.getByRole('button', { name: 'Run sweep' }));
    expect(onSetup).toHaveBeenCalledWith(expect.objectContaining({ knob: 'keepAlive', points: 40 }));
    expect(screen.getByText('Adjusted to what a sweep can run: Sweep values.')).toBeTruthy();
    expect((screen.getByLabelText(/^Values/) as HTMLInputElement).value).toBe('40');
  });

  it('Cancel stops a running sweep and ends its workers', async () => {
    FakeWorker.hold = true;
    const user = userEvent.setup();
    render(<SweepSection settings={settings} setup={null} onSetup={() => {}} autoRun={false} />);
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect((cancel as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Run sweep' }));
    expect(FakeWorker.made.length).toBeGreaterThan(0);
    await user.click(cancel);
    expect(screen.getByText(/^0 of 30 values · cancelled$/)).toBeTruthy();
    expect(FakeWorker.made.every((w) => w.terminated)).toBe(true);
    expect((cancel as HTMLButtonElement).disabled).toBe(true);
  });
});
