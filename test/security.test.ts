/**
 * A linted repository must not be able to make netlint run its code when the
 * user says not to (--untrusted), and never through cosmiconfig's side doors
 * (.config/config.js, $import, a "cosmiconfig" key in package.json).
 * Each payload writes a marker file when it runs.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_DRAFT, netlint, project } from './cli-helpers.js';

const PAYLOAD = "require('node:fs').writeFileSync(require('node:path').join(__dirname, 'ran-code'), 'x');";
const ESM_PAYLOAD = "import { writeFileSync } from 'node:fs'; writeFileSync(new URL('./ran-code', import.meta.url), 'x');";
const ranCode = (dir: string) => existsSync(path.join(dir, 'ran-code')) || existsSync(path.join(dir, 'node_modules', 'netlint-plugin-evil', 'ran-code'));

const RULES_ONLY = JSON.stringify({ extends: ['netlint:recommended'] });

describe('--untrusted runs no code from the linted repository', () => {
  it.each([
    ['networklint.config.js', { 'networklint.config.js': `${PAYLOAD} module.exports = {};`, 'package.json': '{}' }],
    ['.networklintrc.js', { '.networklintrc.js': `${PAYLOAD} module.exports = {};`, 'package.json': '{}' }],
    ['.networklintrc.mjs', { '.networklintrc.mjs': `${ESM_PAYLOAD} export default {};` }],
    ['a $import in JSON config', { '.networklintrc.json': JSON.stringify({ $import: './evil.cjs' }), 'evil.cjs': `${PAYLOAD} module.exports = {};` }],
    ['a plugin path in YAML config', { '.networklintrc.yaml': 'plugins:\n  - ./evil.mjs\n', 'evil.mjs': `${ESM_PAYLOAD} export default { name: 'evil', rules: {} };` }],
    [
      'a plugin package in a committed node_modules',
      {
        '.networklintrc.json': JSON.stringify({ plugins: ['netlint-plugin-evil'] }),
        'node_modules/netlint-plugin-evil/package.json': JSON.stringify({ name: 'netlint-plugin-evil', main: 'index.js' }),
        'node_modules/netlint-plugin-evil/index.js': `${PAYLOAD} module.exports = { name: 'evil', rules: {} };`,
      },
    ],
  ])('refuses %s with exit 2', (_, files) => {
    const dir = project({ ...files, 'draft.md': CLEAN_DRAFT });
    const run = netlint(['draft.md', '--untrusted'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^netlint: /);
    expect(ranCode(dir)).toBe(false);
  });

  it('never reads .config/config.js', () => {
    const dir = project({ '.config/config.js': `${PAYLOAD} module.exports = {};`, '.networklintrc.json': RULES_ONLY, 'draft.md': CLEAN_DRAFT });
    expect(netlint(['draft.md', '--untrusted'], { cwd: dir }).status).toBe(0);
    expect(ranCode(path.join(dir, '.config'))).toBe(false);
  });

  it('still lints with JSON and YAML config', () => {
    const dir = project({ '.networklintrc.yml': 'extends: netlint:recommended\nrules:\n  vague-advice-request: off\n', 'draft.md': 'Can you give me some advice?\n' });
    const run = netlint(['draft.md', '--untrusted', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('vague-advice-request');
  });
});

describe('without --untrusted, only declared config files and plugins run code', () => {
  it.each([
    ['.config/config.js', { '.config/config.js': `${PAYLOAD} module.exports = { cosmiconfig: { searchPlaces: ['evil.cjs'] } };`, 'evil.cjs': `${PAYLOAD} module.exports = {};` }],
    ['a package.json "cosmiconfig" redirect', { 'package.json': JSON.stringify({ name: 'x', cosmiconfig: { searchPlaces: ['evil.cjs'] } }), 'evil.cjs': `${PAYLOAD} module.exports = {};` }],
  ])('ignores %s', (_, files) => {
    const dir = project({ ...files, 'draft.md': CLEAN_DRAFT });
    expect(netlint(['draft.md'], { cwd: dir }).status).toBe(0);
    expect(ranCode(dir) || ranCode(path.join(dir, '.config'))).toBe(false);
  });

  it('refuses $import instead of following it', () => {
    const dir = project({ '.networklintrc.json': JSON.stringify({ $import: './evil.cjs' }), 'evil.cjs': `${PAYLOAD} module.exports = {};`, 'draft.md': CLEAN_DRAFT });
    const run = netlint(['draft.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('$import is not supported');
    expect(ranCode(dir)).toBe(false);
  });
});
