/**
 * One folder per rule under fixtures/: each `bad-*` file lists its exact
 * findings in `bad-*.expected` (`line:col-endLine:endCol rule/messageId`),
 * and each `ok-*` file must produce no finding from that rule at all. A
 * `<name>.options.json` beside a case sets the rule's options for it.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtins, describeFinding, lint } from './helpers.js';

const root = path.join(import.meta.dirname, '..', 'fixtures');
const ruleFolders = readdirSync(root).filter((name) => builtins.has(name));

describe.each(ruleFolders)('%s fixtures', (ruleId) => {
  const folder = path.join(root, ruleId);
  const files = readdirSync(folder).filter((f) => /\.(md|txt)$/.test(f));

  it('has bad and ok cases', () => {
    expect(files.some((f) => f.startsWith('bad-'))).toBe(true);
    expect(files.some((f) => f.startsWith('ok-'))).toBe(true);
  });

  for (const file of files) {
    const text = readFileSync(path.join(folder, file), 'utf8');
    const optionsFile = path.join(folder, file.replace(/\.(md|txt)$/, '.options.json'));
    const options = existsSync(optionsFile) ? { [ruleId]: JSON.parse(readFileSync(optionsFile, 'utf8')) } : {};
    const found = () => lint(text, { rules: [ruleId], filePath: file, options }).filter((m) => m.ruleId === ruleId).map(describeFinding);
    if (file.startsWith('ok-')) {
      it(`${file} produces nothing`, () => expect(found()).toEqual([]));
    } else if (file.startsWith('bad-')) {
      it(`${file} produces exactly its expected findings`, () => {
        const expectedFile = path.join(folder, file.replace(/\.(md|txt)$/, '.expected'));
        expect(existsSync(expectedFile), `${expectedFile} is missing`).toBe(true);
        const expected = readFileSync(expectedFile, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
        expect(expected.length).toBeGreaterThan(0);
        expect(found()).toEqual(expected);
      });
    }
  }
});
