/** scripts/csp.mjs on a small export: the policy it writes, where, and what it refuses. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function runOn(pages: Record<string, string>) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'stz-csp-'));
  dirs.push(out);
  for (const [file, html] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    fs.writeFileSync(path.join(out, file), html);
  }
  const csp = () => spawnSync(process.execPath, [path.join(process.cwd(), 'scripts/csp.mjs')], { env: { ...process.env, OUT_DIR: out }, encoding: 'utf8' });
  const read = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');
  return { run: csp(), again: csp, read };
}

const sha = (text: string) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const policyOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/.exec(html)?.[1] ?? '';
const theme = "(function(){document.documentElement.classList.add('dark')})();";
const payload = 'self.__next_f.push([1,"<p>\\u003cb\\u003e é</p>"])';
const page = `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/_next/static/a.js" async=""></script><script>${theme}</script></head><body><p>text</p><script>${payload}</script><script>${theme}</script><script id="_R_">\n(globalThis.x = 1)\r\n</script></body></html>`;

describe('csp.mjs', () => {
  it("lists the SHA-256 of each of the page's inline scripts, once each, and nothing that allows eval", () => {
    const { run, read } = runOn({ 'index.html': page });
    expect(run.status, run.stderr).toBe(0);
    const policy = policyOf(read('index.html'));
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src ')) ?? '';
    // The browser hashes a script's text after turning CRLF into LF.
    expect(scriptSrc).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha(theme)} ${sha(payload)} ${sha('\n(globalThis.x = 1)\n')}`);
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    for (const directive of ["default-src 'self'", "connect-src 'self'", "worker-src 'self'", "img-src 'self' data: blob:", "object-src 'none'"]) {
      expect(policy).toContain(directive);
    }
    expect(run.stdout).toContain('3 inline scripts hashed');
  });

  it('puts the policy right after <meta charset>, before every script, once however often it runs', () => {
    const { read, again } = runOn({ 'index.html': page, 'learn/a/index.html': page, '404.html': page });
    const second = again();
    expect(second.status, second.stderr).toBe(0);
    for (const file of ['index.html', 'learn/a/index.html', '404.html']) {
      const html = read(file);
      expect(html.match(/Content-Security-Policy/g), file).toHaveLength(1);
      expect(html.indexOf('<meta http-equiv="Content-Security-Policy"'), file).toBe(html.indexOf('<meta charSet="utf-8"/>') + '<meta charSet="utf-8"/>'.length);
    }
  });

  it('fails naming the page when markup needs inline code the policy blocks', () => {
    const handler = runOn({ 'index.html': page.replace('<p>text</p>', '<img src="/a.png" onerror="alert(1)"/>') });
    expect(handler.run.status).not.toBe(0);
    expect(handler.run.stderr).toMatch(/index\.html: ".*onerror=…" would be blocked/);
    const link = runOn({ 'index.html': page.replace('<p>text</p>', '<a href="javascript:void(0)">x</a>') });
    expect(link.run.status).not.toBe(0);
    expect(link.run.stderr).toContain('index.html');
  });

  it('fails when there is no export', () => {
    const { run } = runOn({});
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('no HTML pages');
  });
});
