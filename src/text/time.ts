/**
 * Time words and how far away they are. "Tomorrow" is one day from the day
 * the message is sent; "Friday" is the next Friday; "March 3" is that date
 * this year (or next, if it has passed).
 */
import { allMatches, type Match } from './match.js';

export interface TimeMention extends Match {
  /** Days from the sending date (0 = the same day); hours count as 0. */
  days: number;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, couple: 2, few: 3, 'couple of': 2 };

const DAY_MS = 86_400_000;

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / DAY_MS);
}

function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

const PATTERNS: readonly { pattern: RegExp; days: (m: RegExpMatchArray, sent: string) => number | null }[] = [
  { pattern: /\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/i, days: () => 0 },
  { pattern: /\b(?:in\s+(?:the\s+next\s+)?(?:a\s+few|a\s+couple(?:\s+of)?|\d+|two|three|several)\s+hours|within\s+(?:the\s+)?(?:\d+|next\s+(?:few|\d+))\s+hours|by\s+(?:EOD|COB|end\s+of\s+(?:the\s+)?day|close\s+of\s+business))\b/i, days: () => 0 },
  { pattern: /\b(?:the\s+day\s+after\s+tomorrow)\b/i, days: () => 2 },
  { pattern: /\b(?:tomorrow(?:['’]s)?|tmrw|tmr|tmw|2moro|2morrow)\b/i, days: () => 1 },
  {
    pattern: /\bin\s+(?:just\s+|only\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+couple(?:\s+of)?|a\s+few)\s+(days?|weeks?)\b/i,
    days: (m) => {
      const words = m[1]!.toLowerCase().split(/\s+/).filter((w) => w !== 'a' && w !== 'of');
      const word = words.join(' ');
      const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word] ?? 1;
      return /week/i.test(m[2]!) ? n * 7 : n;
    },
  },
  { pattern: /\b(?:this|later\s+this)\s+week\b/i, days: () => 3 },
  { pattern: /\b(?:this\s+weekend|(?:the\s+)?end\s+of\s+(?:the|this)\s+week)\b/i, days: () => 4 },
  { pattern: /\bnext\s+week(?:['’]s)?\b/i, days: () => 7 },
  {
    pattern: /\b(?:(this|next|on|by|before|until)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:['’]s)?\b/i,
    days: (m, sent) => {
      const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      let days = (target - weekdayOf(sent) + 7) % 7 || 7;
      if (m[1]?.toLowerCase() === 'next' && days < 7) days += 7;
      return days;
    },
  },
  {
    pattern: new RegExp(String.raw`\b(?:(${MONTH_NAME})\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAME}))\b`, 'i'),
    days: (m, sent) => {
      const monthName = (m[1] ?? m[4])!.toLowerCase().slice(0, 3);
      const day = Number(m[2] ?? m[3]);
      const month = MONTHS.indexOf(monthName);
      if (month < 0 || day < 1 || day > 31) return null;
      const year = Number(sent.slice(0, 4));
      const iso = (y: number) => `${y}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const days = daysBetween(sent, iso(year));
      return days < -30 ? daysBetween(sent, iso(year + 1)) : days;
    },
  },
  { pattern: /\b(\d{4}-\d{2}-\d{2})\b/, days: (m, sent) => daysBetween(sent, m[1]!) },
];

/** Every time word in the text with its distance in days from `sent`. */
export function findTimeMentions(text: string, sent: string): TimeMention[] {
  const mentions: TimeMention[] = [];
  for (const { pattern, days } of PATTERNS) {
    for (const match of allMatches(text, pattern)) {
      if (mentions.some((m) => match.start < m.end && m.start < match.end)) continue;
      const value = days(new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(match.text)!, sent);
      if (value !== null && Number.isFinite(value)) mentions.push({ ...match, days: value });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
