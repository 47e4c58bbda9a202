/**
 * zod, configured for the whole project; import `z` from here, not from 'zod' (lint enforces it).
 *
 * jitless: zod otherwise probes for eval with `new Function("")` when a schema is built, and
 * compiles object parsers that way. Under the site's Content-Security-Policy (no 'unsafe-eval')
 * the probe is refused and reported as a violation on every page that parses a scenario. The
 * setting must be in place before any schema is constructed, which importing `z` from this
 * module guarantees.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
