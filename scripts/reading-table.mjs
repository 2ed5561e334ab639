// Scores the shared reading on test/reading-cases.json (sentence → acts, written by a helper
// briefed only with the catalogue): per field, how many rows agree. `--misses` lists the rows.
import { readFileSync } from 'node:fs';
import { parseMessage } from '../dist/src/message/index.js';
import { readMessage } from '../dist/src/reading/index.js';
import { loadNlp } from '../dist/src/text/nlp.js';

const rows = JSON.parse(readFileSync(new URL('../test/reading-cases.json', import.meta.url), 'utf8'));
const nlp = await loadNlp();
export function actual(text) {
  const { message } = parseMessage(text, { filePath: 'case.md', defaults: { stage: 'first-contact' }, today: '2026-03-02' });
  const r = readMessage(message, nlp);
  return {
    ask: r.asks.length > 0,
    kinds: [...new Set(r.asks.flatMap((a) => a.items.map((i) => i.kind)))].sort(),
    vague: r.asks.some((a) => a.vague),
    bigFavour: r.asks.some((a) => a.bigFavour),
    offer: r.offers.length > 0,
    personal: r.personalReferences.length > 0,
    document: r.documents.length > 0,
    pressure: r.pressure.length > 0,
    thanks: r.thanks.length > 0,
  };
}
const fields = ['ask', 'kinds', 'vague', 'bigFavour', 'offer', 'personal', 'document', 'pressure', 'thanks'];
const wrong = Object.fromEntries(fields.map((f) => [f, []]));
for (const row of rows) {
  const got = actual(row.text);
  for (const f of fields) {
    const want = f === 'kinds' ? [...row.kinds].sort().join(',') : row[f];
    const have = f === 'kinds' ? got.kinds.join(',') : got[f];
    if (f === 'kinds' && !row.ask) continue;
    if (want !== have) wrong[f].push({ text: row.text, want, have });
  }
}
for (const f of fields) console.log(`${f.padEnd(10)} ${rows.length - wrong[f].length}/${rows.length}`);
if (process.argv.includes('--misses')) for (const f of fields) for (const w of wrong[f]) console.log(`${f}\twant ${w.want}\thave ${w.have}\t${w.text}`);
