/**
 * The word tables src/lib takes, made from a page's strings. They live here,
 * not in src/lib, so that src/lib depends on nothing in src/i18n.
 */
import type { ChangeKind, ChangeStrings } from '../lib/directory/changes';
import { LOOKUP_ANSWER_KEYS, NUMBER_STATUSES, type LookupManifest, type LookupStrings } from '../lib/lookup/strings';
import type { NumberStatus } from '../lib/lookup/match';
import { RUNGS, type Rung } from '../lib/directory/ladder';
import type { LookupAnswerKey } from '../lib/lookup/strings';
import type { UiKey } from './dictionary';
import type { Strings } from './ui';

// Fails type checking when a look-up answer key has no `lookup.answer.<key>` string in the dictionaries.
const everyKeyHasAString: `lookup.answer.${LookupAnswerKey}` extends UiKey ? true : never = true;
void everyKeyHasAString;

export function lookupStrings(t: Strings['t']): LookupStrings {
  return Object.fromEntries(LOOKUP_ANSWER_KEYS.map((key) => [key, t(`lookup.answer.${key}`)])) as LookupStrings;
}

/** Status and rung names in one language, a scam number's status included. */
export function lookupNames(strings: Pick<Strings, 't' | 'rung' | 'status'>): Pick<LookupManifest, 'statusNames' | 'rungNames'> {
  return {
    statusNames: Object.fromEntries(
      NUMBER_STATUSES.map((status) => [status, status === 'scam' ? strings.t('lookup.status.scam') : strings.status(status)]),
    ) as Record<NumberStatus, string>,
    rungNames: Object.fromEntries(RUNGS.map((rung) => [rung, strings.rung(rung)])) as Record<Rung, string>,
  };
}

/** The change strings from the interface dictionary. */
export function changeStringsFrom(t: Strings['t']): ChangeStrings {
  const kinds: Record<ChangeKind, UiKey> = {
    new: 'trust.changes.kind.new',
    superseded: 'trust.changes.kind.superseded',
    retired: 'trust.changes.kind.retired',
  };
  return {
    kind: (kind) => t(kinds[kind]),
    title: t('trust.feed.itemTitle'),
    replaces: t('trust.changes.replaces'),
    replacedBy: t('trust.changes.replacedBy'),
    source: t('trust.changes.source'),
    by: t('trust.changes.by'),
    undated: t('trust.changes.undated'),
  };
}
