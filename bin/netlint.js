#!/usr/bin/env node
// Starts the CLI from its bundle (dist/bundle/cli.cjs) with a V8 code cache, for a
// fast cold start: a pre-commit run over one draft is mostly start-up. Without the
// bundle (a build that skipped it) the compiled modules in dist/src are used.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

// The rules' patterns each run a handful of times in a one-draft run: compiling them
// straight to native code is cheaper than V8's default of interpreting them first.
v8.setFlagsFromString('--no-regexp-tier-up');

const packageRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(packageRoot, 'dist', 'bundle', 'cli.cjs');

/**
 * Compiles the bundle with the code V8 produced on an earlier run, and after this run
 * saves that code if there was none (or V8 refused it: another Node version or flags).
 * The cache lives next to the bundle, so it is trusted exactly as the bundle is; its
 * name carries the package version, the bundle's size and time and the Node version,
 * because V8 itself checks only the source length. Any failure just means no cache.
 */
function loadBundle() {
  // import() has no loader inside a vm.Script, so the bundle borrows this module's for
  // plugins, formatters and JavaScript config (see src/import-module.ts).
  globalThis[Symbol.for('netlint.import')] = (specifier) => import(specifier);
  const source = readFileSync(bundle, 'utf8');
  const { version } = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8'));
  const stat = statSync(bundle);
  const cacheDir = path.join(packageRoot, 'dist', 'bundle', 'v8-cache');
  const cacheFile = path.join(cacheDir, `cli-${version}-${stat.size}-${Math.round(stat.mtimeMs)}-${process.version}-${process.arch}.bin`);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  return {
    cli: module.exports,
    saveCache() {
      if (cachedData && !script.cachedDataRejected) return;
      try {
        mkdirSync(cacheDir, { recursive: true });
        for (const old of readdirSync(cacheDir)) if (old.startsWith('cli-')) rmSync(path.join(cacheDir, old), { force: true });
        // Written after the run, so it also holds the functions this run compiled; renamed
        // into place so that a concurrent netlint never reads half a file.
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
      } catch {
        // A read-only install: every run compiles the bundle, which is only slower.
      }
    },
  };
}

const { cli, saveCache } = existsSync(bundle) ? loadBundle() : { cli: await import('../dist/src/cli.js'), saveCache() {} };
process.exitCode = await cli.main(process.argv.slice(2));
saveCache();
