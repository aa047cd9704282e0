/**
 * The open case in this tab. The store in localStorage is the truth; this
 * keeps which case is open and tells the views when to redraw:
 *   "edit": this tab changed the case (the control already shows the change);
 *   "load": a case was opened, or another tab changed it, so every control is refilled.
 * Which case is open survives a reload through sessionStorage, per tab.
 */
import { CaseStore, MemoryStorage, caseIdFromKey, type KeyValueStorage } from '../../lib/case/store';
import type { CaseRecord } from '../../lib/case/model';
import { warn } from './announce';
import { say, t } from './strings';

export type Redraw = 'edit' | 'load';
type Listener = (kind: Redraw) => void;

// In sessionStorage, and outside the case-key prefix so it can never be read as a case.
const OPEN_KEY = 'beyond-no.open-case';

/** localStorage when the browser allows it, else a store that lasts as long as the page. */
function openStorage(): { storage: KeyValueStorage; persistent: boolean } {
  try {
    const probe = 'beyond-no.probe';
    localStorage.setItem(probe, probe);
    localStorage.removeItem(probe);
    return { storage: localStorage, persistent: true };
  } catch {
    return { storage: new MemoryStorage(), persistent: false };
  }
}

export class CaseSession {
  readonly store: CaseStore;
  readonly persistent: boolean;
  private record: CaseRecord | undefined;
  private readonly listeners = new Set<Listener>();

  constructor() {
    const { storage, persistent } = openStorage();
    this.store = new CaseStore(storage);
    this.persistent = persistent;
    try {
      this.store.sweep();
    } catch {
      // Leftovers only take room; a page that cannot remove them still works.
    }
    const remembered = readOpenId();
    const start = (remembered && this.store.get(remembered)) || this.store.list()[0];
    this.open(start);
    if (!persistent) warn(t('case.status.storageBlocked'));
    if (persistent) window.addEventListener('storage', (event) => this.onStorage(event));
  }

  get current(): CaseRecord | undefined {
    return this.record;
  }

  list(): CaseRecord[] {
    return this.store.list();
  }

  onRedraw(listener: Listener): void {
    this.listeners.add(listener);
  }

  select(id: string): void {
    this.open(this.store.get(id));
    this.emit('load');
  }

  create(): CaseRecord {
    const record = this.store.create(say('case.cases.defaultName', { number: this.store.list().length + 1 }));
    this.open(record);
    this.emit('load');
    return record;
  }

  /** Changes the open case, starting one first if none is open: typing is how a first case begins. */
  edit(change: (record: CaseRecord) => CaseRecord, redraw: Redraw = 'edit'): void {
    try {
      if (!this.record) this.open(this.store.create(say('case.cases.defaultName', { number: this.store.list().length + 1 })));
      const saved = this.store.update(this.record!.id, change);
      if (!saved) {
        this.deletedElsewhere();
        return;
      }
      this.record = saved;
    } catch {
      // Storage full or blocked mid-session: keep the change on screen and say it is not saved.
      if (this.record) this.record = change(structuredClone(this.record));
      warn(t('case.status.saveFailed'));
    }
    this.emit(redraw);
  }

  remove(): void {
    if (!this.record) return;
    this.store.remove(this.record.id);
    this.open(this.store.list()[0]);
    this.emit('load');
  }

  /**
   * Another tab wrote to localStorage: reread what this tab shows from the store.
   * The store holds one key per field, and this tab's own writes are already in
   * its copy, so the reread holds both tabs' edits (store.ts says why).
   */
  private onStorage(event: StorageEvent): void {
    if (event.storageArea !== localStorage) return;
    const id = caseIdFromKey(event.key);
    if (event.key !== null && id === undefined) return;
    if (this.record && (event.key === null || id === this.record.id)) {
      const fresh = this.store.get(this.record.id);
      if (!fresh) {
        this.deletedElsewhere();
        return;
      }
      this.record = fresh;
    } else if (!this.record) {
      // This tab had nothing open and another tab started a case: open it here too, rather than
      // let the next keystroke here start a second case.
      this.open(this.store.list()[0]);
    }
    // The list of cases may have changed either way.
    this.emit('load');
  }

  private deletedElsewhere(): void {
    this.open(this.store.list()[0]);
    warn(t('case.status.deletedElsewhere'));
    this.emit('load');
  }

  private open(record: CaseRecord | undefined): void {
    this.record = record;
    try {
      if (record) sessionStorage.setItem(OPEN_KEY, record.id);
      else sessionStorage.removeItem(OPEN_KEY);
    } catch {
      // Without sessionStorage a reload opens the most recent case instead.
    }
  }

  private emit(kind: Redraw): void {
    for (const listener of this.listeners) listener(kind);
  }
}

function readOpenId(): string | undefined {
  try {
    return sessionStorage.getItem(OPEN_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

