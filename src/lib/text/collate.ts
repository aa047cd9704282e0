/**
 * Compares names as the directory sorts them: English rules, ignoring case and
 * accents. One shared Intl.Collator: `a.localeCompare(b, 'en', options)` builds
 * a collator on every call, which a profile of the 10,000-company build showed
 * to be 200 times slower (15 s against 0.07 s to sort 60,000 names).
 */
const collator = new Intl.Collator('en', { sensitivity: 'base' });

export const compareNames: (a: string, b: string) => number = collator.compare;
