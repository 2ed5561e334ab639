/**
 * Thread rules: a conversation is declared (catalogue v2): messages with a
 * `thread` id in their front matter are one conversation per id, wherever
 * they are; messages with `direction` and no id are one conversation per
 * folder. Everything else is an independent message. Each file of a
 * conversation is parsed once more for its facts; messages are ordered by
 * date (file order breaks ties) and every enabled rule with a `thread`
 * visitor sees the whole conversation. Findings land in the file they point at.
 */
import path from 'node:path';
import type { LintMessage, Message, ReportDescriptor, RuleContext, Thread, ThreadMessage } from '../types.js';
import { stripBom } from '../text/location.js';
import { parseMessage } from '../message/index.js';
import { readFrontMatter } from '../message/front-matter.js';
import { stampFinding, type ConfiguredRule, type RuleCrash } from './run.js';
import { readMessage } from '../reading/index.js';
import { sharedLazyNlp } from '../text/nlp.js';
import { whyLintingFailed } from '../errors.js';

export interface ThreadFile {
  filePath: string;
  text: string;
}

export interface ThreadOutcome {
  /** Findings by file path. */
  findings: Map<string, LintMessage[]>;
  crashes: (RuleCrash & { filePath: string })[];
}

/** Front matter that may declare a conversation: a cheap test before the YAML is parsed. */
const DECLARES_CONVERSATION = /^(?:\uFEFF)?---[\s\S]*?^(?:direction|thread)[ \t]*:/m;

/**
 * The conversation a message declares it belongs to, as a key shared by its
 * members: `thread:<id>` for a `thread` id, `folder:<directory>` for
 * `direction` alone; null for an independent message (a draft or template,
 * whatever dates it carries).
 */
export function conversationKey(filePath: string, text: string): string | null {
  if (!DECLARES_CONVERSATION.test(text.slice(0, 2000))) return null;
  const { values } = readFrontMatter(stripBom(text));
  if (values.thread !== undefined) return `thread:${values.thread}`;
  if (values.direction !== undefined) return `folder:${path.dirname(filePath)}`;
  return null;
}

/** The messages of one conversation, in file order. */
export interface Conversation {
  /** The `thread` id its messages share, if it is declared by one. */
  id?: string;
  files: readonly ThreadFile[];
}

export function runThreadRules(conversation: Conversation, rules: readonly ConfiguredRule[], today: string): ThreadOutcome {
  const { files } = conversation;
  const findings = new Map<string, LintMessage[]>();
  const crashes: ThreadOutcome['crashes'] = [];
  const add = (filePath: string, finding: LintMessage) => findings.set(filePath, [...(findings.get(filePath) ?? []), finding]);
  const parsed = files.flatMap((file) => {
    try {
      const { message, positions } = parseMessage(stripBom(file.text), { filePath: file.filePath, defaults: {}, today });
      return [{ file, lines: positions, message }];
    } catch (error) {
      // This message leaves the conversation; the others are still judged.
      add(file.filePath, { ruleId: null, severity: 2, fatal: true, message: `Cannot read this message as part of its conversation: ${whyLintingFailed(error)}.`, line: 1, column: 1, endLine: 1, endColumn: 1 });
      return [];
    }
  });
  if (parsed.length === 0) return { findings, crashes };
  const dated: (ThreadMessage & { order: number })[] = [];
  parsed.forEach(({ file, lines, message }, order) => {
    const date = message.facts.date ?? (message.factSpans.sent ? message.facts.sent : undefined);
    if (!date) {
      const which = conversation.id === undefined ? `in ${path.basename(path.dirname(file.filePath))}/` : `\`${conversation.id}\``;
      if (!message.factSpans.date) add(file.filePath, { ruleId: null, severity: 2, message: `This message is part of the conversation ${which} but has no date: add \`date: YYYY-MM-DD\` to its front matter so the thread can be ordered.`, ...lines.range(0, Math.min(3, message.source.length)) });
      return;
    }
    dated.push({ message, direction: message.facts.direction, date, dateAt: dateSpan(message), order, ...(message.facts.event !== undefined && { event: message.facts.event }) });
  });
  dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order)); // ISO dates
  const thread: Thread = { directory: path.dirname(files[0]!.filePath), ...(conversation.id !== undefined && { id: conversation.id }), messages: dated, today };
  const byMessage = new Map(parsed.map((p) => [p.message, p]));

  const nlp = sharedLazyNlp();
  const readingOf = (m: Message) => readMessage(m, nlp);
  for (const configured of rules) {
    const { rule, id } = configured;
    const first = dated[0]?.message ?? parsed[0]!.message;
    const context: RuleContext = {
      get reading() {
        return readingOf(first);
      },
      readingOf,
      id,
      options: configured.options,
      message: first.facts,
      nlp: {
        analyze: () => { throw new Error(`thread rule '${id}' cannot use context.nlp`); },
        leadingNounPhrase: () => { throw new Error(`thread rule '${id}' cannot use context.nlp`); },
      },
      report(descriptor: ReportDescriptor) {
        const target = descriptor.in ? byMessage.get(descriptor.in as Message) : undefined;
        if (!target) throw new Error(`thread rule '${id}' must report with \`in\` set to one of the thread's messages`);
        add(target.file.filePath, stampFinding(configured, descriptor, target.lines));
      },
    };
    try {
      rule.create(context).thread?.(thread);
    } catch (error) {
      crashes.push({ ruleId: id, error, filePath: thread.directory });
    }
  }
  return { findings, crashes };
}

/** Where a thread rule should point for a message: its `date` (or `sent`) value, else its first line. */
function dateSpan(message: Message): { start: number; end: number } {
  return message.factSpans.date ?? message.factSpans.sent ?? { start: 0, end: Math.min(message.source.length, Math.max(1, message.source.indexOf('\n'))) };
}
