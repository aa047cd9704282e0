/**
 * Cases in localStorage, one key per field, so that two tabs writing at once
 * never overwrite each other's work.
 *
 * Why one key per field: localStorage has no transactions across tabs. In
 * Chromium each tab reads and writes its own copy and learns of another tab's
 * writes only when its event loop gets to them; a tab busy with typing can
 * read a copy that lacks the other tab's last keystroke. When a case was one
 * key, that tab's read-modify-write put the whole case back and erased the
 * other tab's newer field (issue 12: "a0a1a2a3" kept where "a0a1a2a3a4" was
 * typed). Now a change writes only the fields it changed, so a stale copy of
 * the other fields is never written back; the same field typed in two tabs
 * at once is the only case left where the later write wins.
 *
 *   beyond-no.case.<id>                      the head: {"format":"beyond-no.case-head","version":1,"createdAt":…}
 *   beyond-no.case.<id>.name | .companyId | .updatedAt
 *   beyond-no.case.<id>.facts.<field>
 *   beyond-no.case.<id>.log.<entry id>       the entry's place in the log (entries keep the order they were added in)
 *   beyond-no.case.<id>.log.<entry id>.<field>
 *
 * A case exists while its head does: the head is written first and removed
 * first, and edits never write it, so a tab that has not yet seen a deletion
 * cannot bring the case back (its late field writes are orphans, swept later).
 * A field with no key holds its empty value. A head holding a whole case file
 * (format.ts: how cases were stored before) is read as it is and split into
 * fields on its first change.
 */
import { CASE_FORMAT, readCaseFile, writeCaseFile } from './format';
import { FACT_FIELDS, LOG_FIELDS, newCase, newId, newLogEntry, type CaseRecord, type FactField, type LogEntry, type LogField } from './model';
import { LIMITS, checkCaseRecord } from './validate';

/** The part of the Web Storage API the store uses, so tests can hand it a Map. */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const CASE_KEY_PREFIX = 'beyond-no.case.';
const HEAD_FORMAT = 'beyond-no.case-head';
const HEAD_VERSION = 1;

/** The key of a case's head; its fields live under `${caseKey(id)}.`. */
export function caseKey(id: string): string {
  return `${CASE_KEY_PREFIX}${id}`;
}

function fieldKey(id: string, path: string): string {
  return `${caseKey(id)}.${path}`;
}

/** The case a storage key belongs to (its head or one of its fields), and the field's path. */
function parseKey(key: string | null): { id: string; path?: string } | undefined {
  if (!key?.startsWith(CASE_KEY_PREFIX)) return undefined;
  const rest = key.slice(CASE_KEY_PREFIX.length);
  // Case ids never hold a dot (validate.ts), so the first dot ends the id.
  const dot = rest.indexOf('.');
  return dot === -1 ? { id: rest } : { id: rest.slice(0, dot), path: rest.slice(dot + 1) };
}

