/** The localStorage store: several cases, edits that never lose another tab's work, imports that never overwrite. */
import { beforeEach, describe, expect, it } from 'vitest';
import { readCaseFile, writeCaseFile } from '../../../src/lib/case/format';
import { CaseStore, MemoryStorage, caseIdFromKey, caseKey } from '../../../src/lib/case/store';
import { filledCase } from './fixtures';

let storage: MemoryStorage;
let clock: number;
let ids: number;

function store(): CaseStore {
  return new CaseStore(storage, { now: () => clock, makeId: () => `id-${++ids}` });
}

beforeEach(() => {
  storage = new MemoryStorage();
  clock = Date.parse('2024-03-01T10:00:00.000Z');
  ids = 0;
});

describe('CaseStore', () => {
  it('keeps several cases, most recently changed first, and renames and deletes them', () => {
    const s = store();
    const a = s.create('First');
    clock += 1000;
    const b = s.create('Second');
    expect(s.list().map((c) => c.name)).toEqual(['Second', 'First']);
    clock += 1000;
    s.update(a.id, (c) => ({ ...c, name: 'First, renamed' }));
    expect(s.list().map((c) => c.name)).toEqual(['First, renamed', 'Second']);
    s.remove(b.id);
    expect(s.list().map((c) => c.id)).toEqual([a.id]);
    expect(storage.getItem(caseKey(b.id))).toBeNull();
  });

  it('stores each case as a readable case file under its own key', () => {
    const s = store();
    const a = s.create('First');
    const read = readCaseFile(storage.getItem(caseKey(a.id))!);
    expect(read.ok && read.record).toEqual(a);
  });

  it('applies each change to the stored copy, so two tabs editing different fields both keep their edits', () => {
    const tab1 = store();
    const tab2 = store();
    const created = tab1.create('Shared');
    tab1.update(created.id, (c) => ({ ...c, facts: { ...c.facts, amount: '$25.00' } }));
    // Tab 2 never saw tab 1's edit: its change still lands on top of it.
    tab2.update(created.id, (c) => ({ ...c, facts: { ...c.facts, orderNumber: 'UA-1' } }));
    expect(tab1.get(created.id)?.facts).toMatchObject({ amount: '$25.00', orderNumber: 'UA-1' });
  });

  it('moves updatedAt forward on every change, even when the clock goes back', () => {
    const s = store();
    const c = s.create('Clock');
    const first = s.update(c.id, (r) => ({ ...r, name: 'one' }))!;
    clock -= 60_000;
    const second = s.update(c.id, (r) => ({ ...r, name: 'two' }))!;
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect(second.createdAt).toBe(c.createdAt);
  });

  it('does not bring back a case deleted in another tab', () => {
    const tab1 = store();
    const tab2 = store();
    const c = tab1.create('Doomed');
    tab1.remove(c.id);
    expect(tab2.update(c.id, (r) => ({ ...r, name: 'edited late' }))).toBeUndefined();
    expect(tab2.list()).toEqual([]);
  });

  it('skips an unreadable stored entry without deleting it', () => {
    const s = store();
    s.create('Good');
    storage.setItem(caseKey('broken'), '{not json');
    storage.setItem('someone-else', 'x');
    expect(s.list().map((c) => c.name)).toEqual(['Good']);
    expect(storage.getItem(caseKey('broken'))).toBe('{not json');
  });

  it('imports a new case exactly as exported', () => {
    const record = filledCase();
    const outcome = store().import(record);
    expect(outcome).toEqual({ kind: 'added', record });
    expect(storage.getItem(caseKey(record.id))).toBe(writeCaseFile(record));
  });

  it('recognises a case it already holds unchanged', () => {
    const s = store();
    s.import(filledCase());
    expect(s.import(filledCase()).kind).toBe('unchanged');
    expect(s.list()).toHaveLength(1);
  });

  it('never overwrites a different stored version on import: the file is kept beside it', () => {
    const s = store();
    const stored = filledCase();
    s.import(stored);
    const newer = s.update(stored.id, (c) => ({ ...c, name: 'edited here' }))!;
    const outcome = s.import(filledCase(), (name) => `${name} (copy)`);
    expect(outcome.kind).toBe('copy');
    expect(outcome.record.id).not.toBe(stored.id);
    expect(outcome.record.name).toBe('United ticket-by-mail fee (copy)');
    expect({ ...outcome.record, id: stored.id, name: stored.name }).toEqual(filledCase());
    expect(s.get(stored.id)).toEqual(newer);
    expect(s.list()).toHaveLength(2);
  });
});

describe('caseIdFromKey', () => {
  it('reads case keys and ignores others', () => {
    expect(caseIdFromKey('beyond-no.case.abc')).toBe('abc');
    expect(caseIdFromKey('other')).toBeUndefined();
    expect(caseIdFromKey(null)).toBeUndefined();
  });
});
