/**
 * The case builder's words in the browser: read from the page's strings block
 * (src/components/PageStrings.astro), which holds only the keys under
 * CASE_STRING_PREFIXES in the page's language.
 */
import type { CaseTextKey } from '../../lib/case/texts/context';
import type { Channel } from '../../schemas/tactic';
import type { ContactStatus } from '../../schemas/contact';
import type { Stage } from '../../lib/directory/ladder';
import { say as sayKey, t as tKey } from '../page-strings';

export function t(key: CaseTextKey): string {
  return tKey(key);
}

export function say(key: CaseTextKey, values: Record<string, string | number>): string {
  return sayKey(key, values);
}

/** Names of codes the builder shows. */
export const strings = {
  stage: (stage: Stage): string => tKey(`stage.${stage}`),
  stageBlurb: (stage: Stage): string => tKey(`stageBlurb.${stage}`),
  status: (status: ContactStatus): string => tKey(`status.${status}`),
  channel: (channel: Channel): string => tKey(`channel.${channel}`),
};
