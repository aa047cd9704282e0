/**
 * A model of localStorage shared by several tabs, as Chromium runs it: each
 * tab reads and writes its own copy at once, the browser keeps the writes in
 * the order they reach it (the last write of a key wins), and a tab sees other
 * tabs' writes only when it next gets to process messages (`deliver()`). A tab
 * whose event loop is busy keeps reading its old copy meanwhile. This is what
 * lets the case store's cross-tab behaviour be tested without a browser.
 */
import type { KeyValueStorage } from '../../src/lib/case/store';

export class SharedStorage {
  readonly truth = new Map<string, string>();

  /** A new tab, starting from what the browser holds now. */
  tab(): TabStorage {
    return new TabStorage(this);
  }
}

export class TabStorage implements KeyValueStorage {
  private readonly copy: Map<string, string>;

  constructor(private readonly shared: SharedStorage) {
    this.copy = new Map(shared.truth);
  }

  get length(): number {
    return this.copy.size;
  }
  key(index: number): string | null {
    return [...this.copy.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.copy.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.copy.set(key, value);
    this.shared.truth.set(key, value);
  }
  removeItem(key: string): void {
    this.copy.delete(key);
    this.shared.truth.delete(key);
  }

  /** Brings this tab's copy up to date; returns the keys that changed, as its storage events would. */
  deliver(): string[] {
    const changed = new Set([...this.copy.keys(), ...this.shared.truth.keys()]);
    for (const key of changed) {
      const value = this.shared.truth.get(key);
      if (value === this.copy.get(key)) changed.delete(key);
      else if (value === undefined) this.copy.delete(key);
      else this.copy.set(key, value);
    }
    return [...changed];
  }
}