/** The case id a storage key belongs to, or undefined for any other key. */
export function caseIdFromKey(key: string | null): string | undefined {
  return parseKey(key)?.id;
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

/** A case as read, with what a change needs to write only the difference. */
interface Stored {
  record: CaseRecord;
  /** Each log entry's place. */
  places: Map<string, number>;
  /** The head still holds a whole case file: the first change splits it into fields. */
  whole: boolean;
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
    return [...this.groups()]
      .map(([id, fields]) => this.assemble(id, fields)?.record)
      .filter((record): record is CaseRecord => record !== undefined)
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.name.localeCompare(b.name)));
  }

  get(id: string): CaseRecord | undefined {
    return this.read(id)?.record;
  }

  create(name: string): CaseRecord {
    const record = newCase(this.makeId(), name, new Date(this.now()).toISOString());
    this.writeNew(record);
    return record;
  }

  /**
   * Applies a change to the stored copy, writes the fields it changed, and
   * stamps the case newer than before. Returns the saved case, or undefined
   * when the case is gone (deleted in another tab: it is not brought back).
   */
  update(id: string, change: (record: CaseRecord) => CaseRecord): CaseRecord | undefined {
    const stored = this.read(id);
    if (!stored) return undefined;
    const changed = change(structuredClone(stored.record));
    const next = { ...changed, id, createdAt: stored.record.createdAt, updatedAt: this.stampAfter(stored.record.updatedAt) };
    if (stored.whole) {
      // Fields first, then the head: until the head changes, readers keep reading the whole file.
      this.writeFields(undefined, next, new Map());
      this.storage.setItem(caseKey(id), head(next));
    } else {
      this.writeFields(stored.record, next, stored.places);
    }
    return next;
  }

  remove(id: string): void {
    // The head first: from then on the case is gone for every reader, whatever fields remain.
    this.storage.removeItem(caseKey(id));
    for (const key of this.fieldKeysOf(id)) this.storage.removeItem(key);
  }

  /**
   * Removes what no reader reads: fields of a case with no head, and fields of
   * a log entry with no place, late writes from a tab that had not yet seen
   * the deletion. Safe while other tabs write, as each tab's writes reach the
   * others in order, and a head or a place is always written before its fields.
   */
  sweep(): void {
    for (const [id, { head, paths }] of this.groups()) {
      for (const path of paths.keys()) {
        const [area, entry, field] = path.split('.');
        const orphan = head === null || (area === 'log' && field !== undefined && !paths.has(`log.${entry}`));
        if (orphan) this.storage.removeItem(fieldKey(id, path));
      }
    }
  }

  /**
   * Stores an imported case exactly as it was exported; never replaces a different stored version.
   * `copyName` names the copy kept beside such a version, so the two can be told apart in a list.
   */
  import(record: CaseRecord, copyName: (name: string) => string = (name) => name): ImportOutcome {
    const stored = this.get(record.id);
    if (!stored) {
      this.writeNew(record);
      return { kind: 'added', record };
    }
    if (writeCaseFile(stored) === writeCaseFile(record)) return { kind: 'unchanged', record: stored };
    const copy = { ...record, id: this.makeId(), name: copyName(record.name).slice(0, LIMITS.name) };
    this.writeNew(copy);
    return { kind: 'copy', record: copy };
  }

  /** A timestamp later than `previous` even when the clock is behind it (another device, a clock change). */
  private stampAfter(previous: string): string {
    return new Date(Math.max(this.now(), Date.parse(previous) + 1)).toISOString();
  }

  private read(id: string): Stored | undefined {
    const head = this.storage.getItem(caseKey(id));
    if (head === null) return undefined;
    const paths = new Map<string, string>();
    for (const key of this.fieldKeysOf(id)) paths.set(parseKey(key)!.path!, this.storage.getItem(key) ?? '');
    return this.assemble(id, { head, paths });
  }

  /** Every case's head and fields, in one pass over the storage. */
  private groups(): Map<string, { head: string | null; paths: Map<string, string> }> {
    const groups = new Map<string, { head: string | null; paths: Map<string, string> }>();
    for (const key of this.keys()) {
      const parsed = parseKey(key);
      if (!parsed) continue;
      let group = groups.get(parsed.id);
      if (!group) groups.set(parsed.id, (group = { head: null, paths: new Map() }));
      const value = this.storage.getItem(key);
      if (value === null) continue;
      if (parsed.path === undefined) group.head = value;
      else group.paths.set(parsed.path, value);
    }
    return groups;
  }

  private keys(): string[] {
    const keys: string[] = [];
    for (let i = 0; i < this.storage.length; i += 1) {
      const key = this.storage.key(i);
      if (key !== null) keys.push(key);
    }
    return keys;
  }

  private fieldKeysOf(id: string): string[] {
    const prefix = `${caseKey(id)}.`;
    return this.keys().filter((key) => key.startsWith(prefix));
  }

  /** The case its head and fields make, checked as strictly as an imported file; undefined when unreadable. */
  private assemble(id: string, { head, paths }: { head: string | null; paths: Map<string, string> }): Stored | undefined {
    if (head === null) return undefined;
    const base = readHead(id, head);
    if (!base) return undefined;
    const { record, whole } = base;
    const places = new Map(record.log.map((entry, index) => [entry.id, index]));
    const entries = new Map(record.log.map((entry) => [entry.id, entry]));
    // A field this version does not know (a newer page wrote it) is left alone, not read.
    const known = (fields: readonly string[], field: string | undefined): field is string => field !== undefined && fields.includes(field);
    for (const [path, value] of paths) {
      const [area, name, field] = path.split('.');
      if (path === 'name' || path === 'companyId' || path === 'updatedAt') record[path] = value;
      else if (area === 'facts' && known(FACT_FIELDS, name) && field === undefined) record.facts[name as FactField] = value;
      else if (area === 'log' && name && field === undefined) {
        places.set(name, Number(value));
        if (!entries.has(name)) entries.set(name, newLogEntry(name, ''));
      }
    }
    for (const [path, value] of paths) {
      const [area, name, field] = path.split('.');
      const entry = area === 'log' && name && places.has(name) ? entries.get(name) : undefined;
      if (entry && known(LOG_FIELDS, field)) (entry as unknown as Record<LogField, string>)[field as LogField] = value;
    }
    // An entry without a place was removed (its fields are late writes from another tab).
    record.log = [...entries.values()]
      .filter((entry) => places.has(entry.id))
      .sort((a, b) => places.get(a.id)! - places.get(b.id)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const checked = checkCaseRecord(record);
    return checked.ok ? { record: checked.value, places, whole } : undefined;
  }

  /** A case that is not stored yet: the head, then every field; fields left from an earlier case with this id go first. */
  private writeNew(record: CaseRecord): void {
    for (const key of this.fieldKeysOf(record.id)) this.storage.removeItem(key);
    this.storage.setItem(caseKey(record.id), head(record));
    this.writeFields(undefined, record, new Map());
  }

  /** Writes the fields of `next` that differ from `before` (all of them without `before`), updatedAt last. */
  private writeFields(before: CaseRecord | undefined, next: CaseRecord, places: Map<string, number>): void {
    const { id } = next;
    const put = (path: string, value: string, old: string | undefined) => {
      if (value !== old) this.storage.setItem(fieldKey(id, path), value);
    };
    put('name', next.name, before?.name);
    put('companyId', next.companyId, before?.companyId);
    for (const field of FACT_FIELDS) put(`facts.${field}`, next.facts[field], before?.facts[field]);

    const earlier = new Map((before?.log ?? []).map((entry) => [entry.id, entry]));
    const kept = new Set(next.log.map((entry) => entry.id));
    for (const entry of before?.log ?? []) {
      if (kept.has(entry.id)) continue;
      // The place first: without it the entry is gone, whatever fields remain.
      this.storage.removeItem(fieldKey(id, `log.${entry.id}`));
      for (const field of LOG_FIELDS) this.storage.removeItem(fieldKey(id, `log.${entry.id}.${field}`));
    }
    let place = Math.max(-1, ...places.values());
    next.log.forEach((entry: LogEntry) => {
      const old = earlier.get(entry.id);
      if (!old) put(`log.${entry.id}`, String((place += 1)), undefined);
      for (const field of LOG_FIELDS) put(`log.${entry.id}.${field}`, entry[field], old?.[field]);
    });
    put('updatedAt', next.updatedAt, before?.updatedAt);
  }
}

function head(record: CaseRecord): string {
  return JSON.stringify({ format: HEAD_FORMAT, version: HEAD_VERSION, createdAt: record.createdAt });
}

/** The case a head starts from: an empty case from a head, or the whole case a case file holds. */
function readHead(id: string, text: string): { record: CaseRecord; whole: boolean } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const format = typeof parsed === 'object' && parsed !== null ? (parsed as { format?: unknown }).format : undefined;
  if (format === CASE_FORMAT) {
    const read = readCaseFile(text);
    return read.ok && read.record.id === id ? { record: read.record, whole: true } : undefined;
  }
  const fields = parsed as { format?: unknown; version?: unknown; createdAt?: unknown };
  if (format !== HEAD_FORMAT || fields.version !== HEAD_VERSION || typeof fields.createdAt !== 'string') return undefined;
  return { record: newCase(id, '', fields.createdAt), whole: false };
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
