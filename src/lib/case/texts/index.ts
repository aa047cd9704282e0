/** Every generated text, with the tactic page it comes from. */
import { callPlan } from './call-plan';
import type { TextContext } from './context';
import { disputeLetter } from './dispute-letter';
import { executiveEmail } from './executive-email';
import { socialPost } from './social-post';
import { warrantyLetter } from './warranty-letter';

export type TextId = 'plan' | 'dispute' | 'warranty' | 'executive' | 'social';

export const TEXTS: readonly { id: TextId; tactics: readonly string[]; generate: (ctx: TextContext) => string }[] = [
  { id: 'plan', tactics: ['gather-the-facts', 'pin-a-follow-up-date'], generate: callPlan },
  { id: 'dispute', tactics: ['threaten-a-chargeback'], generate: disputeLetter },
  { id: 'warranty', tactics: ['quote-the-warranty'], generate: warrantyLetter },
  { id: 'executive', tactics: ['executive-customer-service'], generate: executiveEmail },
  { id: 'social', tactics: ['go-public-on-social-media'], generate: socialPost },
];

export type { TextContext } from './context';
