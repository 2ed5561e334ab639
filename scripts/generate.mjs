// Regenerates the parts of the repository that come from rule metadata:
// the README rule table and .networklintrc.example.json. Run `npm run generate`;
// test/generated.test.ts fails when they drift.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { loadAllBuiltinRules } from '../dist/rules/index.js';
import { exampleConfig, replaceRuleTable } from '../dist/src/docs.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const rules = await loadAllBuiltinRules();
const readmePath = path.join(root, 'README.md');
writeFileSync(readmePath, replaceRuleTable(readFileSync(readmePath, 'utf8'), rules));
writeFileSync(path.join(root, '.networklintrc.example.json'), exampleConfig(rules));
console.log('Updated README.md rule table and .networklintrc.example.json');
