/**
 * The search vocabulary (content/vocabulary/<lang>.yaml) is checked at build:
 * the real build refuses a malformed file, or one that leads search to a
 * tactic or to page words that do not exist, naming the file and the field.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildFixture, cleanUp, type BuildResult, type Mutation } from '../support/fixture-build';

const FILE = 'vocabulary/en.yaml';
/** A vocabulary for the minimal fixture: its tactics say "fixture" and "tactic". */
const VALID = `smallWords: [a, the, my]
tactics:
  first-tactic:
    - pages: fixture tactic
      readers: [trial run, dummy*]
rungs:
  executive:
    - pages: fixture
      readers: [ceo]
words:
  - pages: tactic
    readers: [trick]
`;

const withVocabulary =
  (text: string): Mutation =>
  (dir) => {
    mkdirSync(join(dir, 'vocabulary'), { recursive: true });
    writeFileSync(join(dir, FILE), text);
  };

const results: BuildResult[] = [];
function build(...mutations: Mutation[]): BuildResult {
  const result = buildFixture(...mutations);
  results.push(result);
  return result;
}
afterAll(() => results.forEach(cleanUp));

test('a valid vocabulary builds, and search gets it compiled at /data/search/en.json', () => {
  const result = build(withVocabulary(VALID));
  expect(result.ok, result.output).toBe(true);
  const file = join(result.outDir, 'data/search/en.json');
  expect(existsSync(file)).toBe(true);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  expect(data.lang).toBe('en');
  expect(data.vocabulary.smallWords).toEqual(['a', 'the', 'my']);
  expect(data.vocabulary.terms).toContainEqual({ readers: [['trial', 'run'], ['dummy*']], pages: 'fixture tactic', tactic: 'first-tactic' });
  // The names index covers the fixture's company.
  expect(existsSync(join(result.outDir, 'data/search/names/-.json'))).toBe(true);
});

describe('the build refuses', () => {
  const cases: { name: string; text: string; field: RegExp; reason: RegExp }[] = [
    {
      name: 'a misspelt key',
      text: VALID.replace('readers: [ceo]', 'reader: [ceo]'),
      field: /rungs\.executive\.0/,
      reason: /reader|readers|unrecognized|expected/i,
    },
    {
      name: 'a rung that does not exist',
      text: VALID.replace('  executive:', '  boardroom:'),
      field: /rungs/,
      reason: /boardroom|expected|invalid/i,
    },
    {
      name: 'a tactic that does not exist',
      text: VALID.replace('  first-tactic:', '  no-such-tactic:'),
      field: /tactics\.no-such-tactic/,
      reason: /unknown tactic "no-such-tactic"/,
    },
    {
      name: 'page words that are not on the tactic’s page',
      text: VALID.replace('pages: fixture tactic', 'pages: chargeback'),
      field: /tactics\.first-tactic\[0\]\.pages/,
      reason: /"chargeback" is not on the page of tactic "first-tactic"/,
    },
    {
      name: 'a reader phrase of small words only',
      text: VALID.replace('readers: [trick]', 'readers: [the a]'),
      field: /words\[0\]\.readers\[0\]/,
      reason: /holds only small words/,
    },
  ];

  for (const c of cases) {
    test(c.name, () => {
      const result = build(withVocabulary(c.text));
      expect(result.ok, result.output).toBe(false);
      expect(result.output).toContain(FILE);
      expect(result.output).toMatch(c.field);
      expect(result.output).toMatch(c.reason);
    });
  }
});
