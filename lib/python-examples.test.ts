import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockTitled, extractPythonBlocks, lessonFiles } from './python-examples';
import { freePort, lessonsDir, rawRequest, request, startPython, workspace } from './python-examples-harness';

const httpServerLesson = path.join(lessonsDir, 'python-toolbox', 'http-server.mdx');
const vercelLesson = path.join(lessonsDir, 'shipping-a-function', 'vercel-functions.mdx');

const { dir: tmp, children, cleanup } = workspace('stz-python-examples-');
afterAll(cleanup);

describe('extractPythonBlocks', () => {
  it('finds python blocks with their title and opening line, and skips other languages', () => {
    const source = [
      '---',
      'title: x',
      '---',
      '```bash',
      'python -m http.server',
      '```',
      '',
      '```python title="server.py" {2-3}',
      'print("hi")',
      '```',
      '',
      '  ````py',
      '  if True:',
      '      pass',
      '  ````',
    ].join('\n');
    const blocks = extractPythonBlocks(source);
    expect(blocks).toEqual([
      { title: 'server.py', code: 'print("hi")\n', line: 8 },
      { code: 'if True:\n    pass\n', line: 12 },
    ]);
  });

  it('lists every lesson file', () => {
    const files = lessonFiles();
    expect(files.length).toBeGreaterThanOrEqual(11);
    expect(files).toContain(httpServerLesson);
    expect(files).toContain(vercelLesson);
  });
});

describe('every python block of every lesson compiles', () => {
  const blocks = lessonFiles().flatMap((file) => extractPythonBlocks(fs.readFileSync(file, 'utf8')).map((block) => ({ file, ...block })));

  it('has examples to check', () => {
    expect(blocks.length).toBeGreaterThan(5);
  });

  it.each(blocks.map((b) => [`${path.relative(process.cwd(), b.file)}:${b.line}${b.title ? ` (${b.title})` : ''}`, b] as const))(
    '%s',
    (where, block) => {
      const file = path.join(tmp, `block-${block.line}-${path.basename(block.file, '.mdx')}.py`);
      fs.writeFileSync(file, block.code);
      const run = spawnSync('python3', ['-m', 'py_compile', file], { encoding: 'utf8', timeout: 20_000 });
      expect(run.error, `${where}: python3 could not run`).toBeUndefined();
      expect(run.status, `${where}: python block does not compile:\n${run.stderr}`).toBe(0);
    },
  );
});

describe('the http.server example (python-toolbox/http-server.mdx, server.py)', () => {
  const lesson = fs.readFileSync(httpServerLesson, 'utf8');
  let base = '';
  let port = 0;

  beforeAll(async () => {
    const dir = path.join(tmp, 'http-server');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'server.py'), blockTitled(httpServerLesson, 'server.py').code);
    port = await freePort();
    // The lesson runs `python server.py 8080` to pick a port; the test does the same with a free one.
    await startPython(children, ['server.py', String(port)], dir, port);
    base = `http://127.0.0.1:${port}`;
  }, 20_000);

  it('the lesson shows the responses this test expects', () => {
    expect(lesson).toContain('curl "http://127.0.0.1:8000/hello?name=Ada"\n# {"message": "Hello, Ada!"}');
    expect(lesson).toContain('curl http://127.0.0.1:8000/hello\n# {"message": "Hello, world!"}');
    expect(lesson).toContain(`-d '{"city": "Lyon"}'\n# {"received": {"city": "Lyon"}}`);
  });

  it('answers GET /hello?name=Ada with the greeting as JSON', async () => {
    const r = await request(`${base}/hello?name=Ada`);
    expect(r).toEqual({ status: 200, type: 'application/json', body: '{"message": "Hello, Ada!"}' });
  });

  it('greets the world when no name is given', async () => {
    const r = await request(`${base}/hello`);
    expect(r.body).toBe('{"message": "Hello, world!"}');
  });

  it('echoes a JSON body on POST /echo with 200, since an echo creates nothing', async () => {
    const r = await request(`${base}/echo`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"city": "Lyon"}' });
    expect(r).toEqual({ status: 200, type: 'application/json', body: '{"received": {"city": "Lyon"}}' });
  });

  it('routes POST /echo by its path, so a query string does not make it a 404', async () => {
    const r = await request(`${base}/echo?x=1`, { method: 'POST', body: '{"city": "Lyon"}' });
    expect(r).toEqual({ status: 200, type: 'application/json', body: '{"received": {"city": "Lyon"}}' });
  });

  it('answers 400 to a body that is not JSON and 404 to an unknown path', async () => {
    expect((await request(`${base}/echo`, { method: 'POST', body: 'oops' })).status).toBe(400);
    expect((await request(`${base}/nope`)).status).toBe(404);
  });

  /** A POST /echo with these headers and body bytes, sent as is on a connection left open. */
  const post = (headers: string, body: Buffer | string = '') =>
    rawRequest(port, Buffer.concat([Buffer.from(`POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}\r\n`), Buffer.from(body)]));

  it('answers 400 with JSON, not a dropped connection, to a body that is not valid UTF-8', async () => {
    const body = Buffer.from('{"city": "Lyon \xe9"}', 'latin1');
    const r = await post(`Content-Length: ${body.length}\r\n`, body);
    expect(r).toEqual({ status: 400, type: 'application/json', body: '{"error": "body must be JSON"}' });
  });

  it('answers 400 at once to a Content-Length that is negative or not a number, without waiting for a body', async () => {
    for (const length of ['-1', 'ten', '1_0', '']) {
      const r = await post(`Content-Length: ${length}\r\n`, '{}');
      expect(r.status, `Content-Length: ${length}`).toBe(400);
      expect(r.type).toBe('application/json');
    }
  });

  it('answers 411 when Content-Length is missing', async () => {
    expect(await post('', '{}')).toMatchObject({ status: 411, type: 'application/json' });
  });

  it('answers 413 to a body over 64 KiB without reading it', async () => {
    // No body follows: a server that tried to read 10 MB would wait for bytes that never come.
    expect(await post('Content-Length: 10000000\r\n')).toMatchObject({ status: 413, type: 'application/json' });
    const limit = 64 * 1024;
    const fits = `{"pad": "${'x'.repeat(limit - 11)}"}`;
    expect(Buffer.byteLength(fits)).toBe(limit);
    expect((await post(`Content-Length: ${limit}\r\n`, fits)).status).toBe(200);
  });

  it('still answers everyone else after all of those', async () => {
    expect((await request(`${base}/hello`)).status).toBe(200);
  });
});

