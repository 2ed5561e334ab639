// Builds what runs outside Node, into dist/web:
//  - netlint-core.mjs: the portable core (src/core.ts) with the built-in rules, as
//    one ES module for browsers and other hosts;
//  - the web page (web/): index.html, style.css and app.js, a classic script
//    (not a module) so the page also works opened straight from disk (file://).
// Both are built with no Node built-in available: a
// Node-only import anywhere in the core fails this build. The one exception is
// how the core loads yaml and compromise lazily in Node (createRequire from
// node:module, to keep the CLI's cold start fast); here that becomes a table of
// the two libraries, bundled in.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist/web');

const bundledRequire = {
  name: 'bundled-require',
  setup(builder) {
    builder.onResolve({ filter: /^node:module$/ }, () => ({ path: 'bundled-require', namespace: 'netlint' }));
    builder.onLoad({ filter: /.*/, namespace: 'netlint' }, () => ({
      contents: [
        "import * as yaml from 'yaml';",
        "import compromise from 'compromise';",
        'const modules = { yaml, compromise };',
        'export function createRequire() {',
        '  return (id) => { if (id in modules) return modules[id]; throw new Error(`${id} is not part of the netlint browser bundle`); };',
        '}',
      ].join('\n'),
      resolveDir: root,
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  // Neutral, not browser: the core must also run in Node, workers and other hosts, and some
  // dependencies' browser builds use the DOM (decode-named-character-reference).
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2022',
  plugins: [bundledRequire],
  logLevel: 'warning',
  legalComments: 'linked',
  minify: true,
  // The stand-in createRequire ignores where it is called from.
  define: { 'import.meta.url': '""' },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await Promise.all([
  build({ ...common, entryPoints: { 'netlint-core': path.join(root, 'src/core.ts') }, outdir: out, outExtension: { '.js': '.mjs' }, format: 'esm' }),
  build({ ...common, entryPoints: { app: path.join(root, 'web/app.ts') }, outdir: out, format: 'iife' }),
]);
for (const file of ['index.html', 'style.css']) copyFileSync(path.join(root, 'web', file), path.join(out, file));

