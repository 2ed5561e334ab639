// Bundles the CLI and its lint worker into one CommonJS file each
// (dist/bundle/cli.cjs, worker.cjs), so a cold start reads two files instead of
// some two hundred ESM modules: on a pre-commit run over one draft, resolving
// and compiling those modules was most of the time. CommonJS, not ESM, because
// bin/netlint.js can then compile it with a V8 code cache (Node 20 has no
// compile cache for ES modules). compromise and yaml stay outside (each is
// loaded only when a message needs it, from its own prebuilt CommonJS build), and
// so does ajv (only a config with plugins compiles a schema at run time).
// The library API (dist/src/index.js) is not bundled.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * commander requires node:child_process when it loads, for executable subcommands that
 * netlint does not have; loading it (with net and dgram) is a few milliseconds of every
 * pre-commit run. Inside commander it becomes a stand-in that requires it on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(builder) {
    builder.onResolve({ filter: /^(?:node:)?child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'netlint' } : undefined));
    builder.onLoad({ filter: /.*/, namespace: 'netlint' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

/**
 * `--serve` and `--lsp` are bundles of their own (serve.cjs, lsp.cjs) that the CLI requires
 * only when given them, so a lint run neither reads nor compiles the language server.
 */
const separateModes = {
  name: 'separate-modes',
  setup(builder) {
    // A stand-in that requires the mode's bundle when first imported (the CLI runs in a
    // vm.Script, where import() has no loader, so the bundle is required, not imported).
    builder.onResolve({ filter: /^\.\/(?:serve|lsp)\.js$/ }, (args) => (/[\\/]src[\\/]cli\.ts$/.test(args.importer) ? { path: args.path.replace(/\.js$/, '.cjs'), namespace: 'netlint-mode' } : undefined));
    builder.onLoad({ filter: /.*/, namespace: 'netlint-mode' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
    builder.onResolve({ filter: /^\.\/(?:serve|lsp)\.cjs$/, namespace: 'netlint-mode' }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * jsonc-parser's main file is a UMD build whose factory requires its parts at run time, out of
 * esbuild's sight (the bundle then fails with "Cannot find module './impl/format'"): bundle its
 * ES module build instead, the one its package.json names as "module".
 */
const jsoncParserEsm = {
  name: 'jsonc-parser-esm',
  setup(builder) {
    builder.onResolve({ filter: /^jsonc-parser$/ }, () => ({ path: path.join(root, 'node_modules/jsonc-parser/lib/esm/main.js') }));
  },
};

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

// A fresh directory: no stale bundle or code cache from an earlier build.
rmSync(path.join(root, 'dist/bundle'), { recursive: true, force: true });

await build({
  entryPoints: { cli: path.join(root, 'src/cli.ts'), worker: path.join(root, 'src/worker.ts'), serve: path.join(root, 'src/serve.ts'), lsp: path.join(root, 'src/lsp.ts') },
  outdir: path.join(root, 'dist/bundle'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // typescript: cosmiconfig requires it only for a .ts config file; it is not a dependency of netlint.
  external: ['compromise', 'yaml', 'typescript', 'ajv'],
  plugins: [lazyChildProcess, separateModes, jsoncParserEsm],
  // The sources are ES modules: give them import.meta.url, and the pool the bundled worker's name.
  define: { 'import.meta.url': '__netlintModuleUrl', __NETLINT_WORKER_FILE__: '"./worker.cjs"' },
  banner: { js: "const __netlintModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  legalComments: 'linked',
});
