/** The localStorage store: several cases, edits that never lose another tab's work, imports that never overwrite. */
import { beforeEach, describe, expect, it } from 'vitest';
import { writeCaseFile } from '../../../src/lib/case/format';
import { CaseStore, MemoryStorage, caseIdFromKey, caseKey } from '../../../src/lib/case/store';
import { newLogEntry, type CaseRecord } from '../../../src/lib/case/model';
import { SharedStorage, type TabStorage } from '../../support/tab-storage';
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

  it('stores each field under its own key, beside a head that says the case exists', () => {
    const s = store();
    const a = s.create('First');
    expect(JSON.parse(storage.getItem(caseKey(a.id))!)).toEqual({ format: 'beyond-no.case-head', version: 1, createdAt: a.createdAt });
    expect(storage.getItem(`${caseKey(a.id)}.name`)).toBe('First');
    s.update(a.id, (c) => ({ ...c, facts: { ...c.facts, amount: '$25.00' } }));
    expect(storage.getItem(`${caseKey(a.id)}.facts.amount`)).toBe('$25.00');
    expect(s.get(a.id)).toMatchObject({ name: 'First', facts: { amount: '$25.00', orderNumber: '' } });
  });

  it('writes only the fields a change changed, and updatedAt', () => {
    const s = store();
    const a = s.import(filledCase()).record;
    const written: string[] = [];
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      written.push(key);
      setItem(key, value);
    };
    s.update(a.id, (c) => ({ ...c, facts: { ...c.facts, evidence: `${c.facts.evidence}\nReceipt` } }));
    s.update(a.id, (c) => ({ ...c, log: c.log.map((e, i) => (i === 1 ? { ...e, who: 'Sam' } : e)) }));
    const entry = a.log[1]!.id;
    expect(written).toEqual([
      `${caseKey(a.id)}.facts.evidence`,
      `${caseKey(a.id)}.updatedAt`,
      `${caseKey(a.id)}.log.${entry}.who`,
      `${caseKey(a.id)}.updatedAt`,
    ]);
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
    const s = store();
    const outcome = s.import(record);
    expect(outcome).toEqual({ kind: 'added', record });
    expect(writeCaseFile(s.get(record.id)!)).toBe(writeCaseFile(record));
  });

  it('reads a case stored whole, as cases were before, and splits it into fields on its first change', () => {
    const record = filledCase();
    storage.setItem(caseKey(record.id), writeCaseFile(record));
    const s = store();
    expect(s.get(record.id)).toEqual(record);
    clock = Date.parse('2024-03-05T10:00:00.000Z');
    const saved = s.update(record.id, (c) => ({ ...c, facts: { ...c.facts, amount: '$30.00' } }))!;
    expect(saved).toEqual({ ...record, updatedAt: '2024-03-05T10:00:00.000Z', facts: { ...record.facts, amount: '$30.00' } });
    expect(JSON.parse(storage.getItem(caseKey(record.id))!).format).toBe('beyond-no.case-head');
    expect(s.get(record.id)).toEqual(saved);
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

/**
 * Two tabs on one localStorage, each reading its own copy until it gets to the
 * other's writes (tests/support/tab-storage.ts), as a busy tab in Chromium does.
 */
describe('two tabs writing at once', () => {
  let shared: SharedStorage;
  let tabs: [TabStorage, TabStorage];
  let a: CaseStore;
  let b: CaseStore;
  let id: string;
  const both = () => [a, b].map((s) => s.get(id));
  const deliver = () => tabs.forEach((tab) => tab.deliver());
  const setFact = (field: keyof CaseRecord['facts'], value: string) => (c: CaseRecord) => ({ ...c, facts: { ...c.facts, [field]: value } });

  beforeEach(() => {
    shared = new SharedStorage();
    const first = shared.tab();
    a = new CaseStore(first, { now: () => clock, makeId: () => `id-${++ids}` });
    id = a.create('Shared').id;
    tabs = [first, shared.tab()];
    b = new CaseStore(tabs[1], { now: () => clock, makeId: () => `id-${++ids}` });
  });

  it('keeps the last keystroke of a tab whose write the other had not seen yet (the lost "a4" of issue 12)', () => {
    for (let i = 0; i < 5; i += 1) {
      clock += 10;
      a.update(id, setFact('evidence', Array.from({ length: i + 1 }, (_, k) => `a${k}`).join('')));
      // Tab B is busy: it has seen tab A's writes up to the one before this keystroke.
      if (i < 4) tabs[1].deliver();
      b.update(id, setFact('stepsTaken', Array.from({ length: i + 1 }, (_, k) => `b${k}`).join('')));
      tabs[0].deliver();
    }
    deliver();
    for (const seen of both()) expect(seen?.facts).toMatchObject({ evidence: 'a0a1a2a3a4', stepsTaken: 'b0b1b2b3b4' });
  });

  it('keeps log entries added in both tabs at once, and a field edited in each', () => {
    const first = newLogEntry('entry-a', '2024-03-01');
    const second = newLogEntry('entry-b', '2024-03-02');
    a.update(id, (c) => ({ ...c, log: [...c.log, first] }));
    b.update(id, (c) => ({ ...c, log: [...c.log, second] }));
    deliver();
    a.update(id, (c) => ({ ...c, log: c.log.map((e) => (e.id === 'entry-b' ? { ...e, who: 'Dana' } : e)) }));
    b.update(id, (c) => ({ ...c, log: c.log.map((e) => (e.id === 'entry-b' ? { ...e, reference: 'REF-1' } : e)) }));
    deliver();
    for (const seen of both()) {
      expect(seen?.log.map((e) => e.id)).toEqual(['entry-a', 'entry-b']);
      expect(seen?.log[1]).toMatchObject({ who: 'Dana', reference: 'REF-1', date: '2024-03-02' });
    }
  });

  it('does not bring back a log entry one tab removed while the other was still writing to it, and sweeps what that tab left', () => {
    a.update(id, (c) => ({ ...c, log: [newLogEntry('entry-a', '')] }));
    deliver();
    a.update(id, (c) => ({ ...c, log: [] }));
    b.update(id, (c) => ({ ...c, log: c.log.map((e) => ({ ...e, who: 'late' })) }));
    deliver();
    for (const seen of both()) expect(seen?.log).toEqual([]);
    expect(shared.truth.has(`${caseKey(id)}.log.entry-a.who`)).toBe(true);
    b.sweep();
    expect([...shared.truth.keys()].filter((key) => key.includes('.log.'))).toEqual([]);
    expect(b.get(id)?.name).toBe('Shared');
  });

  it('does not bring back a case one tab deleted while the other was still writing to it, and sweeps what that tab left', () => {
    a.update(id, setFact('summary', 'to be deleted'));
    deliver();
    a.remove(id);
    expect(b.update(id, setFact('summary', 'typed late'))).toBeDefined();
    deliver();
    expect(both()).toEqual([undefined, undefined]);
    expect([...shared.truth.keys()].sort()).toEqual([`${caseKey(id)}.facts.summary`, `${caseKey(id)}.updatedAt`]);
    a.sweep();
    expect([...shared.truth.keys()]).toEqual([]);
  });
});

describe('caseIdFromKey', () => {
  it('reads case keys and ignores others', () => {
    expect(caseIdFromKey('beyond-no.case.abc')).toBe('abc');
    expect(caseIdFromKey('beyond-no.case.abc.facts.amount')).toBe('abc');
    expect(caseIdFromKey('other')).toBeUndefined();
    expect(caseIdFromKey(null)).toBeUndefined();
  });
});
