/** Open data, the age and freshness of values, and the changes page. (Norwegian Bokmål.) */
import type { Translation } from '../dictionary';
import type en from '../en/data';

export default {
  'trust.age.underMonth': 'under a month old',
  'trust.age.months#one': '{n} month old',
  'trust.age.months#other': '{n} months old',
  'trust.age.years#one': '{n} year old',
  'trust.age.years#other': '{n} years old',
  'trust.age.thisYear': 'from this year',
  'trust.age.aboutYears#one': 'about a year old',
  'trust.age.aboutYears#other': 'about {n} years old',
  'trust.stale': 'Check before relying on it',
  'trust.staleNote': 'More than two years old: confirm it on the company’s own site before you rely on it.',
  'trust.countedTo.content': 'Ages are counted to {date}, the latest date anyone checked this directory.',
  'trust.countedTo.env': 'Ages are counted to {date}, the date of this edition of the site.',
  'trust.staleNone': 'None of the {total} values in use is more than two years old.',
  'trust.staleOne': '1 of the {total} values in use is more than two years old: check it before relying on it.',
  'trust.staleSome':
    '{count} of the {total} values in use are more than two years old: check them before relying on them.',
  'trust.report.heading': 'Something wrong or out of date?',
  'trust.report.lead':
    'Numbers and addresses change. Tell us which value is wrong and where you saw the right one: the company’s own page is the best source. Each value above has its own report link.',
  'trust.report.action': 'Report a wrong or outdated contact',
  'trust.report.value': 'Report as wrong or outdated',
  'trust.report.subject': 'Wrong or outdated contact: {company}, {field}',
  'trust.report.body':
    'Company: {company}\nPage: {page}\nField: {field}\nCurrent value: {value}\nSource we cite: {source}, as of {asOf}\n\nWhat is wrong:\n\nThe right value, and where you saw it (a link to the company’s own page is best):\n',
  'trust.report.subjectGeneral': 'Wrong or outdated contact: {company}',
  'trust.report.bodyGeneral':
    'Company: {company}\nPage: {page}\n\nWhich contact is wrong, out of date or missing:\n\nThe right value, and where you saw it (a link to the company’s own page is best):\n',
  'trust.vcard.link': 'Add to contacts',
  'trust.vcard.hint':
    'A contact card (vCard) with the {count} current values. Unverified and earlier values are left out.',
  'trust.vcard.note':
    'From Beyond No ({page}): current contacts only, each from a cited source; values last checked {lastChecked}. Fake support numbers circulate in search ads and map listings: confirm any number on the company’s own site ({official}) before you call.',
  'trust.scam.heading': 'Beware of fake support numbers',
  'trust.changes.title': 'Recently changed',
  'trust.changes.description':
    'Contact values in the directory as they changed: new values, values another replaced, and values that stopped, newest first.',
  'trust.changes.lead':
    'Each change is taken from the directory itself: every value keeps the date its source gave, and a value that no longer holds stays on record with what replaced it.',
  'trust.changes.limit':
    'The {count} most recent of {total} changes. Every value, with its history, is in the open data.',
  'trust.changes.feed': 'Follow these changes in a feed reader (RSS)',
  'trust.changes.undated': 'Date not known',
  'trust.changes.by': 'by {date}',
  'trust.changes.kind.new': 'New',
  'trust.changes.kind.superseded': 'Replaced',
  'trust.changes.kind.retired': 'Retired',
  'trust.changes.replaces': 'Replaces {value}',
  'trust.changes.replacedBy': 'Replaced by {value}',
  'trust.changes.source': 'Source: {source}, as of {asOf}',
  'trust.feed.title': 'Beyond No: contact changes',
  'trust.feed.itemTitle': '{company}: {kind}: {label}',
  'data.title': 'Open data',
  'data.description':
    'The whole directory and playbook as JSON and CSV, each JSON file with its JSON Schema, free to reuse.',
  'data.lead':
    'Everything on this site is also published as data, generated from the same files as the pages. Each JSON file says which JSON Schema describes it, and its schema version changes when a field is removed or changes type.',
  'data.companies': 'Companies, with every contact, scam warning and source id',
  'data.tactics': 'Tactics, with their steps, words to say, laws and sources',
  'data.bodies': 'Complaint bodies: regulators, ombudsmen, boards and courts, with what you must have done first',
  'data.sources': 'Sources: every article, filing or page a fact cites',
  'data.csv': 'Every contact of every company, one row each (no scam numbers)',
  'data.schema': 'JSON Schema',
  'data.version': 'Schema version {version}.',
  'data.cards': 'Each company page also offers a contact card (vCard) of its current values.',
  'data.link': 'Open data: the whole directory as JSON and CSV',
} satisfies Translation<typeof en>;
