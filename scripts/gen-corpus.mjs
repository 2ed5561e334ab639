// A deterministic generator of realistic outreach messages (60–250 words,
// markdown, some with front matter), for the benchmark:
//   node scripts/gen-corpus.mjs <dir> <count> [seed]
// The same seed always writes the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: a tiny seedable PRNG. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Sam', 'Priya', 'Marcus', 'Lena', 'Omar', 'Grace', 'Kwame', 'Sofia', 'Hiroshi', 'Ines', 'Dana', 'Theo'];
const COMPANIES = ['ABC Company', 'Stripe', 'Canva', 'Datadog', 'Shopify', 'Nubank', 'Wise', 'Figma', 'Duolingo', 'Plaid'];
const TOPICS = ['onboarding new reps', 'pricing experiments', 'incident reviews', 'design systems', 'data contracts', 'growth loops', 'hiring loops', 'on-call rotations'];
const OPENERS = [
  'Hi {name},',
  'Dear {name},',
  'Hello {name},',
  '{name}, we are connected on LinkedIn and I read your great profile.',
  'I hope this email finds you well.',
];
const CONTEXT = [
  'I read your post on {topic} and the part about measuring the first ninety days stayed with me.',
  'I see you work for {company}.',
  'Your talk on {topic} at the spring conference was the clearest explanation I have heard.',
  'I am applying for an outside sales position at {company}, a role I am passionate about and qualified for.',
  'I have spent six years in customer success and I am moving into product management this year.',
  'We both studied at the same university, and Maria suggested I reach out about {topic}.',
  'I have an interview with {company} tomorrow.',
  'Our team is rebuilding its approach to {topic}, and we keep running into the same questions you wrote about.',
];
const ASKS = [
  'May I ask you three questions about {topic} by e-mail?',
  'Can you please give me some advice?',
  'Would you have 20 minutes next Tuesday or Wednesday at 10am for a call?',
  'Can we hop on a call sometime?',
  'Could you tell me how your team decides which experiments make the roadmap?',
  'Attached is my résumé. Will you please forward it to the hiring manager with a referral?',
  'I would love to pick your brain over coffee.',
  'Which skills matter most in the first year on the {company} team?',
];
const OFFERS = ['I hope I can help you in some way, as well.', 'Is there anything I can do to help you?', 'Happy to share the notes I took on {topic} in return.', ''];
const FILLER = [
  'Over the last year I have led a small team through two launches and learned a lot about {topic}.',
  'I know your time is valuable, so I will keep this short and specific.',
  'In my current role I work closely with sales, support and engineering on {topic}.',
  'I have read most of what your team has published and tried several of the ideas with my own team.',
  'We measured the results for a quarter and the numbers were encouraging, though not conclusive.',
];
const CLOSINGS = ['Best,\n{me}', 'Thank you very much,\n{me}', 'Regards,\n{me}', 'Cheers,\n{me}'];
const CHANNELS = ['email', 'linkedin', 'inmail'];
const STAGES = ['first-contact', 'follow-up'];

export function generateMessage(rand, index) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const fill = (text) =>
    text.replace(/\{name\}/g, pick(NAMES)).replace(/\{company\}/g, pick(COMPANIES)).replace(/\{topic\}/g, pick(TOPICS)).replace(/\{me\}/g, pick(NAMES));
  const paragraphs = [fill(pick(OPENERS))];
  let words = 0;
  const target = 60 + Math.floor(rand() * 190);
  while (words < target) {
    const paragraph = [pick(CONTEXT), pick(FILLER), rand() < 0.5 ? pick(FILLER) : ''].filter(Boolean).map(fill).join(' ');
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
  paragraphs.push([pick(ASKS), pick(OFFERS)].filter(Boolean).map(fill).join(' '));
  if (rand() < 0.3) paragraphs.push(`- ${fill(pick(ASKS))}\n- ${fill(pick(ASKS))}`);
  paragraphs.push(fill(pick(CLOSINGS)));
  const body = `${paragraphs.join('\n\n')}\n`;
  if (rand() < 0.4) return `---\nchannel: ${pick(CHANNELS)}\nstage: ${pick(STAGES)}\n---\n${body}`;
  return index % 7 === 0 ? body.replace(/\n/g, '\r\n') : body;
}

export function writeCorpus(dir, count, seed = 42) {
  mkdirSync(dir, { recursive: true });
  const rand = random(seed);
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `message-${String(i).padStart(5, '0')}.md`), generateMessage(rand, i));
}

if (process.argv[1] && process.argv[1].endsWith('gen-corpus.mjs')) {
  const [dir, count = '1000', seed = '42'] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node scripts/gen-corpus.mjs <dir> <count> [seed]');
    process.exit(2);
  }
  writeCorpus(path.resolve(dir), Number(count), Number(seed));
  console.log(`wrote ${count} messages to ${path.resolve(dir)}`);
}
