/**
 * The README's sample outputs are what the tool prints, byte for byte: each
 * block after a `<!-- output of: netlint … -->` marker is `$ netlint …` and
 * the output of that very command, run from the repository root in a
 * terminal SAMPLE_COLUMNS wide. `npm run generate` rewrites them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_COLUMNS, replaceSampleOutputs, sampleCommands } from '../src/docs.js';
import { netlint, repoRoot } from './cli-helpers.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const run = (args: readonly string[]) => netlint(args, { cwd: repoRoot, env: { NO_COLOR: '1', COLUMNS: String(SAMPLE_COLUMNS) } }).stdout;

describe('README sample outputs', () => {
  it('show the findings of the sample draft in stylish and codeframe form', () => {
    expect(sampleCommands(readme)).toEqual(expect.arrayContaining([['fixtures/sample-draft.md'], expect.arrayContaining(['-f', 'codeframe'])]));
    expect(readme).toContain('```\n$ netlint fixtures/sample-draft.md\n\nfixtures/sample-draft.md\n');
  });

  it('are byte-identical to what the tool prints (run `npm run generate`)', () => {
    expect(readme).toBe(replaceSampleOutputs(readme, run));
  });

});
