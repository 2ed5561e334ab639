/**
 * The one place netlint imports code by URL: plugins, formatters and JavaScript
 * config files. bin/netlint.js runs the CLI bundle inside a vm.Script compiled
 * with a V8 code cache, where `import()` has no loader (and Node's option to
 * give it one is experimental and ignored when the code comes from a cache);
 * the bin lends its own `import()` through this global instead.
 */
const HOST_IMPORT = Symbol.for('netlint.import');

export function importModule(specifier: string): Promise<unknown> {
  const host = (globalThis as Record<symbol, unknown>)[HOST_IMPORT] as ((specifier: string) => Promise<unknown>) | undefined;
  return host ? host(specifier) : import(specifier);
}
