/**
 * The build refuses bad data with an error that names the file and the field.
 * Each case runs the real `astro build` over the minimal fixture with one fault.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildFixture, cleanUp, replaceIn, type BuildResult, type Mutation } from '../support/fixture-build';

const results: BuildResult[] = [];
function build(...args: Parameters<typeof buildFixture>): BuildResult {
  const result = buildFixture(...args);
  results.push(result);
  return result;
}
afterAll(() => results.forEach(cleanUp));

const COMPANY = 'companies/acme.mdx';
const TACTIC = 'tactics/first-tactic.mdx';
const BODY = 'bodies/test-board.mdx';
const HE_COMPANY = 'translations/he/companies/acme.mdx';
const HE_TACTIC = 'translations/he/tactics/first-tactic.mdx';
const NB_TACTIC = 'translations/nb/tactics/first-tactic.mdx';

/** Several faults applied as one, for a case that needs two edits (a country and a number). */
const together =
  (...mutations: Mutation[]): Mutation =>
  (dir) =>
    mutations.forEach((mutate) => mutate(dir));

describe('the minimal fixture', () => {
  test('builds, so each failure below is caused by its one fault', () => {
    const result = build();
    expect(result.output).not.toMatch(/error/i);
    expect(result.ok).toBe(true);
    expect(existsSync(join(result.outDir, 'companies/acme/index.html'))).toBe(true);
    expect(existsSync(join(result.outDir, 'bodies/test-board/index.html'))).toBe(true);
    // The company page routes outside the company, to the body of its country and industry.
    expect(readFileSync(join(result.outDir, 'companies/acme/index.html'), 'utf8')).toContain('href="/bodies/test-board/"');
    expect(existsSync(join(result.outDir, 'pagefind/pagefind.js'))).toBe(true);
  });
});

