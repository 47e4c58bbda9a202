import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockTitled, extractPythonBlocks, lessonFiles } from './python-examples';

const lessonsDir = path.join(process.cwd(), 'content', 'lessons');
const httpServerLesson = path.join(lessonsDir, 'python-toolbox', 'http-server.mdx');
const vercelLesson = path.join(lessonsDir, 'shipping-a-function', 'vercel-functions.mdx');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stz-python-examples-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  fs.rmSync(tmp, { recursive: true, force: true });
});

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

/** A port the OS says is free on 127.0.0.1 right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a Python process and waits (bounded) until it accepts HTTP on the port. */
async function startPython(args: string[], cwd: string, port: number): Promise<ChildProcess> {
  const child = spawn('python3', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`python3 ${args.join(' ')} exited with ${child.exitCode}:\n${output}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`python3 ${args.join(' ')} did not listen on 127.0.0.1:${port} within 10 s:\n${output}`);
}

async function request(url: string, init?: RequestInit) {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(5_000) });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

describe('the http.server example (python-toolbox/http-server.mdx, server.py)', () => {
  const lesson = fs.readFileSync(httpServerLesson, 'utf8');
  let base = '';

  beforeAll(async () => {
    const dir = path.join(tmp, 'http-server');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'server.py'), blockTitled(httpServerLesson, 'server.py').code);
    const port = await freePort();
    // The lesson runs `python server.py 8080` to pick a port; the test does the same with a free one.
    await startPython(['server.py', String(port)], dir, port);
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

  it('echoes a JSON body on POST /echo with 201', async () => {
    const r = await request(`${base}/echo`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"city": "Lyon"}' });
    expect(r).toEqual({ status: 201, type: 'application/json', body: '{"received": {"city": "Lyon"}}' });
  });

  it('answers 400 to a body that is not JSON and 404 to an unknown path', async () => {
    expect((await request(`${base}/echo`, { method: 'POST', body: 'oops' })).status).toBe(400);
    expect((await request(`${base}/nope`)).status).toBe(404);
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
    await startPython(['host.py', String(port)], dir, port);
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
