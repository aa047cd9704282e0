/**
 * The case builder's words are where its code looks for them: the interface
 * words in the page's strings block, the texts' words in the text tables of
 * /data/case/texts.json, and nothing either leaves out is ever asked for.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { textTable } from '../../../src/i18n/letters';
import { CASE_STRING_PREFIXES, inCaseBlock, inTextTable } from '../../../src/lib/case/strings';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
const read = (paths: string[]) => paths.map((file) => readFileSync(file, 'utf8')).join('\n');
const literals = (source: string) => [...source.matchAll(/'((?:case|channel|stage|status)\.[\w.]+)'/g)].map((m) => m[1]!);

// The texts' generators; their registry (texts/index.ts) names headings, which the page shows.
const textsDir = join('src', 'lib', 'case', 'texts');
const isGenerator = (file: string) => file.startsWith(textsDir) && !file.endsWith('index.ts');
const interfaceSource = read([...files(join('src', 'scripts', 'case')), ...files(join('src', 'lib', 'case')).filter((f) => !isGenerator(f))]);
const textsSource = read(files(textsDir).filter(isGenerator));

describe('the case page’s strings block', () => {
  it('or the text tables hold every key the script asks for by name', () => {
    const asked = literals(interfaceSource).filter((key) => CASE_STRING_PREFIXES.some((p) => key.startsWith(p)) && Object.hasOwn(en, key));
    expect(asked.length).toBeGreaterThan(50);
    expect(asked.filter((key) => !inCaseBlock(key) && !inTextTable(key))).toEqual([]);
  });

  it('holds every key the script builds from a pattern, for each value the pattern takes', () => {
    const statuses = ['ok', 'near', 'today', 'past'];
    const built: Record<string, readonly string[]> = {
      'case.deadline.': statuses,
      'case.ilCard.': statuses,
      'case.ilDistance.': statuses,
      'case.noRek.safe.': statuses,
    };
    // "case." alone is the type of every key (`case.${string}`), not a key the script builds.
    const heads = new Set([...interfaceSource.matchAll(/`(case\.[\w.]*)\$\{/g)].map((m) => m[1]!).filter((head) => head !== 'case.'));
    expect([...heads].sort()).toEqual(Object.keys(built).sort());
    for (const [head, values] of Object.entries(built)) {
      for (const value of values) {
        const key = `${head}${value}`;
        expect(Object.hasOwn(en, key), key).toBe(true);
        expect(inCaseBlock(key) || inTextTable(key), key).toBe(true);
      }
    }
  });

  it('leaves out the leads, hints and counting notes, and the texts’ sentences', () => {
    for (const key of ['case.dispute.lead', 'case.noRek.basis', 'case.field.amountHint', 'case.privacy', 'case.dispute.intro', 'case.plan.points', 'case.ilDistance.ok'])
      expect(inCaseBlock(key), key).toBe(false);
    for (const key of ['case.plan.heading', 'case.blank.company', 'case.letters.unavailable', 'channel.phone', 'unit.days#other']) expect(inCaseBlock(key), key).toBe(true);
    // Leads and counting notes are in neither: only the HTML shows them.
    for (const key of ['case.dispute.lead', 'case.noRek.basis']) expect(inTextTable(key), key).toBe(false);
  });
});

describe('the text tables', () => {
  it('hold every key the texts ask for, in each language they are written in', () => {
    const asked = [...new Set(literals(textsSource))];
    expect(asked.length).toBeGreaterThan(80);
    for (const locale of ['en', 'he', 'nb'] as const) {
      const table = textTable(locale);
      const missing = asked.filter((key) => {
        // A country letter's own sentences are only in its language's table.
        if (key.startsWith('case.letter.no.')) return locale === 'nb' && !Object.hasOwn(table.strings, key);
        if (key.startsWith('case.letter.')) return locale === 'he' && !Object.hasOwn(table.strings, key);
        return !Object.hasOwn(table.strings, key);
      });
      expect(missing, locale).toEqual([]);
    }
  });
});
