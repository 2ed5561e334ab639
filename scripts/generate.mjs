// Regenerates the parts of the repository that come from rule metadata and from running
// the tool: the README rule table and sample outputs, .networklintrc.example.json, the
// config's JSON Schema (networklintrc.schema.json) and its validator compiled ahead of time
// (src/config/builtin-validator.generated.ts). Run `npm run generate` (then build again:
// the validator is TypeScript source); test/generated.test.ts and
// test/readme-samples.test.ts fail when they drift.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { loadAllBuiltinRules } from '../dist/rules/index.js';
import { SAMPLE_COLUMNS, exampleConfig, replaceRuleTable, replaceSampleOutputs } from '../dist/src/docs.js';
import { SCHEMA_FILE, configSchemaFileText } from '../dist/src/config/schema.js';
import { GENERATED_VALIDATOR_FILE, builtinValidatorSource } from '../dist/src/config/validator-source.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const rules = await loadAllBuiltinRules();
const readmePath = path.join(root, 'README.md');
const env = { ...process.env, NO_COLOR: '1', COLUMNS: String(SAMPLE_COLUMNS) };
delete env.FORCE_COLOR;
const run = (args) => spawnSync(process.execPath, [path.join(root, 'bin', 'netlint.js'), ...args], { cwd: root, env, encoding: 'utf8' }).stdout;
writeFileSync(readmePath, replaceSampleOutputs(replaceRuleTable(readFileSync(readmePath, 'utf8'), rules), run));
writeFileSync(path.join(root, '.networklintrc.example.json'), exampleConfig(rules));
writeFileSync(path.join(root, SCHEMA_FILE), configSchemaFileText(rules));
writeFileSync(path.join(root, GENERATED_VALIDATOR_FILE), builtinValidatorSource(rules));
console.log(`Updated README.md (rule table, sample outputs), .networklintrc.example.json, ${SCHEMA_FILE} and ${GENERATED_VALIDATOR_FILE}`);
