// Prints the shared reading of messages, for seeing why a rule did or did not fire:
//   npm run build && node scripts/reading.mjs draft.md [more.md …]
import { readFileSync } from 'node:fs';
import { parseMessage } from '../dist/src/message/index.js';
import { readMessage } from '../dist/src/reading/index.js';
import { loadNlp } from '../dist/src/text/nlp.js';

const nlp = await loadNlp();
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const { message } = parseMessage(text, { filePath: file, defaults: {}, today: '2026-03-02' });
  const reading = readMessage(message, nlp);
  const { stage, relationship } = message.facts;
  console.log(`${file}  stage=${stage} relationship=${relationship}`);
  for (const a of reading.asks) {
    console.log(`  ask[${a.form}] «${a.text.slice(0, 90)}» ${a.items.map((i) => `${i.kind}:«${i.text}»`).join(' ')}${a.vague ? ` VAGUE«${a.vague.text}»` : ''}${a.bigFavour ? ` BIG«${a.bigFavour.text}»` : ''}`);
  }
  for (const key of ['offers', 'personalReferences', 'documents', 'pressure', 'durations', 'thanks', 'helpGiven']) {
    for (const x of reading[key]) console.log(`  ${key}${x.kind ? `[${x.kind}]` : ''} «${x.text.slice(0, 80)}»`);
  }
}
