/**
 * What the tests of the lessons' Python examples share: a temporary folder, free ports, Python
 * processes started and stopped around a test file, and HTTP requests with a deadline (through
 * fetch, or as raw bytes when a test must send what fetch refuses to, such as a bad
 * Content-Length). Every wait is bounded, so an example that hangs fails its test instead of
 * stalling the run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const lessonsDir = path.join(process.cwd(), 'content', 'lessons');

/** A fresh temporary folder and a cleanup that kills every process started with it. */
export function workspace(prefix: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const children: ChildProcess[] = [];
  return {
    dir,
    children,
    cleanup() {
      for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A port the OS says is free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface PythonProcess {
  child: ChildProcess;
  /** Everything it has written to stdout and stderr so far. */
  output(): string;
}

/** Starts a Python process and waits (bounded) until it accepts connections on the port. */
export async function startPython(
  children: ChildProcess[],
  args: string[],
  cwd: string,
  port: number,
  env: Record<string, string> = {},
): Promise<PythonProcess> {
  const child = spawn('python3', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
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
    if (open) return { child, output: () => output };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`python3 ${args.join(' ')} did not listen on 127.0.0.1:${port} within 10 s:\n${output}`);
}

/** Runs a Python script to completion (bounded) and returns its exit code and output. */
export function runPython(args: string[], cwd: string, env: Record<string, string> = {}, timeoutMs = 20_000) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn('python3', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`python3 ${args.join(' ')} did not finish within ${timeoutMs} ms:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => (clearTimeout(timer), resolve({ code, stdout, stderr })));
  });
}

export async function request(url: string, init?: RequestInit) {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(5_000) });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

/**
 * Sends raw bytes on one connection, keeps it open (as a client that has not finished sending
 * would), and resolves when the server closes it: with the status code, or null when the server
 * closed without answering. Rejects if nothing comes back within 5 s.
 */
export function rawRequest(port: number, bytes: Buffer | string): Promise<{ status: number | null; type: string | null; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const firstLine = bytes.toString().split('\r\n')[0];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within 5 s to ${firstLine}`));
    }, 5_000);
    socket.on('connect', () => socket.write(bytes));
    socket.on('data', (d: Buffer) => chunks.push(d));
    // A reset instead of an answer (a handler that crashed) is "no answer", not a test error.
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const head = split < 0 ? text : text.slice(0, split);
      resolve({
        status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1]) || null,
        type: /\r\ncontent-type: *([^\r]*)/i.exec(head)?.[1] ?? null,
        body: split < 0 ? '' : text.slice(split + 4),
      });
    });
  });
}

/** An HTTP server in this process standing in for a third-party API; `handle` may be swapped per test. */
export async function fakeApi(handle: { current: http.RequestListener }) {
  const seen: { url: string; headers: http.IncomingHttpHeaders }[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    handle.current(req, res);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise<void>((r) => server.close(() => r())) };
}
