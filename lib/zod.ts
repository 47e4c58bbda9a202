/**
 * zod, configured for the whole project: `import * as z from` here, not from 'zod' (lint enforces
 * it). A namespace import of the whole module lets a bundler keep only the functions used: zod's
 * own `z` object holds everything, every language's messages included, and made the sweep
 * worker's bundle 750 kB of zod where 130 kB is used.
 *
 * jitless: zod otherwise probes for eval with `new Function("")` when a schema is built, and
 * compiles object parsers that way. Under the site's Content-Security-Policy (no 'unsafe-eval')
 * the probe is refused and reported as a violation on every page that parses a scenario. The
 * setting must be in place before any schema is constructed, which importing from this module
 * guarantees.
 */
import { config } from 'zod';

config({ jitless: true });

export * from 'zod';
