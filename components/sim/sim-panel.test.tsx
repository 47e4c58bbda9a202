import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SimPanel } from './sim-panel';

/** "Simulated time 0:00 / 15:00": the clock beside the transport buttons. */
function clock(): string {
  const p = screen.getByText((_, el) => el?.tagName === 'P' && (el.textContent ?? '').startsWith('Simulated time'));
  return p.textContent?.replace('Simulated time ', '') ?? '';
}

/** Two animation frames: long enough for a playing run to move on (it advances every frame). */
const frames = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/** A readout's value, read as a screen reader pairs it with its label. */
function readout(label: string): string {
  const term = screen.getAllByRole('term').find((t) => t.textContent === label);
  return term?.nextElementSibling?.textContent ?? '';
}

function renderPanel() {
  const user = userEvent.setup();
  render(<SimPanel kind="autoscaling" preset="steady" />);
  return user;
}

describe('a widget panel’s controls', () => {
  it('Play runs the simulation and turns into Pause; Pause stops it and turns back into Play', async () => {
    const user = renderPanel();
    expect(clock()).toBe('0:00 / 15:00');
    await user.click(screen.getByRole('button', { name: 'Play' }));
    const pause = screen.getByRole('button', { name: 'Pause' });
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
    await waitFor(() => expect(clock()).not.toBe('0:00 / 15:00'));

    await user.click(pause);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    // The run publishes to the page at most every 100 ms; once that has landed, nothing moves while paused.
    await act(() => new Promise((resolve) => setTimeout(resolve, 150)));
    const paused = clock();
    await frames();
    await frames();
    expect(clock()).toBe(paused);
  });

  it('Step moves a stopped run on without playing it, and Reset takes it back to the start', async () => {
    const user = renderPanel();
    expect(readout('Instances')).toBe('—');
    await user.click(screen.getByRole('button', { name: 'Step' }));
    await waitFor(() => expect(clock()).not.toBe('0:00 / 15:00'));
    const stepped = clock();
    expect(readout('Instances')).not.toBe('—');
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    await frames();
    expect(clock()).toBe(stepped);

    await user.click(screen.getByRole('button', { name: 'Step' }));
    await waitFor(() => expect(clock()).not.toBe(stepped));

    await user.click(screen.getByRole('button', { name: 'Reset' }));
    await waitFor(() => expect(clock()).toBe('0:00 / 15:00'));
    expect(readout('Instances')).toBe('—');
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('a slider’s number input applies the typed value: the slider and the playground link follow', async () => {
    const user = renderPanel();
    const slider = screen.getByRole('slider', { name: 'Request rate' });
    const number = screen.getByRole('spinbutton', { name: 'Request rate value' });
    expect(number).toHaveProperty('value', '100');
    expect(slider.getAttribute('aria-valuetext')).toBe('100 req/s');

    await user.clear(number);
    await user.type(number, '500');
    expect(number).toHaveProperty('value', '500');
    await waitFor(() => expect(slider.getAttribute('aria-valuetext')).toBe('500 req/s'));
    expect(screen.getByRole('link', { name: 'Open in playground' }).getAttribute('href')).toContain('rate=500');

    // Out of range is held to the knob's limit rather than lost or passed on.
    await user.clear(number);
    await user.type(number, '99999999');
    await user.tab();
    const max = Number(number.getAttribute('max'));
    expect(number).toHaveProperty('value', String(max));
  });

  it('the slider sets its stop, and the number input shows it', async () => {
    renderPanel();
    const slider = screen.getByRole('slider', { name: 'Request rate' });
    // jsdom has no keyboard behaviour for range inputs; a change event is what the browser sends.
    fireEvent.change(slider, { target: { value: '0' } });
    const lowest = slider.getAttribute('aria-valuetext') ?? '';
    expect(lowest).not.toBe('100 req/s');
    expect(`${(screen.getByRole('spinbutton', { name: 'Request rate value' }) as HTMLInputElement).value} req/s`).toBe(lowest);
  });

  it('a preset from the list starts that preset’s run', async () => {
    const user = renderPanel();
    expect(screen.getByRole('region', { name: 'Simulation: Autoscaling · Steady traffic' })).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preset' }), 'Spiky traffic');
    await waitFor(() => expect(clock()).toBe('0:00 / 30:00'));
    expect(screen.getByRole('region', { name: 'Simulation: Autoscaling · Spiky traffic' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Traffic pattern' })).toHaveProperty('value', 'spike');
  });
});
