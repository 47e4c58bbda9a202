/** Traffic shapes several widget kinds' presets share, so a lesson comparing them compares like with like. */

/** 30 s bursts every 5 minutes, 10 % of the average rate in between. */
export const bursts = { spikePeriod: 300, spikeWidth: 30, spikeBase: 10 } as const;
