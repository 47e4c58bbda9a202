import fs from 'node:fs';
import path from 'node:path';

// Written once at build time: every file under python/ (the runner and the course's support
// modules), for the browser's Python worker to put on its sys.path before the first run.
export const dynamic = 'force-static';

function* pythonFiles(dir: string, prefix = ''): Generator<[string, string]> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === '__pycache__' || entry.name.startsWith('.')) continue;
    const rel = prefix + entry.name;
    if (entry.isDirectory()) yield* pythonFiles(path.join(dir, entry.name), `${rel}/`);
    else yield [rel, fs.readFileSync(path.join(dir, entry.name), 'utf8')];
  }
}

export function GET() {
  return Response.json(Object.fromEntries(pythonFiles(path.join(process.cwd(), 'python'))));
}
