// Prints each finding with the exact text it points at, for reviewing a rule's
// fixtures or a corpus by eye before writing `.expected` files:
//   npm run build && node scripts/findings.mjs fixtures/vague-advice-request [--all]
// In a fixture folder named after a rule only that rule runs; --all runs every rule.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { lintText } from '../dist/src/index.js';

const args = process.argv.slice(2);
const all = args.includes('--all');
for (const target of args.filter((a) => a !== '--all')) {
  const files = statSync(target).isDirectory() ? readdirSync(target).filter((f) => /\.(md|markdown|txt)$/.test(f)).map((f) => path.join(target, f)) : [target];
  const ruleId = path.basename(statSync(target).isDirectory() ? target : path.dirname(target));
  for (const file of files.sort()) {
    const text = readFileSync(file, 'utf8');
    const plain = text.replace(/^\uFEFF/, '');
    const starts = [0, ...[...plain.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)];
    const offset = (line, column) => starts[line - 1] + column - 1;
    const optionsFile = file.replace(/\.(md|markdown|txt)$/, '.options.json');
    const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : undefined;
    const setting = options ? ['error', options] : 'error';
    const result = await lintText(text, { filePath: path.resolve(file), useConfigLookup: false, today: '2026-03-01', ...(all ? {} : { rules: { [ruleId]: setting } }) });
    const shown = result.messages.filter((m) => all || m.ruleId === ruleId);
    console.log(`${file}${shown.length ? '' : '  (nothing)'}`);
    for (const m of shown) {
      console.log(`  ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}/${m.messageId ?? ''}  «${plain.slice(offset(m.line, m.column), offset(m.endLine, m.endColumn))}»`);
    }
  }
}
