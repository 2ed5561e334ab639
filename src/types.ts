/**
 * The public types of netlint: what a rule (built-in or third-party) sees and
 * what a lint run returns. Everything here is part of the plugin API.
 */

/**
 * A range of the linted message, as UTF-16 offsets into the text the rules read: the file's
 * text (a leading BOM not counted) without invisible format characters (zero-width spaces and
 * joiners, soft hyphens…) and in NFC. The engine maps reported spans back to the file.
 */
export interface Span {
  start: number;
  end: number;
}

/** One piece of prose a rule can look at: the whole message, a paragraph or a sentence. */
export interface ProseUnit {
  /** The unit's prose. Markup, code, quotes and comments are blanked out, so the text is as long as its source. */
  readonly text: string;
  /** Where the unit starts in the file. */
  readonly start: number;
  readonly end: number;
  /** Turn offsets relative to `text` into a file span to report at. */
  span(start: number, end: number): Span;
  /** True when [start, end) of `text` lies inside a pair of double quotation marks (someone else's words). */
  isQuoted(start: number, end: number): boolean;
}

export interface Sentence extends ProseUnit {
  readonly kind: 'sentence';
  /** Position of this sentence in the message, from 0. */
  readonly index: number;
}

export interface Paragraph extends ProseUnit {
  readonly kind: 'paragraph';
  readonly index: number;
  readonly sentences: readonly Sentence[];
}

/** A markdown link or image, with the file span of the whole construct. */
export interface MessageLink {
  readonly url: string;
  readonly text: string;
  readonly at: Span;
}

export const CHANNELS = ['email', 'linkedin', 'linkedin-connection', 'inmail', 'sms', 'other'] as const;
export const STAGES = ['first-contact', 'reply', 'follow-up', 'thank-you'] as const;
export const RELATIONSHIPS = ['stranger', 'acquaintance', 'colleague', 'friend'] as const;
export type Channel = (typeof CHANNELS)[number];
/** Who the reader is to the writer: what "build the relationship first" rules key on. */
export type Relationship = (typeof RELATIONSHIPS)[number];
export type Stage = (typeof STAGES)[number];

/** What is known about a message: its front matter, config defaults and inference. */
export interface MessageFacts {
  readonly channel?: Channel;
  readonly stage: Stage;
  /** True when `stage` came from the wording rather than front matter or config. */
  readonly stageInferred: boolean;
  /**
   * Who the reader is to the writer (front matter or config `relationship`). When neither
   * says, it is inferred: `acquaintance` when the message shows an earlier exchange
   * (thanks for a call, "as we discussed", a reply), else `stranger` — a first contact, or a
   * follow-up nudge to someone who never answered.
   */
  readonly relationship: Relationship;
  readonly relationshipInferred: boolean;
  /** ISO date (YYYY-MM-DD) of the deadline the message is about, when known. */
  readonly deadline?: string;
  /** ISO date the message goes out (front matter `sent`, else today). */
  readonly sent: string;
  readonly recipient?: string;
  readonly template: boolean;
  /** `sent` (a draft of yours), `received` (their reply) or `note` (an event you recorded). */
  readonly direction: Direction;
  readonly date?: string;
  readonly event?: string;
  /** The conversation the message declares it belongs to (front matter `thread`), across folders. */
  readonly thread?: string;
  /** The file path, or `<text>` for stdin without a name. */
  readonly filePath: string;
}

export interface Message extends ProseUnit {
  readonly kind: 'message';
  readonly facts: MessageFacts;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly links: readonly MessageLink[];
  /** The whole file as read for matching (BOM and invisible format characters removed, NFC), for rules that need raw characters such as template slots. */
  readonly source: string;
  /** The part of the file that will be sent: after the front matter, before any quoted earlier message (signature included). */
  readonly body: Span;
  /** The trailing signature block, if any (part of `body`, not of the prose). */
  readonly signature: Span | null;
  /** Parts of `body` that are not the writer's words: code, block quotes, HTML comments. */
  readonly skipped: readonly Span[];
  /** Where each front-matter value stands, for findings about it. */
  readonly factSpans: Readonly<Partial<Record<'channel' | 'stage' | 'relationship' | 'deadline' | 'sent' | 'recipient' | 'template' | 'direction' | 'date' | 'event' | 'thread', Span>>>;
}

