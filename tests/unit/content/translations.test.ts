/** The translation checks: an overlay matches its entry item for item, and every entry is translated. */
import { describe, expect, it } from 'vitest';
import { findTranslationProblems, inWords, type TranslationInput } from '../../../src/lib/content/translations';

const tactic = {
  id: 'stay-calm',
  data: {
    title: 'Stay calm',
    summary: 'Keep your voice level.',
    whenToUse: ['On every call.', 'When it gets heated.'],
    scripts: [{ when: 'Angry', say: 'Sorry.' }],
    risks: ['Calm is not giving in.'],
    laws: [{ name: 'A law', rule: 'A rule', citation: 'X 1', deadlines: [{ amount: 14, unit: 'days', from: 'delivery', note: 'Counted from the day after.' }] }],
  },
};
const company = {
  id: 'acme',
  data: { summary: 'A company.', contacts: [{ id: 'line', label: 'Line', note: 'A note.' }, { id: 'hq', label: 'HQ' }], scamNumbers: [], missing: [] },
};
const heTactic = {
  title: 'להישאר רגועים',
  summary: 'לדבר בשקט.',
  whenToUse: ['בכל שיחה.', 'כשהשיחה מתלהטת.'],
  scripts: [{ when: 'כעס', say: 'סליחה.' }],
  risks: ['רוגע אינו ויתור.'],
  laws: [{ name: 'חוק', rule: 'כלל', deadlines: [{ from: 'המסירה', note: 'נספר מהיום שאחרי.' }] }],
};
const heCompany = { summary: 'חברה.', contacts: { line: { label: 'קו', note: 'הערה.' }, hq: { label: 'מטה' } }, scamNumbers: [], missing: [] };

function input(overrides: { tactic?: object; company?: object; extra?: TranslationInput['translations']['tactics'] } = {}): TranslationInput {
  return {
    languages: ['he'],
    entries: { tactics: [tactic], bodies: [], companies: [company] },
    translations: {
      tactics: [{ id: 'he/tactics/stay-calm', filePath: 'content/translations/he/tactics/stay-calm.mdx', data: (overrides.tactic ?? heTactic) as Record<string, unknown> }, ...(overrides.extra ?? [])],
      bodies: [],
      companies: [{ id: 'he/companies/acme', filePath: 'content/translations/he/companies/acme.mdx', data: (overrides.company ?? heCompany) as Record<string, unknown> }],
    },
  };
}

describe('findTranslationProblems', () => {
  it('passes an overlay that matches its entry', () => {
    expect(findTranslationProblems(input())).toEqual([]);
  });

  it('refuses an overlay with a step missing, naming the field', () => {
    const problems = findTranslationProblems(input({ tactic: { ...heTactic, whenToUse: ['בכל שיחה.'] } }));
    expect(problems).toEqual([{ file: 'content/translations/he/tactics/stay-calm.mdx', field: 'whenToUse', message: expect.stringMatching(/1 item\(s\) where the English entry has 2/) }]);
  });

  it('refuses a deadline translated without the note the entry has', () => {
    const laws = [{ name: 'חוק', rule: 'כלל', deadlines: [{ from: 'המסירה' }] }];
    expect(findTranslationProblems(input({ tactic: { ...heTactic, laws } }))).toEqual([
      { file: expect.any(String), field: 'laws[0].deadlines[0].note', message: expect.stringMatching(/^missing/) },
    ]);
  });

  it('asks for a law’s section in the translation’s words when the entry writes it in words, not for a citation', () => {
    const withSection = (section: string) => ({
      ...input(),
      entries: { tactics: [{ ...tactic, data: { ...tactic.data, laws: [{ ...tactic.data.laws[0]!, section }] } }], bodies: [], companies: [company] },
    });
    expect(findTranslationProblems(withSection('§ 14ג'))).toEqual([]);
    expect(findTranslationProblems(withSection('12 CFR part 1026'))).toEqual([]);
    expect(findTranslationProblems(withSection('Unlocking standards'))).toEqual([
      { file: expect.any(String), field: 'laws[0].section', message: expect.stringMatching(/^missing/) },
    ]);
    const translated = { ...withSection('Unlocking standards') };
    translated.translations.tactics[0]!.data = { ...heTactic, laws: [{ ...heTactic.laws[0]!, section: 'כללים לשחרור נעילה' }] };
    expect(findTranslationProblems(translated)).toEqual([]);
  });

  it('tells a section in words from a citation', () => {
    for (const words of ['Unlocking standards', '§ 4-6 (lock-in, notice and termination)', 'Licence amendment no. 46']) expect(inWords(words), words).toBe(true);
    for (const citation of ['§ 14ג', '12 CFR 1026.13(b)', '14 CFR part 260', 'HR-2020-2401-A', 's. 75', 'Arts. 5 and 6', '§§ 382.155, 382.159']) {
      expect(inWords(citation), citation).toBe(false);
    }
  });

  it('refuses a note where the entry has none', () => {
    const contacts = { ...heCompany.contacts, hq: { label: 'מטה', note: 'הערה.' } };
    expect(findTranslationProblems(input({ company: { ...heCompany, contacts } }))).toEqual([
      { file: 'content/translations/he/companies/acme.mdx', field: 'contacts.hq.note', message: expect.stringMatching(/has no note/) },
    ]);
  });

  it('refuses a contact id the company does not have, and notices the one left untranslated', () => {
    const contacts = { line: heCompany.contacts.line, head: { label: 'מטה' } };
    const fields = findTranslationProblems(input({ company: { ...heCompany, contacts } })).map((p) => p.field);
    expect(fields).toEqual(['contacts.head', 'contacts.hq']);
  });

  it('refuses an overlay for an entry or a language that does not exist', () => {
    const extra = [
      { id: 'he/tactics/no-such', filePath: 'content/translations/he/tactics/no-such.mdx', data: heTactic },
      { id: 'fr/tactics/stay-calm', filePath: 'content/translations/fr/tactics/stay-calm.mdx', data: heTactic },
    ];
    expect(findTranslationProblems(input({ extra })).map((p) => [p.file, p.message])).toEqual([
      ['content/translations/he/tactics/no-such.mdx', expect.stringMatching(/no tactics entry "no-such"/)],
      ['content/translations/fr/tactics/stay-calm.mdx', expect.stringMatching(/"fr" is not one of the site's other languages/)],
    ]);
  });

  it('names the file an untranslated entry needs', () => {
    const problems = findTranslationProblems({ ...input(), languages: ['he', 'nb'] });
    expect(problems.map((p) => p.file)).toEqual(['content/translations/nb/tactics/stay-calm.mdx', 'content/translations/nb/companies/acme.mdx']);
  });
});
