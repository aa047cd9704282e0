/**
 * The dictionaries: every language has every key with the same placeholders,
 * plurals go through Intl.PluralRules (Hebrew's dual included), and every key
 * the code asks for by a literal exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDictionaryProblems } from '../../../src/i18n/check';
import { textTable } from '../../../src/i18n/letters';
import { areas as enAreas, en } from '../../../src/i18n/en';
import { areas as heAreas } from '../../../src/i18n/he';
import { areas as nbAreas } from '../../../src/i18n/nb';
import { useStrings } from '../../../src/i18n/ui';

describe('the dictionaries', () => {
  it('have every English key, with its placeholders, in Hebrew and Norwegian', () => {
    expect(findDictionaryProblems(enAreas, { he: heAreas, nb: nbAreas })).toEqual([]);
  });

  it('are translated: at most a few values (names, codes) read the same as in English', () => {
    for (const areas of [heAreas, nbAreas]) {
      const all = Object.values(areas).flatMap((area) => Object.entries(area));
      const same = all.filter(([key, text]) => (en as Record<string, string>)[key] === text && /[a-z]{4}/.test(text));
      expect(same.length / all.length, JSON.stringify(same.slice(0, 20))).toBeLessThan(0.05);
    }
  });

  it('name the file and key of a missing or extra key, and of a lost placeholder', () => {
    const english = { site: { 'a.b': 'Hello {name}', 'c.d': 'Bye' } };
    const problems = findDictionaryProblems(english, { xx: { site: { 'a.b': 'Hei', 'e.f': 'Extra' } } });
    expect(problems).toEqual([
      { file: 'src/i18n/xx/site.ts', key: 'a.b', message: expect.stringMatching(/placeholders/) },
      { file: 'src/i18n/xx/site.ts', key: 'c.d', message: expect.stringMatching(/^missing/) },
      { file: 'src/i18n/xx/site.ts', key: 'e.f', message: expect.stringMatching(/not a key/) },
    ]);
  });

  it("accept a plural form English lacks, such as Hebrew's dual, and nothing else extra", () => {
    const english = { labels: { 'unit.days#one': '{n} day', 'unit.days#other': '{n} days' } };
    const hebrew = { labels: { 'unit.days#one': 'יום אחד', 'unit.days#two': 'יומיים', 'unit.days#other': '{n} ימים' } };
    expect(findDictionaryProblems(english, { he: hebrew })).toEqual([]);
  });
});

describe('plurals and numbers in the page language', () => {
  it("use Hebrew's dual for two and its digits for the rest", () => {
    const he = useStrings('he');
    expect(he.span({ amount: 2, unit: 'days', atLeast: false })).toBe(heAreas.labels['unit.days#two' as keyof typeof heAreas.labels]);
    expect(he.span({ amount: 14, unit: 'days', atLeast: false })).toContain('14');
    expect(he.span({ amount: 14, unit: 'days', atLeast: false })).not.toBe(he.span({ amount: 1, unit: 'days', atLeast: false }).replace('1', '14'));
  });

  it('say one and many in English and Norwegian', () => {
    expect(useStrings('en').span({ amount: 1, unit: 'months', atLeast: false })).toBe('1 month');
    expect(useStrings('en').span({ amount: 60, unit: 'days', atLeast: true })).toBe('at least 60 days');
    const nb = useStrings('nb');
    expect(nb.span({ amount: 1, unit: 'months', atLeast: false })).toBe('1 måned');
    expect(nb.span({ amount: 2, unit: 'months', atLeast: false })).toBe('2 måneder');
    expect(nb.number(10000)).toBe(new Intl.NumberFormat('nb').format(10000));
  });

  it('name a country in the page language', () => {
    expect(useStrings('nb').country('NO')).toBe('Norge');
    expect(useStrings('he').country('IL')).toBe('ישראל');
    expect(useStrings('en').country('EEA')).toBe('European Economic Area');
  });
});

describe('every key the code asks for', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.(ts|astro)$/.test(name) ? [path] : [];
    });
  const keys = new Set(Object.keys(en).map((k) => k.replace(/#\w+$/, '')));
  const prefixes = new Set([...keys].map((k) => k.split('.')[0]));

  it('exists in the English dictionary (so in every language)', () => {
    const unknown: string[] = [];
    for (const file of files('src')) {
      if (file.startsWith(join('src', 'i18n'))) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/(?:\bt|say|plural)\(\s*'([a-zA-Z]+\.[\w.-]+)'/g)) {
        const key = match[1]!;
        // A country letter's own words are in that country's letter table, not in the three dictionaries.
        if (key.startsWith('case.letter.')) {
          const table = key.startsWith('case.letter.no.') ? textTable('nb') : textTable('he');
          if (!Object.hasOwn(table.strings, key)) unknown.push(`${file}: ${key}`);
          continue;
        }
        if (prefixes.has(key.split('.')[0]!) && !keys.has(key)) unknown.push(`${file}: ${key}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});
