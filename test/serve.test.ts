/**
 * `netlint --serve`: the page's few files on 127.0.0.1 and nothing else; bad
 * ports are usage errors. And neither --serve nor --lsp costs a lint run
 * anything: their code is in bundles of their own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, netlint, repoRoot } from './cli-helpers.js';

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; csp: string; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, type: String(response.headers['content-type']), csp: String(response.headers['content-security-policy']), body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('netlint --serve', () => {
  let server: ChildProcess;
  let url: string;

  beforeAll(async () => {
    server = spawn(process.execPath, [bin, '--serve', '0'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    url = await new Promise((resolve, reject) => {
      let out = '';
      server.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0];
        if (found) resolve(found);
      });
      server.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
    });
  }, 60_000);

  afterAll(() => server?.kill('SIGTERM'));

  it('serves the page, its script and its style with a policy that allows no other request', async () => {
    const page = await get(url);
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<textarea id="draft"');
    expect(page.csp).toContain("default-src 'none'");
    expect(page.csp).toContain("script-src 'self'");
    expect(page.csp).not.toContain('connect-src');
    expect((await get(`${url}app.js`)).status).toBe(200);
    expect((await get(`${url}style.css`)).type).toBe('text/css; charset=utf-8');
  });

  it('serves nothing else, and answers only to the loopback names', async () => {
    expect((await get(`${url}package.json`)).status).toBe(404);
    expect((await get(`${url}..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await get(`${url}netlint-core.mjs`)).status).toBe(404);
    expect((await get(url, { host: 'attacker.example' })).status).toBe(421);
  });

  it('refuses a bad port in one line with exit code 2', () => {
    const run = netlint(['--serve', 'eighty']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("netlint: Invalid --serve port 'eighty': expected a number from 0 to 65535\n");
  });
});

describe('a lint run', () => {
  it('does not carry the language server or the page server in the CLI bundle', () => {
    const cli = readFileSync(path.join(repoRoot, 'dist/bundle/cli.cjs'), 'utf8');
    expect(cli).not.toContain('vscode-languageserver');
    expect(cli).not.toContain('createServer');
    expect(cli).toContain('require("./lsp.cjs")');
    expect(cli).toContain('require("./serve.cjs")');
  });
});
