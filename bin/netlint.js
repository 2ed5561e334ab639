#!/usr/bin/env node
// The CLI is bundled into one file (dist/bundle/cli.js) for a fast cold start;
// a build without the bundle falls back to the compiled modules.
import { existsSync } from 'node:fs';
import v8 from 'node:v8';

// The rules' patterns each run a handful of times in a one-draft run: compiling them
// straight to native code is cheaper than V8's default of interpreting them first.
v8.setFlagsFromString('--no-regexp-tier-up');

const bundled = new URL('../dist/bundle/cli.js', import.meta.url);
const { main } = await import(existsSync(bundled) ? bundled.href : '../dist/src/cli.js');
process.exitCode = await main(process.argv.slice(2));
