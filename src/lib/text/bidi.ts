/**
 * Left-to-right values inside text: phone numbers, short codes, emails, web
 * addresses and citations such as "12 CFR 1026.13". In a right-to-left
 * paragraph the Unicode bidirectional algorithm lays out the pieces of such
 * a value (digits, spaces, dashes, dots) as separate runs, so "+972 3-123 4567"
 * shows as "4567 3-123 972+". Each value found is isolated (<bdi>), so it
 * reads in its own order in any language; in English it changes nothing.
 */

const LTR_VALUE = new RegExp(
  [
    String.raw`https?://[^\s<>"]+[^\s<>".,;:!?)]`, // a web address, without trailing punctuation
    String.raw`\w[\w.+-]*@[\w-]+(?:\.[\w-]+)+`, // an email
    String.raw`\d+\s+(?:CFR|U\.S\.C\.|USC|C\.F\.R\.)\s+[\d.]+(?:\([a-z0-9]+\))*`, // a US citation
    String.raw`\+?\(?\d[\d().\-/\u00a0 ]*\d`, // a number with separators: a phone, a date, a reference
    String.raw`\*\d{3,5}|\d{3,5}\*`, // an Israeli star number, as dialled or as written in Hebrew
    String.raw`[A-Z]{2,}(?:[-\s][A-Z0-9]+)*-\d{4}-\d{2}-\d{2}-\d+`, // a Norwegian law id: LOV-2002-06-21-34
  ].join('|'),
  'g',
);

/**
 * A run of digit groups is one value when it reads as one: it starts with "+"
 * or "(", or has three groups or more ("915 04 800"), or joins groups with a
 * dash, dot or slash ("03-123 4567"). Two bare numbers side by side ("2024 532",
 * a year and a count) are two values, which right to left must read apart.
 */
function pieces(value: string, at: number): { value: string; at: number }[] {
  if (!/^[\d\s\u00a0]+$/.test(value) || /^[+(]/.test(value)) return [{ value, at }];
  const groups = value.split(/[\s\u00a0]+/);
  if (groups.length >= 3) return [{ value, at }];
  let offset = at;
  return groups.map((group) => {
    const start = value.indexOf(group, offset - at) + at;
    offset = start + group.length;
    return { value: group, at: start };
  });
}

export interface Segment {
  text: string;
  /** True for a left-to-right value to isolate. */
  ltr: boolean;
}

/** The text in runs, values marked; a bare number ("90") needs no isolation and stays in the text. */
export function ltrSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(LTR_VALUE)) {
    for (const { value, at } of pieces(match[0], match.index)) {
      if (/^\d+$/.test(value)) continue;
      if (at > last) segments.push({ text: text.slice(last, at), ltr: false });
      segments.push({ text: value, ltr: true });
      last = at + value.length;
    }
  }
  if (last < text.length) segments.push({ text: text.slice(last), ltr: false });
  return segments;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The text as HTML, each value in a <bdi>. */
export function isolatedHtml(text: string): string {
  return ltrSegments(text)
    .map((s) => (s.ltr ? `<bdi>${escapeHtml(s.text)}</bdi>` : escapeHtml(s.text)))
    .join('');
}

/** Elements whose text is not prose to isolate: code, scripts, templates, and values already isolated. */
const RAW_TEXT = /^(script|style|template|code|pre|bdi|title|textarea|kbd)$/i;

/**
 * Isolates the values in every text node of an HTML document's <body>, leaving
 * tags, attributes and raw-text elements alone. The text is HTML already
 * (entities escaped), which the value patterns never span.
 */
export function isolateValuesInHtml(html: string): string {
  const bodyStart = html.indexOf('<body');
  if (bodyStart < 0) return html;
  const parts = html.slice(bodyStart).split(/(<[^>]*>)/);
  let skipping: string | undefined;
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    if (part.startsWith('<')) {
      const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(part);
      if (!tag) continue;
      const [, closing, name] = tag;
      if (skipping) {
        if (closing && name!.toLowerCase() === skipping) skipping = undefined;
      } else if (!closing && (RAW_TEXT.test(name!) || part.includes(' data-phone-forms')) && !part.endsWith('/>')) {
        // A company's phone numbers in every typed form are search terms, never read: no need to isolate them.
        skipping = name!.toLowerCase();
      }
      continue;
    }
    if (skipping || !part.trim()) continue;
    parts[i] = ltrSegments(part)
      .map((s) => (s.ltr ? `<bdi>${s.text}</bdi>` : s.text))
      .join('');
  }
  return html.slice(0, bodyStart) + parts.join('');
}
