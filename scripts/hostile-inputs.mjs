// Writes the hostile-input corpus used by test/hostile.test.ts into a folder:
//   node scripts/hostile-inputs.mjs <dir>
// Every case is something netlint meets in CI or a hook over files it did
// not write; each must end with exit code 0, 1 or 2, within the time budget,
// with no stack trace and parseable JSON.
import { mkdirSync, writeFileSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const PLACEHOLDER_DRAFT = 'Hi {{first_name}}, I loved your talk at [Conference]. May I ask you two questions?\n';

function utf16(text, endian) {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

/** name → content (string or Buffer). */
export function hostileFiles() {
  const nested = (marker, depth) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}${marker} level ${i}`).join('\n');
  return {
    'empty.md': '',
    'whitespace-only.md': ' \n\t\n   \r\n',
    'front-matter-only.md': '---\nchannel: email\n---\n',
    'front-matter-unclosed.md': '---\nchannel: email\nHi Sam, can you give me some advice?\n',
    'front-matter-malformed.md': '---\nchannel: [email\nstage: {\n---\nHi Sam.\n',
    'front-matter-alias-bomb.md': `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\nchannel: *f\n---\nHi.\n`,
    'cr-only.md': 'Hi Sam,\r\rCan you give me some advice?\r\rThanks\r',
    'mixed-line-endings.md': 'Hi Sam,\r\n\nCan you give me\rsome advice?\n\r\nThanks',
    'tabs.md': '\tHi\tSam,\n\n\tCan\tyou\tgive\tme\tsome\tadvice?\n',
    'astral.md': '👋🏽 Hi Sam 🎉🎉 — 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 — can you give me some advice? 🙏\n',
    'very-long-line.md': `${'word '.repeat(40_000)}can you give me some advice?\n`,
    'huge.md': `${'A long paragraph of text. '.repeat(50_000)}\n`,
    'deep-list.md': `${nested('-', 500)}\n`,
    'deep-quote.md': `${'>'.repeat(2_000)} quoted\n\nCan you give me some advice?\n`,
    'deep-emphasis.md': `${'*'.repeat(5_000)}text${'*'.repeat(5_000)}\n`,
    'unclosed-html-comment.md': 'Hi Sam <!-- netlint-disable\n\nCan you give me some advice?\n',
    'directive-garbage.md': '<!-- netlint-disable-next-line ,,, -- -- -->\n<!-- netlint-enable 🙃 -->\n<!-- netlint-disable-line\n-->\nCan you give me some advice?\n',
    'pathological-backticks.md': '\\``'.repeat(20_000),
    'pathological-list-markers.md': '* '.repeat(8_000),
    'pathological-link-openers.md': '[a]('.repeat(50_000),
    'utf16le-placeholders.md': utf16(PLACEHOLDER_DRAFT, 'le'),
    'utf16be-placeholders.md': utf16(PLACEHOLDER_DRAFT, 'be'),
    'utf8-bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PLACEHOLDER_DRAFT)]),
    'binary-with-nul.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    'invalid-utf8.md': Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0xa0, 0xa1, 0x0a]),
    'lone-surrogate.md': 'Hi \ud800 Sam \udfff, can you give me some advice?\n',
    '-starts-with-dash.md': 'Can you give me some advice?\n',
    'name with spaces.md': 'Can you give me some advice?\n',
    'comma,colon:percent%.md': 'Can you give me some advice?\n',
    'new\nline.md': 'Can you give me some advice?\n',
    'ünïcödé-名前.md': 'Can you give me some advice?\n',
  };
}

export function writeHostileInputs(dir) {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(hostileFiles())) writeFileSync(path.join(dir, name), content);
  // Paths that are not plain files.
  mkdirSync(path.join(dir, 'a-directory.md'), { recursive: true });
  writeFileSync(path.join(dir, 'a-directory.md', 'inside.md'), 'Hi Sam, thank you for the call on Tuesday.\n');
  symlinkSync(path.join(dir, 'does-not-exist.md'), path.join(dir, 'dangling-link.md'));
  symlinkSync(path.join(dir, 'loop-b.md'), path.join(dir, 'loop-a.md'));
  symlinkSync(path.join(dir, 'loop-a.md'), path.join(dir, 'loop-b.md'));
  mkdirSync(path.join(dir, 'cycle'), { recursive: true });
  symlinkSync(dir, path.join(dir, 'cycle', 'back-to-top'));
  try {
    execFileSync('mkfifo', [path.join(dir, 'a-fifo.md')]);
  } catch {
    // mkfifo is missing on some systems; the FIFO case is then skipped.
  }
}

/**
 * Config files a repository may hold, name → [config file name, content]: each must fail
 * only the files it applies to, with one line naming the file and what is wrong.
 */
export function hostileConfigs() {
  return {
    'prototype-severity-constructor': ['.networklintrc.json', JSON.stringify({ extends: ['netlint:recommended'], rules: { 'vague-advice-request': 'constructor' } })],
    'prototype-severity-proto': ['.networklintrc.json', '{ "extends": ["netlint:recommended"], "rules": { "vague-advice-request": "__proto__" } }'],
    'prototype-rule-id': ['.networklintrc.json', '{ "rules": { "__proto__": "error", "constructor": "warn" } }'],
    'prototype-severity-yaml': ['.networklintrc.yaml', 'extends: netlint:recommended\nrules:\n  vague-advice-request: toString\n'],
    'glob-70kb': ['.networklintrc.json', JSON.stringify({ overrides: [{ files: ['a'.repeat(70_000)], rules: {} }] })],
    'ignores-glob-70kb': ['.networklintrc.json', JSON.stringify({ ignores: [`${'*'.repeat(35_000)}x`] })],
    'unknown-rule': ['.networklintrc.json', JSON.stringify({ rules: { 'no-such-rule': 'error' } })],
    'json-trailing-garbage': ['.networklintrc.json', '{ "extends": ["netlint:recommended"] } }'],
    'json-unclosed-comment': ['.networklintrc.json', '{ /* "extends": ["netlint:recommended"] }'],
    'json-deep-nesting': ['.networklintrc.json', `// deep\n${'['.repeat(200_000)}${']'.repeat(200_000)}`],
    'json-control-character': ['.networklintrc.json', '{ "rules": { "vague-advice-request": "of\u0001f" } }'],
    'json-not-an-object': ['.networklintrc.json', '[1, 2, 3]'],
    'plugin-without-rules': ['.networklintrc.json', JSON.stringify({ plugins: ['./no-rules.mjs'] })],
  };
}

/** Writes each hostile config into a folder of its own, next to a draft it applies to. */
export function writeHostileConfigs(dir) {
  for (const [name, [file, content]] of Object.entries(hostileConfigs())) {
    mkdirSync(path.join(dir, name), { recursive: true });
    writeFileSync(path.join(dir, name, file), content);
    writeFileSync(path.join(dir, name, 'draft.md'), 'Hi Sam, thank you for the call on Tuesday.\n');
    writeFileSync(path.join(dir, name, 'no-rules.mjs'), "export default { name: 'empty', configs: {} };\n");
  }
}

if (process.argv[1] && process.argv[1].endsWith('hostile-inputs.mjs')) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/hostile-inputs.mjs <dir>');
    process.exit(2);
  }
  writeHostileInputs(path.resolve(dir));
  console.log(`wrote hostile inputs to ${path.resolve(dir)}`);
}
