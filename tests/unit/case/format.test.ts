/** The versioned case file: what is exported is read back exactly, and anything else is refused with the reason. */
import { describe, expect, it } from 'vitest';
import { CASE_FORMAT, CASE_FORMAT_VERSION, caseFileName, readCaseFile, writeCaseFile } from '../../../src/lib/case/format';
import { FACT_FIELDS_SINCE_V2 } from '../../../src/lib/case/model';
import { filledCase } from './fixtures';

function fileWith(change: (file: Record<string, any>) => void): string {
  const file = JSON.parse(writeCaseFile(filledCase(), '2024-03-01T12:00:00.000Z'));
  change(file);
  return JSON.stringify(file);
}

function refusal(text: string) {
  const read = readCaseFile(text);
  if (read.ok) throw new Error('expected the file to be refused');
  return read.error;
}

describe('writeCaseFile and readCaseFile', () => {
  it('round-trips a case exactly, export time included', () => {
    const record = filledCase();
    const text = writeCaseFile(record, '2024-03-01T12:00:00.000Z');
    expect(JSON.parse(text)).toMatchObject({ format: CASE_FORMAT, version: CASE_FORMAT_VERSION });
    const read = readCaseFile(text);
    expect(read).toEqual({ ok: true, record, exportedAt: '2024-03-01T12:00:00.000Z' });
    if (read.ok) expect(writeCaseFile(read.record, read.exportedAt)).toBe(text);
  });

  it('keeps every character: quotes, new lines, markup, emoji and right-to-left text', () => {
    const record = filledCase();
    record.facts.whatHappened = 'He said "no".\nThen </script><!-- 😠 \u2028 עברית';
    const read = readCaseFile(writeCaseFile(record));
    expect(read.ok && read.record.facts.whatHappened).toBe(record.facts.whatHappened);
  });
});

describe('a version 1 file, written before the Norwegian and Israeli letters', () => {
  it('reads, with the fields added since blank', () => {
    const text = fileWith((f) => {
      f.version = 1;
      for (const field of FACT_FIELDS_SINCE_V2) delete f.case.facts[field];
    });
    const read = readCaseFile(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.record.facts.companyName).toBe(filledCase().facts.companyName);
    for (const field of FACT_FIELDS_SINCE_V2) expect(read.record.facts[field]).toBe('');
  });

  it('still refuses a field no version knows', () => {
    expect(refusal(fileWith((f) => (f.case.facts.shoeSize = '44')))).toMatchObject({ kind: 'invalid', invalid: { path: 'case.facts.shoeSize' } });
  });
});

describe('readCaseFile refuses', () => {
  it('text that is not JSON', () => {
    expect(refusal('this is not json')).toEqual({ kind: 'not-json' });
    expect(refusal('')).toEqual({ kind: 'not-json' });
  });

  it('foreign JSON: another program’s file, a list, a bare value', () => {
    expect(refusal(JSON.stringify({ title: 'My notes' }))).toEqual({ kind: 'foreign' });
    expect(refusal(JSON.stringify([filledCase()]))).toEqual({ kind: 'foreign' });
    expect(refusal('42')).toEqual({ kind: 'foreign' });
    expect(refusal(JSON.stringify(filledCase()))).toEqual({ kind: 'foreign' });
  });

  it('a newer version, naming it', () => {
    expect(refusal(fileWith((f) => (f.version = 3)))).toEqual({ kind: 'newer', version: 3 });
  });

  it('a file too large to be a case', () => {
    expect(refusal(' '.repeat(2_000_001))).toEqual({ kind: 'too-large' });
  });

  it.each([
    ['a missing fact', (f: any) => delete f.case.facts.amount, 'case.facts.amount', 'is missing'],
    ['an unknown fact', (f: any) => (f.case.facts.mood = 'angry'), 'case.facts.mood', 'is not a field of a case'],
    ['an unknown top-level key', (f: any) => (f.extra = true), 'extra', 'is not a field of a case file'],
    ['a number where text belongs', (f: any) => (f.case.facts.amount = 25), 'case.facts.amount', 'is not text'],
    ['an impossible date', (f: any) => (f.case.facts.statementDate = '2023-02-29'), 'case.facts.statementDate', 'is not a real date written as YYYY-MM-DD'],
    ['a date in another format', (f: any) => (f.case.facts.incidentDate = '02/10/2024'), 'case.facts.incidentDate', 'is not a real date written as YYYY-MM-DD'],
    ['an unknown channel', (f: any) => (f.case.log[0].channel = 'pigeon'), 'case.log[0].channel', 'is not one of'],
    ['an unknown rung', (f: any) => (f.case.log[1].stage = 'prepare'), 'case.log[1].stage', 'is not one of'],
    ['a bad time', (f: any) => (f.case.log[1].promisedTime = '25:00'), 'case.log[1].promisedTime', 'is not a time written as HH:MM'],
    ['a repeated log id', (f: any) => (f.case.log[1].id = 'log-1'), 'case.log[1].id', 'repeats another entry’s id'],
    ['a log that is not a list', (f: any) => (f.case.log = {}), 'case.log', 'is not a list'],
    ['a bad timestamp', (f: any) => (f.case.updatedAt = 'yesterday'), 'case.updatedAt', 'is not a timestamp'],
    ['a changed-before-created case', (f: any) => (f.case.updatedAt = '2020-01-01T00:00:00.000Z'), 'case.updatedAt', 'is earlier than createdAt'],
    ['an id with a path in it', (f: any) => (f.case.id = '../x'), 'case.id', 'is not an id'],
    ['an over-long field', (f: any) => (f.case.facts.evidence = 'x'.repeat(20_001)), 'case.facts.evidence', 'is longer than'],
    ['a missing case', (f: any) => delete f.case, 'case', 'is not an object'],
    ['a version that is not a number', (f: any) => (f.version = '1'), 'version', 'is not a version number'],
  ])('%s, naming the field', (_name, change, path, problem) => {
    const error = refusal(fileWith(change));
    expect(error.kind).toBe('invalid');
    if (error.kind === 'invalid') {
      expect(error.invalid.path).toBe(path);
      expect(error.invalid.problem).toContain(problem);
    }
  });
});

describe('caseFileName', () => {
  it('is the case name in plain letters and the day', () => {
    expect(caseFileName({ ...filledCase(), name: 'Jenn-Air: Café oven!' }, '2024-03-01')).toBe('beyond-no-case-jenn-air-cafe-oven-2024-03-01.json');
    expect(caseFileName({ ...filledCase(), name: '***' }, '2024-03-01')).toBe('beyond-no-case-untitled-2024-03-01.json');
  });
});
