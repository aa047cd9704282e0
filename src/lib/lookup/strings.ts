/**
 * The words a look-up answer is made of. They live in src/i18n/ui.ts like every
 * interface string; the build hands this subset to the browser with the
 * directory, so the script that writes answers carries no text of its own.
 */
import type { UiKey } from '../../i18n/ui';
import type { ContactStatus } from '../../schemas/contact';
import type { Rung } from '../directory/ladder';
import type { LookupDirectory } from './match';
import type { DirectoryNames } from './directory';

export const LOOKUP_ANSWER_KEYS = [
  'current',
  'unverified',
  'superseded',
  'retired',
  'scam',
  'unknown',
  'belongs',
  'fax',
  'shortCode',
  'asOf',
  'unverifiedNote',
  'supersededNote',
  'replacedNote',
  'retiredNote',
  'scamNote',
  'callInstead',
  'unknownNote',
  'invalid',
  'companyLink',
  'checkLink',
  'browse',
] as const;
export type LookupAnswerKey = (typeof LOOKUP_ANSWER_KEYS)[number];
export type LookupStrings = Record<LookupAnswerKey, string>;

// Fails type checking when a key above has no `lookup.answer.<key>` string in ui.ts.
const everyKeyHasAString: `lookup.answer.${LookupAnswerKey}` extends UiKey ? true : never = true;
void everyKeyHasAString;

/** What /data/lookup/directory.json holds: the directory and the words to answer with. */
export interface LookupPayload extends LookupDirectory {
  strings: LookupStrings;
}

export function lookupStrings(t: (key: UiKey) => string): LookupStrings {
  return Object.fromEntries(LOOKUP_ANSWER_KEYS.map((key) => [key, t(`lookup.answer.${key}`)])) as LookupStrings;
}

/** Fills "{company}" style slots; a slot with no value is left visible so a missing value shows in tests. */
export function fill(template: string, values: Record<string, string | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}

/** Rung and status names for the directory, a scam number's status included. */
export function directoryNames(strings: {
  t: (key: UiKey) => string;
  rung: (rung: Rung) => string;
  status: (status: ContactStatus) => string;
}): DirectoryNames {
  return {
    rung: strings.rung,
    status: (status) => (status === 'scam' ? strings.t('lookup.status.scam') : strings.status(status)),
  };
}
