// Writes the hostile-input corpus used by test/hostile.test.ts into a folder, and the
// hostile repositories used by test/hostile-untrusted.test.ts into <dir>/trees:
//   node scripts/hostile-inputs.mjs <dir>
// Every case is something netlint meets in CI or a hook over files it did
// not write; each must end with exit code 0, 1 or 2, within the time budget,
// with no stack trace and parseable JSON.
import { existsSync, mkdirSync, writeFileSync, symlinkSync } from 'node:fs';
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

function utf32(text, endian) {
  const points = [0xfeff, ...[...text].map((c) => c.codePointAt(0))];
  const bytes = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (endian === 'le' ? bytes.writeUInt32LE(p, i * 4) : bytes.writeUInt32BE(p, i * 4)));
  return bytes;
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
    'utf32le-placeholders.md': utf32(PLACEHOLDER_DRAFT, 'le'),
    'utf32be-placeholders.md': utf32(PLACEHOLDER_DRAFT, 'be'),
    'utf16le-no-bom-placeholders.md': utf16(PLACEHOLDER_DRAFT, 'le').subarray(2),
    // Invisible characters inside trigger words: the rules read through them.
    'invisible-in-trigger-words.md': 'Hi Sam, could you give me so\u200Bme ad\u00ADvice and some\u2060 ad\u200Dvice? Attached is my re\u0301sume\u0301.\n',
    'invisible-only.md': '\u200B\u200C\u200D\u2060\uFEFF\u00AD\n',
    // Nesting deep enough to overflow a recursive walk of the markdown tree.
    // Over 8 KiB, so a worker lints it under the time budget (remark takes seconds over it).
    'deep-ordered-list-line.md': `${'1) '.repeat(3_000)}x\n`,
    'deep-quote-line.md': `${'> '.repeat(4_000)}x\n`,
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

/**
 * Control characters that reach the report from a message's own content: a directive's
 * rule ids, words a rule quotes, file names. Terminal escapes (CSI, OSC with BEL), C1
 * controls (U+009B is a one-byte CSI), DEL, line and paragraph separators, and bidi
 * overrides that reorder what a reader sees. Every format must show them escaped.
 * name → content.
 */
export function controlCharacterFiles() {
  const ESC = '\u001b';
  return {
    'directive-terminal-escapes.md': `Hi Sam <!-- netlint-disable evil${ESC}]0;pwned\u0007${ESC}[2J${ESC}[31mred\u0001\u007f -->\nCan you give me some advice?\n`,
    'directive-c1-and-bidi.md': 'Hi Sam <!-- netlint-disable evil\u009b31m\u0085\u202eexe.md\u2066\u2028x\u200f -->\nCan you give me some advice?\n',
    'placeholder-with-escapes.md': `Hi {{first${ESC}[2J_name}}, I loved your talk at [Con\u009bference\u202e]. May I ask you two questions <Role\u0007>?\n`,
    [`name-with-${ESC}[31m-csi.md`]: 'Can you give me some advice?\n',
    'name-with-\u202e-bidi-dm.md': 'Can you give me some advice?\n',
    'name-with-\u009b-c1.md': 'Can you give me some advice?\n',
  };
}

/**
 * Output targets a repository can commit for `-o`: a symlink to a file outside it and a
 * folder that is a symlink out of it. `-o report.txt` must replace the link, not write
 * through it; `-o reports/out.txt` must be refused; outsideDir must stay untouched.
 */
export function writeOutputTraps(dir, outsideDir) {
  mkdirSync(dir, { recursive: true });
  mkdirSync(outsideDir, { recursive: true });
  writeFileSync(path.join(outsideDir, 'precious.txt'), 'keep me\n');
  symlinkSync(path.join(outsideDir, 'precious.txt'), path.join(dir, 'report.txt'));
  symlinkSync(outsideDir, path.join(dir, 'reports'));
}

/**
 * Option values that once slipped through: prototype names taken as severities or
 * formats, and numbers out of range. Each must end with one line naming the option, exit 2.
 */
export const HOSTILE_OPTION_VALUES = [
  ['--rule', 'vague-advice-request: constructor'],
  ['--rule', 'vague-advice-request: toString'],
  ['--rule', 'vague-advice-request: __proto__'],
  ['--rule', '__proto__: error'],
  ['-f', 'toString'],
  ['-f', 'constructor'],
  ['--file-timeout', '3000000'],
  ['--max-file-size', '0.4'],
  ['--max-file-size', '1constructor'],
  ['--concurrency', '100000'],
];

