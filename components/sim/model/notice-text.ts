/**
 * The playground's notice about settings it had to repair, worded by where they came from: a link
 * someone shared, or what this device saved last time.
 */
export type SettingsSource = 'link' | 'storage' | 'default';

export interface NoticeLine {
  /** Said first, in bold. */
  lead: string;
  rest: string;
}

export function repairNotice(from: SettingsSource, fallbacks: readonly string[], clamped: readonly string[]): NoticeLine[] {
  const what = from === 'link' ? 'Some values in the link' : 'Some settings saved on this device';
  const lines: NoticeLine[] = [];
  if (fallbacks.length > 0) lines.push({ lead: `${what} could not be read`, rest: ` and were reset to the preset: ${fallbacks.join(', ')}.` });
  if (clamped.length > 0) lines.push({ lead: `${what} were out of range`, rest: ` and were brought within it: ${clamped.join(', ')}.` });
  return lines;
}
