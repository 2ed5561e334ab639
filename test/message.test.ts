/** The message model: front matter, stage inference, and what counts as prose. */
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../src/message/index.js';
import { describeFinding, lint } from './helpers.js';

const parse = (text: string, filePath = 'message.md') => parseMessage(text, { filePath, defaults: {}, today: '2026-03-01' });

describe('front matter', () => {
  it('reads the message facts', () => {
    const { message, problems } = parse('---\nchannel: inmail\nstage: follow-up\ndeadline: 2026-04-02\nsent: 2026-03-10\nrecipient: Sam\ntemplate: true\nsubject: hello\n---\nHi Sam.\n');
    expect(problems).toEqual([]);
    expect(message.facts).toEqual({
      channel: 'inmail',
      stage: 'follow-up',
      stageInferred: false,
      relationship: 'stranger',
      relationshipInferred: true,
      deadline: '2026-04-02',
      sent: '2026-03-10',
      recipient: 'Sam',
      template: true,
      direction: 'sent',
      filePath: 'message.md',
    });
  });

  it('reports a wrong value as an error at the value, never ignoring it', () => {
    const text = '---\nchannel: fax\ndeadline: 2026-02-30\ntemplate: maybe\n---\nHi Sam.\n';
    expect(lint(text, { rules: [] }).map((m) => `${describeFinding(m)} ${m.message}`)).toEqual([
      '2:10-2:13 (netlint) Front matter `channel` must be one of email, linkedin, linkedin-connection, inmail, sms, other, not "fax".',
      '3:11-3:21 (netlint) Front matter `deadline` must be a date such as 2026-03-14, not "2026-02-30".',
      '4:11-4:16 (netlint) Front matter `template` must be true or false, not "maybe".',
    ]);
  });

  it('reports invalid YAML and unclosed front matter instead of crashing', () => {
    expect(lint('---\nchannel: [email\n---\nHi.\n', { rules: [] })[0]!.message).toMatch(/^Front matter is not valid YAML/);
    expect(lint('---\nchannel: email\nHi Sam.\n', { rules: [] }).map(describeFinding)).toEqual(['1:1-1:4 (netlint)']);
  });

  it('lets front matter override config defaults', () => {
    const { message } = parseMessage('---\nchannel: sms\n---\nHi.\n', { filePath: 'm.md', defaults: { channel: 'email', stage: 'reply' }, today: '2026-03-01' });
    expect(message.facts).toMatchObject({ channel: 'sms', stage: 'reply', stageInferred: false, sent: '2026-03-01' });
  });
});

describe('stage inference', () => {
  const stage = (text: string) => parse(text).message.facts.stage;
  it.each([
    ['Sam, we are connected on LinkedIn. May I ask you three questions?', 'first-contact'],
    ['Thank you for your time and consideration. May I ask you three questions?', 'first-contact'],
    ['Thank you for taking the time to review my email.', 'first-contact'],
    ['Sam, again, thank you for your time on . Your advice was invaluable.', 'thank-you'],
    ['Great talking to you yesterday about the Y Division.', 'thank-you'],
    ['It was a real pleasure chatting with you at the mixer.', 'thank-you'],
    ['Following up on my note from last week about the role.', 'follow-up'],
    ['As promised, here is the deck.', 'follow-up'],
    ['Subject: Re: Staff engineer role\n\nThanks, that works.', 'reply'],
    ['Sounds good.\n\n> Can you send the deck?\n', 'reply'],
    ['Sounds good.\n\nOn Tue, Mar 3, 2026 at 9:12 AM Sam <sam@example.com> wrote:\nCan you send the deck?\n', 'reply'],
  ])('%s → %s', (text, expected) => expect(stage(text)).toBe(expected));
});

describe('prose', () => {
  it('splits paragraphs and sentences, keeping abbreviations and salutations apart', () => {
    const { message } = parse('Hi Dr. Lee,\nI read your post on ramp-up, e.g. the 90-day plan. Could I ask two questions?\n\n- How long does onboarding take?\n- Who owns it?\n');
    expect(message.paragraphs.map((p) => p.sentences.map((s) => s.text))).toEqual([
      ['Hi Dr. Lee,', 'I read your post on ramp-up, e.g. the 90-day plan.', 'Could I ask two questions?'],
      ['How long does onboarding take?'],
      ['Who owns it?'],
    ]);
  });

  it('leaves out a signature after a sign-off or a "-- " line, but not a closing sentence', () => {
    const withSignOff = parse('May I ask three questions?\n\nBest regards,\nNancy Jones\nAccount Executive, ABC\n').message;
    expect(withSignOff.sentences.map((s) => s.text)).toEqual(['May I ask three questions?']);
    const withDelimiter = parse('May I ask three questions?\n\n-- \nNancy\nhttps://nancy.example.com\n').message;
    expect(withDelimiter.sentences.map((s) => s.text)).toEqual(['May I ask three questions?']);
    const closing = parse('May I ask three questions?\n\nThanks so much for reading this far, I know it was long and your time is valuable to you.\n').message;
    expect(closing.sentences).toHaveLength(2);
  });

  it('collects links with their text and URL', () => {
    const { message } = parse('See [my résumé](https://example.com/r.pdf) and ![deck](deck.pdf).\n');
    expect(message.links.map((l) => [l.text, l.url, l.at.start, l.at.end])).toEqual([
      ['my résumé', 'https://example.com/r.pdf', 4, 42],
      ['deck', 'deck.pdf', 47, 64],
    ]);
  });

  it('knows which words stand inside quotation marks', () => {
    const { message } = parse('She said “give me some advice” and left. Then "another" one.\n');
    const sentence = message.sentences[0]!;
    expect(sentence.isQuoted(sentence.text.indexOf('give'), sentence.text.indexOf('advice') + 6)).toBe(true);
    expect(sentence.isQuoted(0, 3)).toBe(false);
  });
});
