/**
 * Where the browser finds Python. The runtime's files are copied into the export by
 * scripts/python-runtime.mjs under a folder named after the pinned version, so a host may keep them
 * for a year (serve.mjs does) and the service worker may keep them once fetched: a new version is a
 * new folder, never a changed file. The version must equal the exact `pyodide` pin in package.json
 * (the build script and a unit test both refuse a mismatch).
 */
export const PYODIDE_VERSION = '314.0.7';

export const pyodideBase = `/pyodide/${PYODIDE_VERSION}/`;

/**
 * lib/python/worker.ts, bundled by scripts/python-runtime.mjs as a module worker (Pyodide refuses
 * classic workers, which is what Next's bundler makes).
 */
export const pythonWorkerUrl = '/python/worker.js';

/** Every file under python/ (runner.py, course/*.py), as one JSON object of path → text. */
export const pythonFilesUrl = '/python/files.json';

/** The solution and checks of exercise `<lesson>/<name>`, fetched on the first Run or Show solution. */
export const exerciseDataUrl = (id: string) => `/exercises/${id}.json`;
