/**
 * `netlint --serve [port]`: serves the web page (dist/web, built by
 * `npm run build:web`) on 127.0.0.1 only. The page lints in the browser; the
 * server only hands out its few static files and receives nothing.
 * Loaded only when --serve is given (its own bundle, dist/bundle/serve.cjs).
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { UsageError } from './errors.js';

export const DEFAULT_PORT = 4178;

const PAGE_FILES: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/style.css': 'style.css',
  '/app.js': 'app.js',
};
const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8' };
const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

export function parsePort(value: string | true): number {
  if (value === true) return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`Invalid --serve port '${value}': expected a number from 0 to 65535`);
  return port;
}

/** Serves the page until the process is interrupted; prints its address on standard output. */
export async function serve(portOption: string | true): Promise<number> {
  const port = parsePort(portOption);
  const pageDirectory = new URL('../web/', import.meta.url);
  const files = new Map<string, Buffer>();
  for (const name of new Set(Object.values(PAGE_FILES))) {
    try {
      files.set(name, readFileSync(new URL(name, pageDirectory)));
    } catch {
      throw new UsageError(`the web page is not built (no ${new URL(name, pageDirectory).pathname}): run npm run build:web`);
    }
  }
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const name = PAGE_FILES[pathname];
    // Answer only to the loopback names, so a page elsewhere cannot reach this one by DNS rebinding.
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    if (!['127.0.0.1', 'localhost'].includes(host)) {
      response.writeHead(421, { 'content-type': 'text/plain' }).end('netlint serves only http://127.0.0.1\n');
      return;
    }
    if (!name || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[name.split('.').pop()!]!,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : files.get(name));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new UsageError(`port ${port} on 127.0.0.1 is in use: pass another, e.g. --serve ${port + 1}`) : error));
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
  process.stdout.write(`netlint: the page is at ${url} (only this computer can reach it; Ctrl-C stops)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      server.close(() => resolve());
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
