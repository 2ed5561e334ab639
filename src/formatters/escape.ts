/**
 * Text from a message (a directive's rule ids, the words a rule quotes, file names)
 * reaches every report. Control characters in it would reach a terminal as escape
 * sequences (clearing the screen, setting the window title, faking output), break XML
 * (XML 1.0 forbids most C0 controls even as references) and split one-line formats;
 * bidi controls reorder what a reader sees. They are shown instead, spelled as JSON
 * spells them (`\u001b`), so the report reads the same in every format.
 */

/**
 * C0 controls, DEL, C1 controls (U+009B alone starts an escape sequence on many
 * terminals), the line and paragraph separators, the bidi marks, embeddings, overrides
 * and isolates, and the two non-characters XML forbids.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;

function spell(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Every control character shown as `\uXXXX`: for terminal output, XML and one-line formats. */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, spell);
}

/** The same, keeping line feeds and carriage returns: for formats with their own line-break escape. */
export function escapeControlCharactersButLineBreaks(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (character) => (character === '\n' || character === '\r' ? character : spell(character)));
}
