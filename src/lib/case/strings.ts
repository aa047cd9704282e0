/**
 * Which dictionary keys the case builder's script gets, and how. Its
 * interface words come in the page's strings block (PageStrings.astro); the
 * words its texts are written with come in /data/case/texts.json, one table
 * per language (src/i18n/letters/), since a Norwegian or Israeli letter is
 * written in its country's language on any page. tests/unit/case/strings.test.ts
 * checks that every key the script and the texts ask for is where they look.
 */

/** Keys under these prefixes go to the page's strings block. */
export const CASE_STRING_PREFIXES = ['case.', 'stage.', 'stageBlurb.', 'status.', 'channel.', 'unit.days#'] as const;

/** Keys under these prefixes are the words of the generated texts and their deadline notes: they go to the text tables. */
export const CASE_TEXT_PREFIXES = [
  'case.plan.',
  'case.dispute.',
  'case.warranty.',
  'case.exec.',
  'case.social.',
  'case.blank.',
  'case.detail.',
  'case.logLine.',
  'channel.',
  // The deadline notes beside the letters, rewritten as dates are typed.
  'case.deadline.',
  'case.noRek.',
  'case.ilDistance.',
  'case.ilOngoing.',
  'case.ilCard.',
] as const;

/** True for a key the text tables carry: the texts' words, less what only the page's HTML shows. */
export function inTextTable(key: string): boolean {
  return CASE_TEXT_PREFIXES.some((prefix) => key.startsWith(prefix)) && !CASE_SERVER_ONLY.test(key);
}

/**
 * Keys under the text prefixes that the page's script shows too: headings in
 * print, the notes beside the texts, the blanks of a calendar reminder, and
 * the channel names of the call log.
 */
const ALSO_INTERFACE = /\.heading$|^case\.(exec\.(noExecutive|nothing)|social\.(length|tooLong|noSocial|contacts\w+))$|^case\.blank\.|^channel\./;

/**
 * Keys under the block's prefixes that only the page's HTML shows (the leads,
 * hints and notes on how deadlines are counted, and the field labels, which the
 * print view reads from the form): the script never asks for them.
 */
export const CASE_SERVER_ONLY =
  /(\.lead|\.basis|Hint)$|^case\.field\.|^case\.(title|description|privacy|noscript\w*|texts\.\w+|letters\.(heading|inNb|inHe)|noCard\.deadline|(dispute|warranty)\.details|exec\.where|social\.where)$/;

/** True for a key the page's strings block carries. */
export function inCaseBlock(key: string): boolean {
  if (!CASE_STRING_PREFIXES.some((prefix) => key.startsWith(prefix)) || CASE_SERVER_ONLY.test(key)) return false;
  return !CASE_TEXT_PREFIXES.some((prefix) => key.startsWith(prefix)) || ALSO_INTERFACE.test(key);
}
