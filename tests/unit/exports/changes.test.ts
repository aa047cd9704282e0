import { describe, expect, it } from 'vitest';
import { companySchema } from '../../../src/schemas/company';
import { changeText, deriveChanges, groupByKey, type ChangeStrings } from '../../../src/lib/directory/changes';

const base = { source: 's', rung: 'headquarters' as const };
const company = (id: string, name: string, contacts: unknown[]) => ({
  id,
  data: companySchema.parse({
    ...{ name, summary: 'x', industry: 'other', country: 'US', website: 'https://x.example/', lastChecked: '2026-11', contacts },
    missing: [{ label: 'Executive office', rung: 'executive', source: 's', reason: 'None found.' }],
  }),
});

const acmeContacts = [
  { ...base, id: 'hq-old', kind: 'postal', label: 'Old HQ', value: { lines: ['1 Old St'], city: 'A', country: 'US' }, asOf: '2008', status: 'superseded', replacedBy: 'hq', endedOn: '2019' },
  { ...base, id: 'hq', kind: 'postal', label: 'HQ', value: { lines: ['2 New St'], city: 'B', country: 'US' }, asOf: '2023-12-31' },
  { ...base, id: 'phone-old', kind: 'phone', label: 'Old phone', value: '+1 425-679-7200', asOf: '2012-08-13', status: 'superseded', replacedBy: 'phone' },
  { ...base, id: 'phone', kind: 'phone', label: 'Phone', value: '+1 206-481-7200', asOf: '2019' },
  { ...base, id: 'x-acmecares', kind: 'social', rung: 'social', platform: 'X', label: 'Old account', value: '@acmecares', asOf: '2008', status: 'retired', endedOn: '2010' },
  { ...base, id: 'x-gone', kind: 'social', rung: 'social', platform: 'X', label: 'Gone', value: '@gone', asOf: '2008', status: 'retired' },
  { ...base, id: 'line', kind: 'phone', rung: 'front-line', label: 'Line', value: '1-800-EXPEDIA', asOf: '2026-11', status: 'unverified' },
];
const acme = company('acme', 'Acme', acmeContacts);
const beta = company('beta', 'Beta', [{ ...base, id: 'mail', kind: 'email', label: 'Mail', value: 'a@beta.example', asOf: '2026-11' }]);

describe('deriveChanges', () => {
  const events = deriveChanges([acme, beta]);

  it('gives one event per value: new for values in use, superseded and retired for the rest', () => {
    expect(events.map((e) => [e.company.id, e.kind, e.contact.label, e.date, e.dateBasis])).toEqual([
      ['acme', 'new', 'Line', '2026-11', 'on'],
      ['beta', 'new', 'Mail', '2026-11', 'on'],
      ['acme', 'new', 'HQ', '2023-12-31', 'on'],
      ['acme', 'new', 'Phone', '2019', 'on'],
      ['acme', 'superseded', 'Old HQ', '2019', 'on'],
      // No end date: dated by its replacement's as-of date, as "by".
      ['acme', 'superseded', 'Old phone', '2019', 'by'],
      ['acme', 'retired', 'Old account', '2010', 'on'],
      ['acme', 'retired', 'Gone', undefined, 'on'],
    ]);
  });

  it('links a new value to what it replaced, and a superseded one to its replacement', () => {
    const hq = events.find((e) => e.contact.id === 'hq')!;
    const old = events.find((e) => e.contact.id === 'hq-old')!;
    expect(hq.related?.id).toBe('hq-old');
    expect(old.related?.id).toBe('hq');
  });

  it('puts a change known only by a date after the changes on that date, whatever the company', () => {
    // "Aardvark" sorts before "Acme" by name, but its change is dated "by" 2019: it comes after Acme's.
    const aardvark = company('aardvark', 'Aardvark', [
      { ...base, id: 'old', kind: 'email', label: 'Old mail', value: 'old@aardvark.example', asOf: '2010', status: 'superseded', replacedBy: 'new' },
      { ...base, id: 'new', kind: 'email', label: 'Mail', value: 'new@aardvark.example', asOf: '2019' },
    ]);
    const on2019 = deriveChanges([aardvark, acme]).filter((e) => e.date === '2019');
    expect(on2019.map((e) => [e.company.id, e.contact.label, e.dateBasis])).toEqual([
      ['aardvark', 'Mail', 'on'],
      ['acme', 'Phone', 'on'],
      ['acme', 'Old HQ', 'on'],
      ['aardvark', 'Old mail', 'by'],
      ['acme', 'Old phone', 'by'],
    ]);
  });

  it('gives every event a unique id that survives reordering the file', () => {
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('acme--hq--new');
    expect(ids).toContain('acme--x-acmecares--retired');
    expect(ids).toContain('acme--line--new');
    const reordered = company('acme', 'Acme', [...acmeContacts].reverse());
    expect(deriveChanges([reordered]).map((e) => e.id).sort()).toEqual(deriveChanges([acme]).map((e) => e.id).sort());
  });

});

describe('changeText', () => {
  const strings: ChangeStrings = {
    kind: (kind) => ({ new: 'New', superseded: 'Replaced', retired: 'Retired' })[kind],
    title: '{company}: {kind}: {label}',
    replaces: 'Replaces {value}',
    replacedBy: 'Replaced by {value}',
    source: 'Source: {source}, as of {asOf}',
    by: 'by {date}',
    undated: 'Date not known',
  };
  const events = deriveChanges([acme]);
  const text = (label: string) => changeText(events.find((e) => e.contact.label === label)!, 'A 10-K', strings, (d) => `<${d}>`);

  it('says what changed, when, and what replaced what', () => {
    expect(text('Old phone')).toEqual({
      title: 'Acme: Replaced: Old phone',
      value: '(425) 679-7200',
      related: 'Replaced by (206) 481-7200',
      source: 'Source: A 10-K, as of <2012-08-13>',
      when: 'by <2019>',
    });
    expect(text('HQ').related).toBe('Replaces 1 Old St, A, US');
    expect(text('Gone').when).toBe('Date not known');
  });
});

describe('groupByKey', () => {
  it('gives each key one group, in the order keys first appear, items in their own order', () => {
    expect(groupByKey(['a1', 'a2', 'b1', 'a3'], (s) => s[0]!)).toEqual([
      { key: 'a', items: ['a1', 'a2', 'a3'] },
      { key: 'b', items: ['b1'] },
    ]);
  });
});
