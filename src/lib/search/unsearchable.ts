/**
 * Text a search result shows but must not be searched by: a company's
 * summary and key contact. Pagefind 1.6 makes every metadata value
 * searchable and has no switch to stop it; on 10,000 company pages the
 * same few words ("customer service", "readers come here about a refund")
 * made everyday words match thousands of pages, and each such search took
 * seconds. So the value is written in an alphabet of punctuation, which
 * Pagefind does not index (tested: a punctuation-only value adds no word),
 * and the search script turns it back into text before showing it.
 *
 * Each character is two marks (a byte, in hexadecimal): 0x00-0x7F is ASCII,
 * 0x80-0xFF a character of the current block of 128 code points. An
 * apostrophe and four marks switch the block. Hebrew or Norwegian text thus
 * costs two marks a character, as English does, instead of four or six for
 * its UTF-8 bytes: the difference was a quarter of a kilobyte of every
 * Hebrew company page.
 */

/** Sixteen punctuation marks (Unicode class Po), one per hexadecimal digit; none is escaped in HTML. */
const ALPHABET = ['!', '#', '%', '*', ',', '.', '/', ';', '?', '@', '¡', '§', '¶', '·', '¿', '‽'] as const;
const DIGIT = new Map<string, number>(ALPHABET.map((mark, i) => [mark, i]));
/** Switches the block: followed by four marks, the block's number (code point >> 7). */
const SWITCH = "'";

const hex = (value: number, marks: number) => {
  let out = '';
  for (let shift = (marks - 1) * 4; shift >= 0; shift -= 4) out += ALPHABET[(value >> shift) & 15]!;
  return out;
};

export function toUnsearchable(text: string): string {
  let out = '';
  let block = 1; // Latin-1's upper half: Norwegian letters need no switch.
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      out += hex(code, 2);
      continue;
    }
    if (code >> 7 !== block) {
      block = code >> 7;
      out += SWITCH + hex(block, 4);
    }
    out += hex(0x80 | (code & 0x7f), 2);
  }
  return out;
}

/** The text back; a value not written with toUnsearchable() is returned as it is. */
export function fromUnsearchable(value: string): string {
  const marks = [...value];
  let out = '';
  let block = 1;
  const read = (at: number, count: number): number | undefined => {
    let n = 0;
    for (let i = at; i < at + count; i += 1) {
      const digit = DIGIT.get(marks[i] ?? '');
      if (digit === undefined) return undefined;
      n = (n << 4) | digit;
    }
    return n;
  };
  for (let i = 0; i < marks.length; ) {
    if (marks[i] === SWITCH) {
      const next = read(i + 1, 4);
      if (next === undefined) return value;
      block = next;
      i += 5;
      continue;
    }
    const byte = read(i, 2);
    if (byte === undefined) return value;
    out += String.fromCodePoint(byte < 0x80 ? byte : (block << 7) | (byte & 0x7f));
    i += 2;
  }
  return out;
}
