/**
 * The search filters each page carries, so results can be narrowed by type,
 * industry, channel, ladder stage and country, with the same values for
 * tactics and companies: "Phone" is one channel whichever page offers it, and
 * a company sits on every ladder stage where it has a contact to use.
 */
import type { ContactKind } from '../../schemas/contact';
import type { Channel } from '../../schemas/tactic';
import { RUNG_STAGE, STAGES, type Rung, type Stage } from '../directory/ladder';

/** The filter groups, in the order the filter pane shows them. */
export const FACETS = ['type', 'industry', 'channel', 'stage', 'country'] as const;
export type Facet = (typeof FACETS)[number];
export type Facets = Partial<Record<Facet, string[]>>;

/** Display names, so the filter values are the words a reader sees elsewhere on the site. */
export interface FacetNames {
  type: (type: 'tactic' | 'company' | 'body') => string;
  industry: (industry: string) => string;
  channel: (channel: Channel) => string;
  /** Contact kinds that are not tactic channels: fax and web. */
  contactKind: (kind: 'fax' | 'web') => string;
  stage: (stage: Stage) => string;
  country: (code: string) => string;
}

/** A contact's kind as a channel: the same word a tactic's channel uses where there is one. */
const KIND_CHANNEL: Record<ContactKind, Channel | 'fax' | 'web'> = {
  phone: 'phone',
  fax: 'fax',
  // A star number is still a phone call.
  'short-code': 'phone',
  email: 'email',
  postal: 'postal',
  web: 'web',
  social: 'social',
};

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

export interface CompanyFacetInput {
  industry: string;
  country: string;
  contacts: readonly { kind: ContactKind; rung: Rung; status: string }[];
}

export function companyFacets(company: CompanyFacetInput, names: FacetNames): Facets {
  // History (superseded, retired) is not a way to reach the company today.
  const live = company.contacts.filter((c) => c.status === 'current' || c.status === 'unverified');
  const channel = (kind: ContactKind) => {
    const mapped = KIND_CHANNEL[kind];
    return mapped === 'fax' || mapped === 'web' ? names.contactKind(mapped) : names.channel(mapped);
  };
  const stages = STAGES.filter((stage) => live.some((c) => RUNG_STAGE[c.rung] === stage));
  return {
    type: [names.type('company')],
    industry: [names.industry(company.industry)],
    channel: unique(live.map((c) => channel(c.kind))),
    stage: stages.map(names.stage),
    country: [names.country(company.country)],
  };
}

export interface TacticFacetInput {
  stage: Stage;
  channels: readonly Channel[];
  laws: readonly { country: string }[];
}

export function tacticFacets(tactic: TacticFacetInput, names: FacetNames): Facets {
  const facets: Facets = {
    type: [names.type('tactic')],
    channel: unique(tactic.channels.map(names.channel)),
    stage: [names.stage(tactic.stage)],
  };
  // A tactic that leans on a law belongs to the places where that law applies.
  const places = unique(tactic.laws.map((law) => names.country(law.country)));
  if (places.length > 0) facets.country = places;
  return facets;
}

export interface BodyFacetInput {
  country: string;
  sectors: readonly string[];
  contacts: readonly { kind: ContactKind; status: string }[];
}

/** A complaint body sits at the top of the ladder, in its country, for the industries it covers. */
export function bodyFacets(body: BodyFacetInput, names: FacetNames): Facets {
  const live = body.contacts.filter((c) => c.status === 'current' || c.status === 'unverified');
  const facets: Facets = {
    type: [names.type('body')],
    stage: [names.stage('card-and-regulators')],
    country: [names.country(body.country)],
    channel: unique(
      live.map((c) => {
        const mapped = KIND_CHANNEL[c.kind];
        return mapped === 'fax' || mapped === 'web' ? names.contactKind(mapped) : names.channel(mapped);
      }),
    ),
  };
  const industries = body.sectors.filter((s) => s !== 'all').map(names.industry);
  if (industries.length > 0) facets.industry = industries;
  return facets;
}

/** The data-pagefind-filter values for a page: "Channel:Phone", one per value. */
export function filterAttributes(facets: Facets, label: (facet: Facet) => string): string[] {
  return FACETS.flatMap((facet) => (facets[facet] ?? []).map((value) => `${label(facet)}:${value}`));
}
