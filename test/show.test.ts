import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'vitest';
import { describeFinding, lint, textAt } from './helpers.js';
const dir = process.env.SHOW!;
it.skipIf(!dir)('show', () => {
  const rule = path.basename(dir);
  for (const f of readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f))) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    const ms = lint(text, { rules: process.env.ALL ? undefined : [rule], filePath: f });
    console.log(f, ms.map((m) => `${describeFinding(m)} «${textAt(text, m)}»`));
  }
});