describe('the build refuses', () => {
  const cases: { name: string; mutate: Parameters<typeof buildFixture>[0]; file: string; field: RegExp; reason: RegExp }[] = [
    {
      name: 'an invalid phone number',
      mutate: replaceIn(COMPANY, '+1 866-510-9715', '+1 555 010'),
      file: COMPANY,
      field: /contacts\.0\.value/,
      reason: /not a valid phone number/,
    },
    {
      name: 'an unknown source id',
      mutate: replaceIn(COMPANY, 'source: test-source', 'source: no-such-source'),
      file: COMPANY,
      field: /contacts\[0\]\.source/,
      reason: /unknown source "no-such-source"/,
    },
    {
      name: 'a missing source id',
      mutate: replaceIn(COMPANY, /\n    source: test-source/, ''),
      file: COMPANY,
      field: /contacts\.0\.source/,
      reason: /expected string|required/i,
    },
    {
      name: 'an unknown tactic named by a company',
      mutate: replaceIn(COMPANY, 'tactics: [first-tactic]', 'tactics: [no-such-tactic]'),
      file: COMPANY,
      field: /tactics\[0\]/,
      reason: /unknown tactic "no-such-tactic"/,
    },
    {
      name: 'an unknown related tactic',
      mutate: replaceIn(TACTIC, 'related: [second-tactic]', 'related: [no-such-tactic]'),
      file: TACTIC,
      field: /related\[0\]/,
      reason: /unknown tactic "no-such-tactic"/,
    },
    {
      name: 'an unknown company in a tactic story',
      mutate: replaceIn(TACTIC, 'company: acme', 'company: no-such-company'),
      file: TACTIC,
      field: /story\.company/,
      reason: /unknown company "no-such-company"/,
    },
    {
      name: 'an impossible date',
      mutate: replaceIn(COMPANY, 'asOf: "2024-02-12"', 'asOf: "2023-02-30"'),
      file: COMPANY,
      field: /contacts\.0\.asOf/,
      reason: /not a real calendar date/,
    },
    {
      name: 'an unquoted date, which YAML would silently roll over',
      mutate: replaceIn(COMPANY, 'asOf: "2024-02-12"', 'asOf: 2023-02-30'),
      file: COMPANY,
      field: /contacts\.0\.asOf/,
      reason: /write the date in quotes/,
    },
    {
      name: 'a missing required field',
      mutate: replaceIn(TACTIC, /\nsummary: .*/, ''),
      file: TACTIC,
      field: /summary/,
      reason: /expected string|required/i,
    },
    {
      name: 'an invalid email address',
      mutate: replaceIn(COMPANY, 'exec@example.com', 'exec-at-example'),
      file: COMPANY,
      field: /contacts\.1\.value/,
      reason: /email/i,
    },
    {
      name: 'a superseded value that does not say what replaced it',
      mutate: replaceIn(COMPANY, 'status: current', 'status: superseded'),
      file: COMPANY,
      field: /contacts\.0\.replacedBy/,
      reason: /must name the contact id that replaced it/,
    },
    {
      name: 'a law without a country',
      mutate: replaceIn(TACTIC, /\n    country: "US"/, ''),
      file: TACTIC,
      field: /laws\.0\.country/,
      reason: /expected|country/i,
    },
    {
      name: 'a law with an unknown country',
      mutate: replaceIn(TACTIC, 'country: "US"', 'country: "XX"'),
      file: TACTIC,
      field: /laws\.0\.country/,
      reason: /country code/,
    },
    {
      name: 'a body whose sector is unknown',
      mutate: replaceIn(BODY, 'sectors: [travel]', 'sectors: [spaceflight]'),
      file: BODY,
      field: /sectors\.0/,
      reason: /expected "all" or one of/,
    },
    {
      name: 'a tactic naming an unknown complaint body',
      mutate: replaceIn(TACTIC, 'bodies: [test-board]', 'bodies: [no-such-board]'),
      file: TACTIC,
      field: /bodies\[0\]/,
      reason: /unknown complaint body "no-such-board"/,
    },
    {
      name: 'a company in Norway with a number that is not a valid Norwegian number',
      mutate: together(replaceIn(COMPANY, 'country: "US"', 'country: "NO"'), replaceIn(COMPANY, '+1 866-510-9715', '915 0900')),
      file: COMPANY,
      field: /contacts\.0\.value/,
      reason: /"915 0900" is not a valid phone number/,
    },
    {
      name: 'a star number on a company outside Israel',
      mutate: replaceIn(COMPANY, /kind: phone\n    rung: front-line\n    label: "Customer service"\n    value: "\+1 866-510-9715"/, 'kind: short-code\n    rung: front-line\n    label: "Customer service"\n    value: "*2000"'),
      file: COMPANY,
      field: /contacts\.0\.kind/,
      reason: /dials only inside Israel/,
    },
    {
      name: 'a contact on the executive rung with no source',
      mutate: replaceIn(COMPANY, /(value: "exec@example.com"\n)    source: test-source\n/, '$1'),
      file: COMPANY,
      field: /contacts\.1\.source/,
      reason: /expected string|required/i,
    },
    {
      name: 'a translation of a company that does not exist',
      mutate: (dir) => writeFileSync(join(dir, 'translations/he/companies/no-such-company.mdx'), readFileSync(join(dir, HE_COMPANY), 'utf8')),
      file: 'translations/he/companies/no-such-company.mdx',
      field: /\(file name\)/,
      reason: /no companies entry "no-such-company"/,
    },
    {
      name: 'a translation of a contact id the company does not have',
      mutate: replaceIn(HE_COMPANY, '  main-line:', '  main-lines:'),
      file: HE_COMPANY,
      field: /contacts\.main-lines?/,
      reason: /no main-lines here|has a contact "main-line"/,
    },
    {
      name: 'a translation that drops a step the entry has',
      mutate: replaceIn(NB_TACTIC, /whenToUse:\n  - [^\n]*\n/, 'whenToUse:\n'),
      file: NB_TACTIC,
      field: /whenToUse/,
      reason: /"array"|item\(s\) where the English entry has|too small/i,
    },
    {
      name: 'a required translated field missing',
      mutate: replaceIn(NB_TACTIC, /^summary: [^\n]*\n/m, ''),
      file: NB_TACTIC,
      field: /summary/,
      reason: /expected string|required/i,
    },
    {
      name: 'an entry with no translation in one language',
      mutate: (dir) => rmSync(join(dir, HE_TACTIC)),
      file: HE_TACTIC,
      field: /\(file\)/,
      reason: /has no he translation/,
    },
  ];

  for (const c of cases) {
    test(c.name, () => {
      const result = build(c.mutate);
      expect(result.ok, result.output).toBe(false);
      expect(result.output).toContain(c.file);
      expect(result.output).toMatch(c.field);
      expect(result.output).toMatch(c.reason);
    });
  }

  test('a company body that uses MDX syntax, which company bodies are rendered without', () => {
    const result = build(replaceIn(COMPANY, 'Fixture advice.', 'Fixture advice.\n\n<Callout>Beware</Callout>'));
    expect(result.ok, result.output).toBe(false);
    expect(result.output).toMatch(/companies\/acme\.mdx: body line 3: a JSX or HTML tag/);
  });

  test('the same company described in two files', () => {
    const result = build((dir) => {
      const text = readFileSync(join(dir, COMPANY), 'utf8').replace('name: "Acme Travel"', 'name: "ACME travel"');
      writeFileSync(join(dir, 'companies/acme-travel.mdx'), text);
    });
    expect(result.ok, result.output).toBe(false);
    expect(result.output).toMatch(/companies\/acme(-travel)?\.mdx: (name|aliases\[0\]): .*already names the company/);
  });
});
