import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKnobId, knobs } from '../model/knobs';
import { createSimRun, widgetSettings } from '../model/sim-run';
import { isPatternId, isPlatformId } from '../model/settings';
import { mdxComponentNames, requiredProps } from '../../../lib/content/allowed';
import { widgetKinds, widgets } from './index';

const guide = fs.readFileSync(path.join(process.cwd(), 'docs', 'authoring.md'), 'utf8');

describe('the widget registry', () => {
  it.each(widgetKinds)('%s: its presets are valid settings the engine runs', (kind) => {
    const w = widgets[kind];
    expect(w.knobs.every((id) => id in knobs)).toBe(true);
    for (const [id, preset] of Object.entries(w.presets)) {
      expect(isPlatformId(preset.platform), `${kind}/${id} platform`).toBe(true);
      expect(isPatternId(preset.pattern), `${kind}/${id} pattern`).toBe(true);
      expect(Object.keys(preset.values).filter((k) => !isKnobId(k)), `${kind}/${id} values`).toEqual([]);
      const sim = createSimRun(widgetSettings(kind, id));
      sim.run.advanceTo(Math.min(60, sim.duration));
      expect(sim.run.summary().requests, `${kind}/${id} runs`).toBeGreaterThanOrEqual(0);
    }
  });

  it('gives the content check every tag and exactly the presets it defines', () => {
    for (const kind of widgetKinds) {
      const { tag, presets } = widgets[kind];
      expect(mdxComponentNames).toContain(tag);
      expect(requiredProps[tag]).toEqual({ preset: Object.keys(presets) });
    }
    expect(new Set(widgetKinds.map((k) => widgets[k].tag)).size).toBe(widgetKinds.length);
  });

  it.each(widgetKinds)('%s: the authoring guide\'s table lists its tag and every preset, in order', (kind) => {
    const { tag, presets } = widgets[kind];
    const row = guide.split('\n').find((line) => line.startsWith(`| \`${tag}\` |`));
    expect(row, `docs/authoring.md has no row for ${tag}`).toBeDefined();
    const listed = [...(row?.split('|')[2] ?? '').matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]);
    expect(listed).toEqual(Object.keys(presets));
  });
});