/** Files whose names are not valid UTF-8 (raw bytes), where the file system allows them. */
export function writeRawNamedFiles(dir) {
  try {
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/not-utf8-`), Buffer.from([0xff, 0xfe]), Buffer.from('.md')]), 'Can you give me some advice?\n');
  } catch {
    // Some file systems (APFS, NTFS) refuse such names; the case is then skipped.
  }
}

export function writeHostileInputs(dir) {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries({ ...hostileFiles(), ...controlCharacterFiles() })) writeFileSync(path.join(dir, name), content);
  writeRawNamedFiles(dir);
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

const BAD_DRAFT = 'Can you give me some advice? Attached is my resume.\n';

/**
 * Whole hostile repositories, for the files netlint reads for itself (its ignore file,
 * its cache, its config) and the special files it is handed with --cache: each is a
 * folder with a bad draft and the arguments to run netlint with there. Every run must
 * end (no hang on a pipe or FIFO, no gigabytes from /dev/zero) and still report the draft.
 * Entries whose special file this system lacks (no /proc, no mkfifo) are left out.
 */
export function writeHostileTrees(root) {
  const trees = [];
  const tree = (name, args, build) => {
    const dir = path.join(root, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'draft.md'), BAD_DRAFT);
    try {
      build(dir);
    } catch {
      return; // a special file this system cannot make
    }
    trees.push({ name, dir, args });
  };
  const fifo = (file) => execFileSync('mkfifo', [file]);
  const link = (target, file) => {
    if (target.startsWith('/proc/') && !existsSync('/proc/self/fd')) throw new Error('no /proc');
    symlinkSync(target, file);
  };
  // Outside every tree: a symbolic link must not lead netlint here.
  const outside = path.join(root, 'outside');
  mkdirSync(outside, { recursive: true });
  writeFileSync(path.join(outside, 'ignore-everything'), '*\n');
  writeFileSync(path.join(outside, 'rules-off.json'), JSON.stringify({ rules: {} }));

  for (const [special, target] of [['stdout', '/proc/self/fd/1'], ['dev-zero', '/dev/zero']]) {
    tree(`ignore-file-to-${special}`, ['draft.md'], (dir) => link(target, path.join(dir, '.networklintignore')));
    tree(`cache-to-${special}`, ['draft.md', '--cache'], (dir) => link(target, path.join(dir, '.netlintcache')));
    tree(`config-to-${special}`, ['draft.md', '-c', '.networklintrc.json'], (dir) => link(target, path.join(dir, '.networklintrc.json')));
  }
  tree('ignore-file-out-of-tree', ['draft.md'], (dir) => link(path.join(outside, 'ignore-everything'), path.join(dir, '.networklintignore')));
  tree('ignore-file-fifo', ['draft.md'], (dir) => fifo(path.join(dir, '.networklintignore')));
  tree('cache-fifo', ['draft.md', '--cache'], (dir) => fifo(path.join(dir, '.netlintcache')));
  tree('cache-symlink-in-tree', ['draft.md', '--cache'], (dir) => {
    writeFileSync(path.join(dir, 'notes.json'), '{"format":"netlint-cache/1","entries":{}}');
    link('notes.json', path.join(dir, '.netlintcache'));
  });
  mkdirSync(path.join(outside, 'cache-folder'), { recursive: true });
  tree('cache-symlink-to-folder-out-of-tree', ['draft.md', '--cache'], (dir) => link(path.join(outside, 'cache-folder'), path.join(dir, '.netlintcache')));
  tree('cache-null-entry', ['draft.md', '--cache'], (dir) => writeFileSync(path.join(dir, '.netlintcache'), JSON.stringify({ format: 'netlint-cache/1', entries: { [path.join(dir, 'draft.md')]: null } })));
  tree('cache-malformed-entries', ['draft.md', '--cache'], (dir) =>
    writeFileSync(path.join(dir, '.netlintcache'), JSON.stringify({ format: 'netlint-cache/1', entries: { [path.join(dir, 'draft.md')]: { key: 1, result: 'x' }, [path.join(dir, 'gone.md')]: [] } })),
  );
  tree('config-out-of-tree', ['draft.md'], (dir) => link(path.join(outside, 'rules-off.json'), path.join(dir, '.networklintrc.json')));
  tree('config-fifo-named', ['draft.md', '-c', 'netlint.json'], (dir) => fifo(path.join(dir, 'netlint.json')));
  tree('config-too-large', ['draft.md'], (dir) => writeFileSync(path.join(dir, '.networklintrc.json'), `{"rules": {}}${' '.repeat(2 * 1024 * 1024)}`));
  tree('explicit-fifo-with-cache', ['a-fifo.md', 'draft.md', '--cache'], (dir) => fifo(path.join(dir, 'a-fifo.md')));
  tree('explicit-dev-zero-with-cache', ['/dev/zero', 'draft.md', '--cache'], () => undefined);
  tree('explicit-stdout-with-cache', ['/proc/self/fd/1', 'draft.md', '--cache'], () => {
    if (!existsSync('/proc/self/fd')) throw new Error('no /proc');
  });
  return trees;
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
  for (const { name, args } of writeHostileTrees(path.join(path.resolve(dir), 'trees'))) console.log(`trees/${name}: netlint ${args.join(' ')}`);
  console.log(`wrote hostile inputs to ${path.resolve(dir)}`);
}
