// The exported pages and the scripts each one's HTML asks for at load, before anything is clicked.
import fs from 'node:fs';
import path from 'node:path';

/** Every index.html of the static export under `dir`, leaving out Next's own `_next` folder. */
export function pages(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === '_next' ? [] : pages(full);
    return d.name === 'index.html' ? [full] : [];
  });
}

/** The `src` of each script tag in `html`, once each. A noModule script (Next's polyfills) is left
 * out: only browsers without ES modules fetch it. */
export function startupScripts(html) {
  return scriptTags(html, false);
}

/** The `src` of each noModule script tag in `html`. */
export function noModuleScripts(html) {
  return scriptTags(html, true);
}

function scriptTags(html, noModule) {
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)].filter((m) => /noModule/i.test(m[0]) === noModule);
  return [...new Set(tags.map((m) => m[1]))];
}
