// Which files of the static export the service worker keeps for offline use, and under which URL.
// Pure functions over relative paths (forward slashes) so the rules are unit-tested apart from a build.
import crypto from 'node:crypto';

// Pages, the code and styles they load, the font, and icons. Share-card PNGs, the sitemap, robots.txt
// and Next's RSC payloads (.txt, about as large as the pages again) are left to the network: offline,
// a link loads its page as a document, which is precached.
const kept = /\.(html|js|css|woff2?|svg|ico)$/;
const exerciseData = /^(python\/files|exercises\/[^/]+\/[^/]+)\.json$/;
const icon = /(^|\/)(icon|apple-icon|favicon)[^/]*\.(png|svg|ico)$/;

/**
 * The paths to precache, in a stable order. `skip` holds paths that no browser able to run a
 * service worker ever fetches (Next's noModule polyfills).
 * @param {string[]} paths every file of the export, relative to it
 * @param {Set<string>} [skip]
 */
export function selectPrecache(paths, skip = new Set()) {
  return paths
    .filter((p) => !p.endsWith('.br') && !p.endsWith('.gz') && p !== 'sw.js' && !skip.has(p))
    // The not-found page is reached under unknown URLs, which the worker leaves to the network.
    .filter((p) => !/^(404|_not-found)(\/|\.html$)/.test(p))
    // The Python runtime is 6 MB, for learners who press Run: the worker keeps it then (see
    // service-worker.js), never on install.
    .filter((p) => !p.startsWith('pyodide/'))
    // Pagefind's index, if the search step ran: its wasm and index files have their own extensions.
    // The Python exercises' data and support modules are a few kB, kept so Run works offline.
    .filter((p) => p.startsWith('pagefind/') || kept.test(p) || icon.test(p) || exerciseData.test(p))
    .sort();
}

/** The URL a file is requested at: a page's directory for its index.html (trailingSlash export). */
export function urlFor(relPath) {
  if (relPath === 'index.html') return '/';
  if (relPath.endsWith('/index.html')) return `/${relPath.slice(0, -'index.html'.length)}`;
  return `/${relPath}`;
}

/** A short hash of the file's bytes: the worker refetches a file only when this changes. */
export function revision(body) {
  return crypto.createHash('sha256').update(body).digest('hex').slice(0, 16);
}
