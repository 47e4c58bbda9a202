import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SimPanel } from '../sim-panel';

const fleetText = () => document.querySelector('[data-fleet-text]')?.textContent ?? '';

describe('the fleet view in a widget panel', () => {
  it('says the fleet in words before the run, and again once Step has moved it', async () => {
    const user = userEvent.setup();
    render(<SimPanel kind="scale-to-zero" preset="provisioned" />);
    expect(screen.getByText('Instances, one square each')).toBeTruthy();
    expect(screen.getByText('provisioned')).toBeTruthy();
    await waitFor(() => expect(fleetText()).toBe('1 instance (1 provisioned): 0 starting, 0 busy, 1 idle; 0 requests waiting; 0 turned away.'));
    const live = document.querySelector('[data-fleet-text]');
    expect(live?.getAttribute('aria-live')).toBe('polite');
    // A minute of a burst: the requests go to the provisioned instance (and a few beyond it).
    await user.click(screen.getByRole('button', { name: 'Step' }));
    await waitFor(() => expect(fleetText()).toMatch(/^\d+ instances? \(1 provisioned\): .* Since 0:00: .*became busy/));
    // Then four silent minutes: any instance beyond the provisioned one idles out.
    await user.click(screen.getByRole('button', { name: 'Step' }));
    await user.click(screen.getByRole('button', { name: 'Step' }));
    await waitFor(() => expect(fleetText()).toMatch(/^1 instance \(1 provisioned\): 0 starting, 0 busy, 1 idle;/));
  });
});
