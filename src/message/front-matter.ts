/**
 * YAML front matter: found at the very top between `---` lines, parsed with
 * `yaml` (aliases bounded), validated against the message model. Problems are
 * returned as located notes, never thrown, so a bad header cannot hide the
 * rest of the message.
 */
import { createRequire } from 'node:module';
import type { Node as YamlNode, Pair } from 'yaml';
import { CHANNELS, DIRECTIONS, RELATIONSHIPS, STAGES, type FrontMatterDefaults, type ThreadFacts } from '../types.js';

export interface FrontMatterProblem {
  message: string;
  start: number;
  end: number;
  fatal: boolean;
}

export interface FrontMatter {
  /** File range of the whole block, fences included (empty when there is none). */
  start: number;
  end: number;
  values: FrontMatterDefaults & ThreadFacts;
  /** Where each accepted value stands in the file, so rules can point at `deadline: …`. */
  spans: Partial<Record<keyof FrontMatterDefaults | keyof ThreadFacts, { start: number; end: number }>>;
  problems: FrontMatterProblem[];
}

/** The YAML library, loaded on the first message that has front matter (most drafts have none). */
type Yaml = typeof import('yaml');
let yamlModule: Yaml | null = null;
function yaml(): Yaml {
  yamlModule ??= createRequire(import.meta.url)('yaml') as Yaml;
  return yamlModule;
}
const isScalar = (node: unknown): node is import('yaml').Scalar => yaml().isScalar(node);
const isMap = (node: unknown): node is import('yaml').YAMLMap => yaml().isMap(node);

const OPENING = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSING = /(?:^|\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?=\r\n|\r|\n|$)/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readFrontMatter(text: string): FrontMatter {
  const none: FrontMatter = { start: 0, end: 0, values: {}, spans: {}, problems: [] };
  const opening = OPENING.exec(text);
  if (!opening) return none;
  CLOSING.lastIndex = opening[0].length - 1;
  const closing = CLOSING.exec(text);
  if (!closing) {
    return {
      ...none,
      problems: [{ message: 'Front matter is not closed: add a line with `---` after it.', start: 0, end: 3, fatal: false }],
    };
  }
  const bodyStart = opening[0].length;
  const bodyEnd = Math.max(bodyStart, closing.index);
  const end = closing.index + closing[0].length;
  const yamlText = text.slice(bodyStart, bodyEnd);
  const { values, spans, problems } = parseValues(yamlText, bodyStart);
  return { start: 0, end, values, spans, problems };
}

function parseValues(yamlText: string, offset: number): Pick<FrontMatter, 'values' | 'spans' | 'problems'> {
  const problems: FrontMatterProblem[] = [];
  const values: FrontMatterDefaults & ThreadFacts = {};
  const spans: FrontMatter['spans'] = {};
  if (yamlText.trim() === '') return { values, spans, problems };
  const doc = yaml().parseDocument(yamlText, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const [from, to] = error.pos;
    problems.push({ message: `Front matter is not valid YAML: ${firstLine(error.message)}`, start: offset + from, end: offset + Math.max(to, from + 1), fatal: false });
    return { values, spans, problems };
  }
  if (!isMap(doc.contents)) {
    problems.push({ message: 'Front matter must be a YAML mapping of keys to values.', start: offset, end: offset + yamlText.length, fatal: false });
    return { values, spans, problems };
  }
  for (const pair of doc.contents.items as Pair<YamlNode, YamlNode>[]) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const node = pair.value;
    const range = node?.range ?? pair.key.range ?? [0, 0];
    const at = { start: offset + range[0], end: offset + Math.max(range[1], range[0] + 1) };
    const raw = isScalar(node) ? node.value : undefined;
    const complain = (expected: string) =>
      problems.push({ message: `Front matter \`${key}\` ${expected}, not ${describe(node)}.`, ...at, fatal: false });
    switch (key) {
      case 'channel':
        if (typeof raw === 'string' && (CHANNELS as readonly string[]).includes(raw)) values.channel = raw as FrontMatterDefaults['channel'];
        else complain(`must be one of ${CHANNELS.join(', ')}`);
        break;
      case 'stage':
        if (typeof raw === 'string' && (STAGES as readonly string[]).includes(raw)) values.stage = raw as FrontMatterDefaults['stage'];
        else complain(`must be one of ${STAGES.join(', ')}`);
        break;
      case 'deadline':
      case 'sent': {
        const date = toIsoDate(raw, node);
        if (date) values[key] = date;
        else complain('must be a date such as 2026-03-14');
        break;
      }
      case 'relationship':
        if (typeof raw === 'string' && (RELATIONSHIPS as readonly string[]).includes(raw)) values.relationship = raw as FrontMatterDefaults['relationship'];
        else complain(`must be one of ${RELATIONSHIPS.join(', ')}`);
        break;
      case 'recipient':
        if (typeof raw === 'string' && raw.trim() !== '') values.recipient = raw;
        else complain('must be a name');
        break;
      case 'template':
        if (typeof raw === 'boolean') values.template = raw;
        else complain('must be true or false');
        break;
      case 'direction':
        if (typeof raw === 'string' && (DIRECTIONS as readonly string[]).includes(raw)) values.direction = raw as ThreadFacts['direction'];
        else complain(`must be one of ${DIRECTIONS.join(', ')}`);
        break;
      case 'date': {
        const date = toIsoDate(raw, node);
        if (date) values.date = date;
        else complain('must be a date such as 2026-03-14');
        break;
      }
      case 'thread':
        if ((typeof raw === 'string' && raw.trim() !== '') || (typeof raw === 'number' && Number.isFinite(raw))) values.thread = String(raw).trim();
        else complain('must be a conversation id such as sam-abc');
        break;
      case 'event':
        if (typeof raw === 'string' && raw.trim() !== '') values.event = raw.trim().toLowerCase();
        else complain('must name what happened (call, meeting, interview, offer…)');
        break;
      default:
        // Other keys (subject, to, notes…) are the writer's own; they are kept out of the prose and left alone.
        break;
    }
    if (key in values) spans[key as keyof FrontMatter['spans']] = at;
  }
  return { values, spans, problems };
}

/** Accepts YYYY-MM-DD (YAML may already have made it a Date) and checks that the day exists. */
export function toIsoDate(raw: unknown, node?: YamlNode | null): string | undefined {
  let text: string | undefined;
  if (typeof raw === 'string') text = raw.trim();
  else if (isScalar(node) && typeof node.source === 'string') text = node.source.trim();
  else if (raw instanceof Date && !Number.isNaN(raw.getTime())) text = raw.toISOString().slice(0, 10);
  if (!text || !ISO_DATE.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? text : undefined;
}

function describe(node: YamlNode | null | undefined): string {
  if (!node) return 'empty';
  if (isScalar(node)) return node.value === null ? 'empty' : JSON.stringify(node.value instanceof Date ? node.source : node.value);
  return isMap(node) ? 'a mapping' : 'a list';
}

function firstLine(text: string): string {
  return text.split(/\r?\n/)[0]!.trim();
}
