/**
 * Cases in localStorage, one key per case ("beyond-no.case.<id>"), each stored
 * as a case file (format.ts). One key per case means two tabs editing two
 * cases never touch each other's data.
 *
 * Every change is a read-modify-write of the stored copy, not a write of what a
 * tab holds in memory: a tab that missed another tab's edit still changes only
 * the field it was asked to change, so nothing typed in either tab is lost.
 * updatedAt only moves forward, and a write never replaces a newer stored copy.
 */
import { readCaseFile, writeCaseFile } from './format';
import { newCase, newId, type CaseRecord } from './model';
import { LIMITS } from './validate';

/** The part of the Web Storage API the store uses, so tests can hand it a Map. */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const CASE_KEY_PREFIX = 'beyond-no.case.';

export function caseKey(id: string): string {
  return `${CASE_KEY_PREFIX}${id}`;
}

/** The case id a storage key belongs to, or undefined for any other key. */
export function caseIdFromKey(key: string | null): string | undefined {
  return key?.startsWith(CASE_KEY_PREFIX) ? key.slice(CASE_KEY_PREFIX.length) : undefined;
}

export type ImportOutcome =
  | { kind: 'added'; record: CaseRecord }
  | { kind: 'unchanged'; record: CaseRecord }
  /** A different version of the same case was already here: the file was kept beside it under a new id. */
  | { kind: 'copy'; record: CaseRecord };

export interface StoreOptions {
  /** Milliseconds since the epoch; injectable so tests control time. */
  now?: () => number;
  makeId?: () => string;
}

export class CaseStore {
  private readonly now: () => number;
  private readonly makeId: () => string;

  constructor(
    private readonly storage: KeyValueStorage,
    options: StoreOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.makeId = options.makeId ?? newId;
  }

  /** Every readable case, most recently changed first. Unreadable entries are skipped, never deleted. */
  list(): CaseRecord[] {
    const ids: string[] = [];
    for (let i = 0; i < this.storage.length; i += 1) {
      const id = caseIdFromKey(this.storage.key(i));
      if (id) ids.push(id);
    }
    return ids
      .map((id) => this.get(id))
      .filter((record): record is CaseRecord => record !== undefined)
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.name.localeCompare(b.name)));
  }

  get(id: string): CaseRecord | undefined {
    const text = this.storage.getItem(caseKey(id));
    if (text === null) return undefined;
    const read = readCaseFile(text);
    return read.ok && read.record.id === id ? read.record : undefined;
  }

  create(name: string): CaseRecord {
    const record = newCase(this.makeId(), name, new Date(this.now()).toISOString());
    this.storage.setItem(caseKey(record.id), writeCaseFile(record));
    return record;
  }

  /**
   * Applies a change to the stored copy and stamps it newer than before.
   * Returns the saved case, or undefined when the case is gone (deleted in
   * another tab: it is not brought back).
   */
  update(id: string, change: (record: CaseRecord) => CaseRecord): CaseRecord | undefined {
    const stored = this.get(id);
    if (!stored) return undefined;
    const changed = change(structuredClone(stored));
    const next = { ...changed, id, createdAt: stored.createdAt, updatedAt: this.stampAfter(stored.updatedAt) };
    this.storage.setItem(caseKey(id), writeCaseFile(next));
    return next;
  }

  remove(id: string): void {
    this.storage.removeItem(caseKey(id));
  }

  /**
   * Stores an imported case exactly as it was exported; never replaces a different stored version.
   * `copyName` names the copy kept beside such a version, so the two can be told apart in a list.
   */
  import(record: CaseRecord, copyName: (name: string) => string = (name) => name): ImportOutcome {
    const stored = this.get(record.id);
    if (!stored) {
      this.storage.setItem(caseKey(record.id), writeCaseFile(record));
      return { kind: 'added', record };
    }
    if (writeCaseFile(stored) === writeCaseFile(record)) return { kind: 'unchanged', record: stored };
    const copy = { ...record, id: this.makeId(), name: copyName(record.name).slice(0, LIMITS.name) };
    this.storage.setItem(caseKey(copy.id), writeCaseFile(copy));
    return { kind: 'copy', record: copy };
  }

  /** A timestamp later than `previous` even when the clock is behind it (another device, a clock change). */
  private stampAfter(previous: string): string {
    return new Date(Math.max(this.now(), Date.parse(previous) + 1)).toISOString();
  }
}

/** A storage that lives only as long as the page, for browsers that block localStorage. */
export class MemoryStorage implements KeyValueStorage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}
