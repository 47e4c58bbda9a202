// First-load JavaScript per route of the static export, gzip-compressed: the scripts a page's
// HTML asks for before anything is clicked (widgets loaded later on demand are listed apart).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pages, startupScripts } from './export-files.mjs';

const out = path.resolve('out');
const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

const rows = pages(out)
  .map((file) => {
    const html = fs.readFileSync(file, 'utf8');
    const scripts = startupScripts(html);
    const bytes = scripts.reduce((sum, src) => sum + gz(path.join(out, src)), 0);
    const route = `/${path.relative(out, path.dirname(file))}`.replace(/\/?$/, '/').replace('//', '/');
    return { route, scripts: scripts.length, bytes };
  })
  .sort((a, b) => a.route.localeCompare(b.route));

for (const r of rows) console.log(`${r.route.padEnd(58)} ${String(r.scripts).padStart(3)} files  ${kb(r.bytes).padStart(9)}`);
