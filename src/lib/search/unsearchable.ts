/**
 * Text a search result shows but must not be searched by: a company's
 * summary and key contact. Pagefind 1.6 makes every metadata value
 * searchable and has no switch to stop it; on 10,000 company pages the
 * same few words ("customer service", "readers come here about a refund")
 * made everyday words match thousands of pages, and each such search took
 * seconds. So the value is written in an alphabet of punctuation, which
 * Pagefind does not index (tested: a punctuation-only value adds no word),
 * and the search script turns it back into text before showing it.
 */

/** Sixteen punctuation marks (Unicode class Po), one per hexadecimal digit; none is escaped in HTML. */
const ALPHABET = ['!', '#', '%', '*', ',', '.', '/', ';', '?', '@', '¡', '§', '¶', '·', '¿', '‽'] as const;
const DIGIT = new Map<string, number>(ALPHABET.map((mark, i) => [mark, i]));

export function toUnsearchable(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) out += ALPHABET[byte >> 4]! + ALPHABET[byte & 15]!;
  return out;
}

/** The text back; a value not written with toUnsearchable() is returned as it is. */
export function fromUnsearchable(value: string): string {
  const marks = [...value];
  if (marks.length % 2 !== 0 || !marks.every((mark) => DIGIT.has(mark))) return value;
  const bytes = new Uint8Array(marks.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = (DIGIT.get(marks[2 * i]!)! << 4) | DIGIT.get(marks[2 * i + 1]!)!;
  return new TextDecoder().decode(bytes);
}