export type SeverityName = 'off' | 'warn' | 'error';
export type Severity = 0 | 1 | 2;

export type OptionSpec =
  | { type: 'number'; default: number; description: string; minimum?: number }
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'string'; default: string; description: string; enum?: readonly string[] }
  | { type: 'string[]'; default: readonly string[] | null; description: string };

export type RuleOptions = Record<string, unknown>;

/** The value type an option spec declares: `{ type: 'number' }` → number. */
export type OptionValue<S extends OptionSpec> = S extends { type: 'number' }
  ? number
  : S extends { type: 'boolean' }
    ? boolean
    : S extends { type: 'string' }
      ? string
      : readonly string[] | null;

/** The options object a rule receives, typed from its `meta.options` (defaults filled in). */
export type OptionValues<O extends Record<string, OptionSpec>> = { readonly [K in keyof O]: OptionValue<O[K]> };

export interface RuleDocs {
  /** Why the behaviour hurts, quoting the article where it can. */
  why: string;
  /** Messages (or excerpts) the rule must flag. */
  bad: readonly string[];
  /** Messages (or excerpts) the rule must not flag. */
  good: readonly string[];
  /** Where the rule is documented. Built-in rules leave it out: their row in the README rule table is used. */
  url?: string;
  /** Extra front matter for the examples, e.g. `{ stage: 'first-contact' }`. */
  exampleFacts?: Partial<Pick<MessageFacts, 'stage' | 'relationship' | 'channel' | 'deadline' | 'sent'>>;
}

export interface RuleMeta {
  description: string;
  /** `thread` for rules that judge a whole conversation folder (they use the `thread` visitor). */
  scope?: 'message' | 'thread';
  /** Severity in `netlint:recommended`; `false` means only in `netlint:strict`. */
  recommended: 'warn' | 'error' | false;
  /** What the rule needs from the engine; `nlp` loads compromise for `context.nlp`. */
  needs?: readonly 'nlp'[];
  options?: Record<string, OptionSpec>;
  messages: Record<string, string>;
  /** Message ids for hard limits: reported as errors whenever the rule is on, even at "warn". */
  alwaysError?: readonly string[];
  hasSuggestions?: boolean;
  /**
   * Set to `'text'` when the rule reports `fix`es: rewrites safe to apply without a human
   * looking (`--fix`). A report with a `fix` from a rule without it is a crash, as in ESLint.
   */
  fixable?: 'text';
  /** A few words for the per-message verdict, e.g. "last minute" or "nothing offered back". */
  verdict?: string;
  docs: RuleDocs;
}

export interface SuggestionDescriptor {
  desc: string;
  fix: { at: Span; text: string };
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  at: Span;
  /** Thread rules: the message (file) that `at` is in. */
  in?: Message;
  suggest?: readonly SuggestionDescriptor[];
  /** A rewrite `--fix` may apply unasked (needs `meta.fixable`); it must lie inside `at`. */
  fix?: { at: Span; text: string };
}

/** A thin view of compromise, loaded on first use and only for rules that declare `needs: ['nlp']`. */
export interface NlpTools {
  /** Grammatical reading of one sentence. */
  analyze(text: string): SentenceAnalysis;
  /** The words of the noun phrase `text` starts with ("team" of "team expects a lot"), by the tagger. */
  leadingNounPhrase(text: string): string[];
}

export interface SentenceAnalysis {
  isQuestion: boolean;
  /** A verb in the sentence is negated ("don't", "never", "not"). */
  hasNegation: boolean;
  /** The first verb is past tense ("was", "helped"), i.e. it reports rather than asks. */
  isPastTense: boolean;
  /** The sentence opens with a bare verb ("Send me…", "Please forward…"). */
  isImperative: boolean;
}