describe('the Vercel handler example (shipping-a-function/vercel-functions.mdx, api/index.py)', () => {
  const lesson = fs.readFileSync(vercelLesson, 'utf8');
  let base = '';

  beforeAll(async () => {
    const dir = path.join(tmp, 'vercel');
    fs.mkdirSync(path.join(dir, 'api'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'api', 'index.py'), blockTitled(vercelLesson, 'api/index.py').code);
    // Vercel calls the class named `handler`; locally, the standard library's HTTPServer can serve it.
    const host = [
      'import importlib.util, sys',
      'from http.server import HTTPServer',
      'spec = importlib.util.spec_from_file_location("api_index", "api/index.py")',
      'module = importlib.util.module_from_spec(spec)',
      'spec.loader.exec_module(module)',
      'HTTPServer(("127.0.0.1", int(sys.argv[1])), module.handler).serve_forever()',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'host.py'), host + '\n');
    const port = await freePort();
    await startPython(children, ['host.py', String(port)], dir, port);
    base = `http://127.0.0.1:${port}`;
  }, 20_000);

  it('the lesson shows the response this test expects', () => {
    expect(lesson).toContain('/api?name=Ada"\n# {"message": "Hello, Ada!"}');
  });

  it('answers GET /api?name=Ada as the lesson says', async () => {
    const r = await request(`${base}/api?name=Ada`);
    expect(r).toEqual({ status: 200, type: 'application/json', body: '{"message": "Hello, Ada!"}' });
  });
});

describe('the shipping lessons\' setup steps (shipping-a-function)', () => {
  const gitPushLesson = path.join(lessonsDir, 'shipping-a-function', 'git-push-to-production.mdx');
  const fence = /^```(\w*)[^\n]*\n([\s\S]*?)^```$/gm;
  const blocksOf = (file: string, lang: string) =>
    [...fs.readFileSync(file, 'utf8').matchAll(fence)].filter((m) => m[1] === lang).map((m) => m[2] ?? '');

  it('Step 1, followed literally in the project the earlier lessons built, stages and commits every file it names', () => {
    const dir = path.join(tmp, 'hello-api');
    fs.mkdirSync(path.join(dir, 'api'), { recursive: true });
    // What the earlier lessons leave in the folder: the function, and the pinned requirements.
    fs.writeFileSync(path.join(dir, 'api', 'index.py'), blockTitled(vercelLesson, 'api/index.py').code);
    fs.writeFileSync(path.join(dir, 'requirements.txt'), 'requests==2.34.2\n');
    const step = blocksOf(gitPushLesson, 'bash').find((b) => b.includes('git add'));
    expect(step, 'a bash block with `git add`').toBeDefined();
    // Everything before the commands that need GitHub (the remote and the push).
    const local = (step ?? '').split('\n').filter((line) => line.trim() && !/^git (remote|push)/.test(line.trim()));
    const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.com' };
    const run = spawnSync('bash', ['-e', '-c', local.join('\n')], { cwd: dir, encoding: 'utf8', env, timeout: 20_000 });
    expect(run.status, `the lesson's Step 1 failed:\n${run.stderr}`).toBe(0);
    const committed = spawnSync('git', ['ls-files'], { cwd: dir, encoding: 'utf8' }).stdout.split('\n').filter(Boolean).sort();
    expect(committed).toEqual(['.gitignore', '.python-version', 'api/index.py', 'requirements.txt']);
    // Vercel's Python versions as of its January 2026 documentation.
    expect(fs.readFileSync(path.join(dir, '.python-version'), 'utf8').trim()).toMatch(/^3\.(12|13|14)$/);
  });

  it('vercel.json raises maxDuration above the 300 s default the lesson states, within the 800 s maximum', () => {
    expect(fs.readFileSync(vercelLesson, 'utf8')).toContain('a function may run for 300 seconds unless you say otherwise');
    const block = blocksOf(vercelLesson, 'json').find((b) => b.includes('maxDuration'));
    const config = JSON.parse(block ?? '{}') as { functions?: Record<string, { maxDuration?: number }> };
    const limit = config.functions?.['api/index.py']?.maxDuration ?? 0;
    expect(limit).toBeGreaterThan(300);
    expect(limit).toBeLessThanOrEqual(800);
  });
});
