// Bundles the CLI and its lint worker into one file each (dist/bundle/), so a
// cold start reads two files instead of some two hundred ESM modules: on a
// pre-commit run over one draft, resolving and compiling those modules was
// most of the time. compromise and yaml stay outside (each is loaded only when
// a message needs it, from its own prebuilt CommonJS build). The library API
// (dist/src/index.js) is not bundled.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: { cli: path.join(root, 'src/cli.ts'), worker: path.join(root, 'src/worker.ts') },
  outdir: path.join(root, 'dist/bundle'),
  outExtension: { '.js': '.js' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // typescript: cosmiconfig requires it only for a .ts config file; it is not a dependency of netlint.
  external: ['compromise', 'yaml', 'typescript'],
  logLevel: 'warning',
  legalComments: 'linked',
  // Bundled CommonJS packages (commander, cosmiconfig) call require() for Node built-ins.
  banner: { js: "import { createRequire as __netlintCreateRequire } from 'node:module'; const require = __netlintCreateRequire(import.meta.url);" },
});
