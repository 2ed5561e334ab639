/**
 * Wording for messages, so that they read as a careful person writes them:
 * "1 day" and "2 days" rather than "day(s)", day and month names capitalised
 * when a rule repeats a time phrase it read in lowercase.
 */

/** A count with its noun in the right number: countOf(1, 'day') is "1 day", countOf(3, 'day') "3 days". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

const CALENDAR_NAMES = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/g;

/**
 * A time phrase (as the reading gives it, in lowercase) with its day and month names
 * capitalised: "this friday" → "this Friday", "by march 5" → "by March 5".
 * Only for phrases known to be about time: "may" and "march" are names there.
 */
export function capitaliseCalendarNames(when: string): string {
  return when.replace(CALENDAR_NAMES, (name) => name[0]!.toUpperCase() + name.slice(1));
}

/** Whether a noun phrase's head is plural ("applications", "final interviews"), for the verb that follows. */
export function isPluralNounPhrase(phrase: string): boolean {
  const head = phrase.trim().split(/\s+/).pop() ?? '';
  return /[^su]s$/i.test(head);
}

/** The phrase with its first letter capitalised, to open a sentence. */
export function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
