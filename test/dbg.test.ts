import { it } from 'vitest';
import { parseMessage } from '../src/message/index.js';
import { loadNlp } from '../src/text/nlp.js';
it('dbg', async () => {
  const nlp = await loadNlp();
  const m = parseMessage(process.env.TEXT!, { filePath: process.env.FP ?? 'x.md', defaults: {}, today: '2026-01-01' }).message;
  console.log(m.facts);
  for (const s of m.sentences) console.log(JSON.stringify(s.text), nlp.analyze(s.text));
});