/** What a request asks the reader for (catalogue: "Distinct asks"). */
export type AskKind =
  | 'time'
  | 'advice'
  | 'review'
  | 'forward'
  | 'referral'
  | 'introduction'
  | 'recommendation'
  | 'job'
  | 'send'
  | 'contact'
  | 'connection';

/** Something the reading found, where it stands in the file, and its words. */
export interface Act {
  readonly at: Span;
  readonly text: string;
  /** The sentence it stands in. */
  readonly sentence: Sentence;
}

/** One favour inside an ask, with the words that name it. */
export interface AskItem extends Act {
  readonly kind: AskKind;
}

/**
 * The writer asks the reader to do or give something. Negated, quoted, reported and
 * hypothetical-about-the-writer sentences are no asks; offers are not asks.
 */
export interface Ask extends Act {
  /** How it is asked: a question, a polite imperative, a wish ("I'd love…"), or an item of a list an ask introduced. */
  readonly form: 'question' | 'request' | 'imperative' | 'wish' | 'list-item';
  /** Softened by "please", "could you", "if you have time", thanks… — false for a bare order ("Send me the deck."). */
  readonly polite: boolean;
  /** The favours named in it, in order, one per kind. Empty when the kind is not named ("Could you help?"). */
  readonly items: readonly AskItem[];
  /** General advice with no question named: "some advice", "to pick your brain". */
  readonly vague?: Act & { readonly pickBrain: boolean };
  /** A big favour for someone with no relationship: a referral, a forward to a decision-maker, an introduction to one. */
  readonly bigFavour?: Act;
}

/** How long a meeting ask says it takes. */
export interface Duration extends Act {
  readonly minutes: number;
}

/** The writer offers the reader something back. */
export type Offer = Act;

/** Something specific to the reader: their work, a move of theirs, a shared past, a mutual contact. */
export interface PersonalReference extends Act {
  readonly kind: 'their-work' | 'their-move' | 'shared-past' | 'mutual-contact';
}

/** A document of the writer's sent with the message (attached, enclosed, pasted or linked). */
export interface DocumentSent extends Act {
  /** The document's name as written, e.g. "résumé", "CV", "portfolio". */
  readonly document: string;
}

/** Pressure on the reader to act within hours or days. */
export interface Pressure extends Act {
  readonly kind: 'urgency' | 'deadline';
  /** For a deadline: the writer's event ("interview") and when it is ("tomorrow"), and days away from `sent`. */
  readonly event?: string;
  readonly when?: string;
  readonly days?: number;
}

/**
 * One shared reading of a message, computed once and used by every rule. Each list
 * holds only the writer's own words: quoted text, negated and hypothetical clauses
 * are decided here once.
 */
export interface Reading {
  readonly asks: readonly Ask[];
  /** Durations stated in the message's asks ("20 minutes of your time"). */
  readonly durations: readonly Duration[];
  /** Whether the asks propose days or times ("next Tuesday at 10am"). */
  readonly proposesTimes: boolean;
  readonly offers: readonly Offer[];
  readonly personalReferences: readonly PersonalReference[];
  readonly documents: readonly DocumentSent[];
  readonly pressure: readonly Pressure[];
  /** Words that set no deadline for the reader: "no rush", "whenever suits you". */
  readonly relaxed: boolean;
  readonly thanks: readonly Act[];
  /** In a received message: help given (answers, an introduction, a yes, "I passed your CV on"). */
  readonly helpGiven: readonly Act[];
}

export interface RuleContext<Options = Readonly<RuleOptions>> {
  /** The id the rule is configured under (`acme/foo` for plugins). */
  readonly id: string;
  /** The rule's options, defaults filled in; typed from `meta.options` when the rule uses `defineRule`. */
  readonly options: Options;
  readonly message: MessageFacts;
  /** The shared reading of the message (asks, offers, personal references…), computed on first use. */
  readonly reading: Reading;
  /** The reading of another message, for thread rules. */
  readingOf(message: Message): Reading;
  report(descriptor: ReportDescriptor): void;
  /** compromise-backed helpers; throws if the rule did not declare `needs: ['nlp']`. */
  readonly nlp: NlpTools;
}

