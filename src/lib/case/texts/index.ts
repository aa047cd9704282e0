/**
 * Every generated text, with the tactic page it comes from. A country letter
 * names its country, and the language it is written in: it goes to a business
 * there, so it is written in that country's language on every page; the other
 * texts follow the page's language.
 */
import { callPlan } from './call-plan';
import type { CaseTextKey, TextContext } from './context';
import { disputeLetter } from './dispute-letter';
import { executiveEmail } from './executive-email';
import { cardDisputeLetterIsrael } from './il-card-dispute';
import { distanceCancelLetter } from './il-distance-cancel';
import { ongoingCancelLetter } from './il-ongoing-cancel';
import { cardClaimLetter } from './no-card-claim';
import { reklamasjonLetter } from './no-reklamasjon';
import { socialPost } from './social-post';
import { warrantyLetter } from './warranty-letter';

export type TextId =
  | 'plan'
  | 'dispute'
  | 'warranty'
  | 'no-reklamasjon'
  | 'no-card'
  | 'il-distance'
  | 'il-ongoing'
  | 'il-card'
  | 'executive'
  | 'social';

export type TextCountry = 'US' | 'NO' | 'IL';

export interface CaseTextDef {
  id: TextId;
  tactics: readonly string[];
  generate: (ctx: TextContext) => string;
  /** Its heading on the page and in print, in the page's language. */
  heading: CaseTextKey;
  /** The country whose law the letter uses; none for the texts that fit anywhere. */
  country?: TextCountry;
  /** Written in this language whatever the page's: Norway's letters in Bokmål, Israel's in Hebrew. */
  language?: 'nb' | 'he';
}

export const TEXTS: readonly CaseTextDef[] = [
  { id: 'plan', heading: 'case.plan.heading', tactics: ['gather-the-facts', 'pin-a-follow-up-date'], generate: callPlan },
  { id: 'dispute', heading: 'case.dispute.heading', tactics: ['threaten-a-chargeback'], generate: disputeLetter, country: 'US' },
  { id: 'warranty', heading: 'case.warranty.heading', tactics: ['quote-the-warranty'], generate: warrantyLetter, country: 'US' },
  { id: 'no-reklamasjon', heading: 'case.noRek.heading', tactics: ['quote-the-warranty'], generate: reklamasjonLetter, country: 'NO', language: 'nb' },
  { id: 'no-card', heading: 'case.noCard.heading', tactics: ['threaten-a-chargeback'], generate: cardClaimLetter, country: 'NO', language: 'nb' },
  { id: 'il-distance', heading: 'case.ilDistance.heading', tactics: ['cancel-a-purchase-or-subscription'], generate: distanceCancelLetter, country: 'IL', language: 'he' },
  { id: 'il-ongoing', heading: 'case.ilOngoing.heading', tactics: ['cancel-a-purchase-or-subscription'], generate: ongoingCancelLetter, country: 'IL', language: 'he' },
  { id: 'il-card', heading: 'case.ilCard.heading', tactics: ['threaten-a-chargeback'], generate: cardDisputeLetterIsrael, country: 'IL', language: 'he' },
  { id: 'executive', heading: 'case.exec.heading', tactics: ['executive-customer-service'], generate: executiveEmail },
  { id: 'social', heading: 'case.social.heading', tactics: ['go-public-on-social-media'], generate: socialPost },
];

export type { TextContext } from './context';
