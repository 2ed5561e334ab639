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
  for (const [name, content] of Object.entries(hostileFiles())) writeFileSync(path.join(dir, name), content);
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

if (process.argv[1] && process.argv[1].endsWith('hostile-inputs.mjs')) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/hostile-inputs.mjs <dir>');
    process.exit(2);
  }
  writeHostileInputs(path.resolve(dir));
  console.log(`wrote hostile inputs to ${path.resolve(dir)}`);
}
