// The files of the static export, its pages, and the scripts each page's HTML asks for at load.
import fs from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, at any depth. */
export function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(file);
    else yield file;
  }
}

/** Every index.html of the static export under `dir`, leaving out Next's own `_next` folder. */
export function pages(dir) {
  return [...walk(dir)].filter((file) => path.basename(file) === 'index.html' && !file.includes(`${path.sep}_next${path.sep}`));
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
