/** Fills "{name}" placeholders in an interface string. A placeholder with no value is left visible, never silently dropped. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return joinHebrewPrefixes(template, values).replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

const HEBREW_LETTER = /^[\u05d0-\u05ea]/;

/**
 * Hebrew writes a one-letter prefix (ב, ל, מ, ה, ו, כ, ש) with a hyphen before
 * digits or Latin letters ("ב-12 בפברואר", "ב-Comcast") and joined to a Hebrew
 * word ("בנובמבר 2026"). A template cannot know which its value will be, so it
 * writes the hyphen ("נבדק ב-{date}"), and it comes off here before a Hebrew word.
 */
function joinHebrewPrefixes(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/(^|[\s("'״])([בלמהוכש])-\{(\w+)\}/g, (whole, before: string, letter: string, name: string) =>
    Object.hasOwn(values, name) && HEBREW_LETTER.test(String(values[name])) ? `${before}${letter}{${name}}` : whole,
  );
}
