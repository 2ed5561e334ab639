// Regenerates the parts of the repository that come from rule metadata and
// from running the tool: the README rule table, the README's sample outputs
// and .networklintrc.example.json. Run `npm run generate` (the sample outputs
// run the CLI bundle: `npm run build` first); test/generated.test.ts and
// test/readme-samples.test.ts fail when they drift.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { loadAllBuiltinRules } from '../dist/rules/index.js';
import { SAMPLE_COLUMNS, exampleConfig, replaceRuleTable, replaceSampleOutputs } from '../dist/src/docs.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const rules = await loadAllBuiltinRules();
const readmePath = path.join(root, 'README.md');
const env = { ...process.env, NO_COLOR: '1', COLUMNS: String(SAMPLE_COLUMNS) };
delete env.FORCE_COLOR;
const run = (args) => spawnSync(process.execPath, [path.join(root, 'bin', 'netlint.js'), ...args], { cwd: root, env, encoding: 'utf8' }).stdout;
writeFileSync(readmePath, replaceSampleOutputs(replaceRuleTable(readFileSync(readmePath, 'utf8'), rules), run));
writeFileSync(path.join(root, '.networklintrc.example.json'), exampleConfig(rules));
console.log('Updated README.md (rule table, sample outputs) and .networklintrc.example.json');
