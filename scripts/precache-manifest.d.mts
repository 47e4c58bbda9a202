// Types for the unit test of precache-manifest.mjs (the build scripts are plain JavaScript).
export function selectPrecache(paths: string[], skip?: Set<string>): string[];
export function urlFor(relPath: string): string;
export function revision(body: Buffer): string;
