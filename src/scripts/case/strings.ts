/** The interface strings in the browser: the same dictionary the pages are built from. */
import { useStrings } from '../../i18n/ui';
import { fill } from '../../lib/text/fill';
import type { CaseKey } from '../../lib/case/texts/context';

export const strings = useStrings();

export function t(key: CaseKey): string {
  return strings.t(key);
}

export function say(key: CaseKey, values: Record<string, string | number>): string {
  return fill(strings.t(key), values);
}
