/**
 * Every language's dictionary holds every key of the English one, area by
 * area, with the same {placeholders}, and no key English lacks (besides the
 * plural forms English does not use, such as Hebrew's "#two"). Types catch
 * this in `astro check`; this check makes the build itself stop, naming the
 * file and the key, since `astro build` does not type-check.
 */
export interface DictionaryProblem {
  file: string;
  key: string;
  message: string;
}

type Areas = Record<string, Record<string, string>>;

const EXTRA_PLURAL = /#(zero|two|few|many)$/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

export function findDictionaryProblems(english: Areas, languages: Record<string, Areas>): DictionaryProblem[] {
  const problems: DictionaryProblem[] = [];
  for (const [lang, areas] of Object.entries(languages)) {
    for (const [area, englishStrings] of Object.entries(english)) {
      const file = `src/i18n/${lang}/${area}.ts`;
      const strings = areas[area] ?? {};
      for (const [key, englishText] of Object.entries(englishStrings)) {
        const text = strings[key];
        if (typeof text !== 'string' || text.trim() === '') {
          problems.push({ file, key, message: 'missing: every language has every key of the English dictionary' });
          continue;
        }
        const want = placeholders(englishText);
        const got = placeholders(text);
        // A plural form may leave out {n} where the language says the number in a word ("יומיים").
        const allowed = key.includes('#') ? got.every((p) => want.includes(p)) : want.join() === got.join();
        if (!allowed) problems.push({ file, key, message: `placeholders {${got.join('}, {')}} where English has {${want.join('}, {')}}` });
      }
      for (const key of Object.keys(strings)) {
        if (key in englishStrings) continue;
        const base = key.replace(EXTRA_PLURAL, '#other');
        if (EXTRA_PLURAL.test(key) && base in englishStrings) continue;
        problems.push({ file, key, message: 'not a key of the English dictionary' });
      }
    }
  }
  return problems;
}

export function assertDictionariesComplete(english: Areas, languages: Record<string, Areas>): void {
  const problems = findDictionaryProblems(english, languages);
  if (problems.length === 0) return;
  const lines = problems.map((p) => `  ${p.file}: '${p.key}': ${p.message}`);
  throw new Error(`Dictionary check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
}