/** One message of a conversation, as a thread rule sees it. */
export interface ThreadMessage {
  readonly message: Message;
  readonly direction: Direction;
  readonly date: string;
  readonly event?: string;
  /** Where its date stands in the file: thread findings point there. */
  readonly dateAt: Span;
}

/**
 * A conversation: the messages that declare it (a shared `thread` id, else `direction` in one
 * folder), ordered by date (ties keep file-name order).
 */
export interface Thread {
  /** The folder of its first message (in file order); for a `thread` id, its messages may span folders. */
  readonly directory: string;
  /** The `thread` id its messages share; absent for a folder's messages with `direction`. */
  readonly id?: string;
  readonly messages: readonly ThreadMessage[];
  /** ISO date the thread is judged on (--today). */
  readonly today: string;
}

export interface RuleVisitor {
  /** Thread rules: the whole conversation, once per thread folder. Report with `at` in one of its messages. */
  thread?(thread: Thread): void;
  message?(message: Message): void;
  paragraph?(paragraph: Paragraph): void;
  sentence?(sentence: Sentence): void;
}

export interface Rule {
  meta: RuleMeta;
  create(context: RuleContext): RuleVisitor;
}

export interface Plugin {
  name: string;
  rules?: Record<string, Rule>;
  configs?: Record<string, ConfigObject>;
}

export type RuleSetting = SeverityName | Severity | [SeverityName | Severity, RuleOptions?];

export interface ConfigOverride {
  files: string[];
  rules?: Record<string, RuleSetting>;
  defaults?: FrontMatterDefaults;
}

export interface FrontMatterDefaults {
  channel?: Channel;
  stage?: Stage;
  deadline?: string;
  sent?: string;
  recipient?: string;
  template?: boolean;
  relationship?: Relationship;
}

export const DIRECTIONS = ['sent', 'received', 'note'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Front matter that places a message in a conversation: `direction`, or a `thread` id. */
export interface ThreadFacts {
  direction?: Direction;
  /** A conversation id shared by its messages, wherever they are. */
  thread?: string;
  /** ISO date the message was sent or received, or the event happened (`date`, else `sent`). */
  date?: string;
  /** What happened, on a note: call, meeting, interview, offer, intro… */
  event?: string;
}

export interface ConfigObject {
  extends?: string | string[];
  plugins?: string[];
  rules?: Record<string, RuleSetting>;
  overrides?: ConfigOverride[];
  defaults?: FrontMatterDefaults;
  ignores?: string[];
  /** Which files are message templates, and the `{{variables}}` they may use. */
  templates?: { files: string[]; allowedVariables?: string[] };
  /** Phrases no rule flags: a finding about these words is dropped. */
  accept?: string[];
  /** Style files (YAML or JSON phrase lists, paths relative to the config file), each a set of rules. */
  styles?: string[];
}

/** One finding, shaped exactly like ESLint's `LintMessage`. */
export interface LintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  messageId?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
  /** The rewrite `--fix` applies, as ESLint's (offsets into the text without a leading BOM). */
  fix?: { range: [number, number]; text: string };
  fatal?: true;
}

export interface SuppressedLintMessage extends LintMessage {
  suppressions: { kind: 'directive'; justification: string }[];
}

/** One file's result, shaped exactly like ESLint's `LintResult` plus a `netlint` field. */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: SuppressedLintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: [];
  source?: string;
  /** The fixed text, present only when `--fix`/`--fix-dry-run` changed something (as ESLint's). */
  output?: string;
  netlint: { stage: Stage | null; channel: Channel | null; verdict: Verdict };
}

/** How a message reads overall, from its findings (`networker`: nothing found; `user`: errors; `none`: no rule was enabled). */
export interface Verdict {
  kind: 'networker' | 'mixed' | 'user' | 'unknown' | 'none';
  text: string;
  reasons: string[];
}
