/**
 * npm run -s simulate -- scenario.json [--seed N] [--series out.csv]
 *
 * Prints one JSON object: the run's summary plus wallMs. A bad scenario exits non-zero with the
 * field named on stderr, and writes nothing: no stdout, no CSV.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRun, parseScenario, ScenarioError, type Sample } from './index';
import { samplesCsv } from './samples-csv';

const usage = 'usage: simulate <scenario.json> [--seed N] [--series out.csv]';

function fail(message: string, code = 1): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv: string[]): { file: string; seed?: number; series?: string } {
  let file: string | undefined;
  let seed: number | undefined;
  let series: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--help' || a === '-h') {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    } else if (a === '--seed') {
      const v = argv[++i];
      if (v === undefined || !/^-?\d+$/.test(v)) fail(`--seed: must be an integer\n${usage}`, 2);
      seed = Number(v);
    } else if (a === '--series') {
      series = argv[++i];
      if (!series) fail(`--series: needs a file name\n${usage}`, 2);
    } else if (a.startsWith('-')) {
      fail(`unknown option ${a}\n${usage}`, 2);
    } else if (file === undefined) {
      file = a;
    } else {
      fail(`one scenario file at a time\n${usage}`, 2);
    }
  }
  if (file === undefined) fail(usage, 2);
  return { file, seed, series };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (e) {
    fail(`cannot read ${args.file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    fail(`${args.file}: invalid JSON: ${(e as Error).message}`);
  }
  if (args.seed !== undefined && input !== null && typeof input === 'object' && !Array.isArray(input)) {
    input = { ...input, seed: args.seed };
  }
  let scenario;
  try {
    scenario = parseScenario(input);
  } catch (e) {
    if (e instanceof ScenarioError) fail(`${args.file}: ${e.message}`);
    throw e;
  }
  // The ring keeps only the newest samples; the CSV wants all of them, so collect as they come.
  const series: Sample[] = [];
  const run = createRun(scenario, args.series ? { onSample: (s) => series.push(s) } : {});
  const t0 = performance.now();
  run.advanceTo(scenario.duration);
  const wallMs = performance.now() - t0;
  if (args.series) writeFileSync(args.series, samplesCsv(series));
  process.stdout.write(`${JSON.stringify({ seed: scenario.seed, ...run.summary(), wallMs: Math.round(wallMs * 100) / 100 }, null, 2)}\n`);
}

main();
