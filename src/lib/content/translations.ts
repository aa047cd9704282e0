/**
 * Checks a translation overlay against its entry: the overlay must name a real
 * language and entry, hold the same items in the same order (a step, script,
 * risk, deadline or contact each translated once), carry a note, hours, scope
 * or story exactly where the entry has one, and every entry must be translated
 * into every language. Each problem names the file and the field, as the other
 * content checks do (src/lib/content/checks.ts), so the build stops on it.
 */
import type { ContentProblem, EntryRef } from './checks';

/** Fields whose count is the translator's: readers' own words for a tactic, its other names. */
const FREE_COUNT = new Set(['aka', 'problems']);
/** Optional words that must be there exactly when the entry has them. */
const PARITY = new Set(['story', 'lesson', 'scope', 'note', 'hours', 'wait', 'fee']);

export type TranslationKind = 'tactics' | 'bodies' | 'companies';

export interface TranslationInput {
  /** The languages besides English that every entry must be translated into. */
  languages: readonly string[];
  entries: Record<TranslationKind, EntryRef<Record<string, unknown>>[]>;
  /** Overlays, with ids "<lang>/<kind>/<entry id>" as the content loader gives them. */
  translations: Record<TranslationKind, EntryRef<Record<string, unknown>>[]>;
}

export function findTranslationProblems(input: TranslationInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const kind of ['tactics', 'bodies', 'companies'] as const) {
    const english = new Map(input.entries[kind].map((e) => [e.id, e]));
    const seen = new Set<string>();
    for (const overlay of input.translations[kind]) {
      const [lang = '', , id = ''] = overlay.id.split('/');
      const file = overlay.filePath ?? `content/translations/${overlay.id}.mdx`;
      if (!input.languages.includes(lang)) {
        problems.push({ file, field: '(language folder)', message: `"${lang}" is not one of the site's other languages (${input.languages.join(', ')})` });
        continue;
      }
      const entry = english.get(id);
      if (!entry) {
        problems.push({ file, field: '(file name)', message: `no ${kind} entry "${id}" in content/${kind}/ to translate` });
        continue;
      }
      seen.add(`${lang}/${id}`);
      compare(withContactsById(entry.data), overlay.data, '', file, problems);
    }
    for (const lang of input.languages) {
      for (const id of english.keys()) {
        if (!seen.has(`${lang}/${id}`)) {
          problems.push({
            file: `content/translations/${lang}/${kind}/${id}.mdx`,
            field: '(file)',
            message: `missing: content/${kind}/${id} has no ${lang} translation, and every page is published in every language`,
          });
        }
      }
    }
  }
  return problems;
}

/** An entry's contacts as a record by id, the shape overlays use. */
function withContactsById(data: Record<string, unknown>): Record<string, unknown> {
  const contacts = data.contacts;
  if (!Array.isArray(contacts)) return data;
  return { ...data, contacts: Object.fromEntries(contacts.map((c: { id: string }) => [c.id, c])) };
}

function compare(en: unknown, tr: unknown, path: string, file: string, problems: ContentProblem[]): void {
  const at = (key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);
  if (Array.isArray(tr)) {
    const enList = Array.isArray(en) ? en : [];
    if (enList.length !== tr.length) {
      problems.push({ file, field: path, message: `has ${tr.length} item(s) where the English entry has ${enList.length}: translate each once, in the same order` });
      return;
    }
    tr.forEach((item, i) => compare(enList[i], item, at(i), file, problems));
    return;
  }
  if (!isObject(tr)) return;
  const enObject = isObject(en) ? en : {};
  for (const [key, value] of Object.entries(tr)) {
    if (FREE_COUNT.has(key)) continue;
    if (enObject[key] === undefined && !(Array.isArray(value) && value.length === 0) && !(isObject(value) && Object.keys(value).length === 0)) {
      problems.push({ file, field: at(key), message: `the English entry has no ${key} here: leave it out` });
      continue;
    }
    compare(enObject[key], value, at(key), file, problems);
  }
  for (const [key, value] of Object.entries(enObject)) {
    if (tr[key] !== undefined) continue;
    const needed =
      (PARITY.has(key) && (key !== 'fee' || (isObject(value) && value.note !== undefined))) || (key === 'section' && inWords(value));
    if (needed) problems.push({ file, field: at(key), message: `missing: the English entry has ${key} here, so the translation needs it too` });
  }
  // Contacts are matched by id: every contact of the entry is translated, and no other.
  if (path === '' && isObject(enObject.contacts) && isObject(tr.contacts)) {
    for (const id of Object.keys(enObject.contacts)) {
      if (!(id in tr.contacts)) problems.push({ file, field: `contacts.${id}`, message: `missing: the English entry has a contact "${id}"` });
    }
  }
}

/**
 * A law's section written in words ("Unlocking standards", "§ 4-6 (lock-in,
 * notice and termination)"), not a bare citation ("§ 14ג", "12 CFR
 * 1026.13(b)", "HR-2020-2401-A"): its words need a translation.
 */
export function inWords(section: unknown): boolean {
  if (typeof section !== 'string') return false;
  // The words a citation is written with are part of it.
  const bare = section.replace(/\b(CFR|U\.S\.C|part|parts|subpart|No|Art|s|ss|Section|Sections|Regulation|Directive)\b\.?/g, ' ');
  return /[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(bare);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
