/** The directory: the A to Z, each company page and its contacts. */
export default {
  'companies.title': 'Companies A to Z',
  'companies.lead':
    'Contacts from the front line to the executive office and headquarters, each with its source and date.',
  'companies.letters': 'Jump to letter',
  'company.contacts': 'Contacts, from the front line up',
  'company.history': 'Earlier values',
  'company.historyLead': 'Values that no longer hold, kept so that an old number or address can be recognised.',
  'company.missing': 'Looked for, not published',
  'company.scams': 'Known scam numbers',
  'company.scamsLead': 'These numbers have posed as this company. They are not its contacts: do not call them.',
  'company.scamWarning':
    'Fake support numbers are planted in search ads, search results and map listings. Confirm any number on the company’s own site before you call.',
  'company.officialPage': 'The company’s own contact page',
  'company.website': 'Website',
  'company.parent': 'Part of',
  'company.lastChecked': 'Values last checked',
  'company.tactics': 'Tactics that fit',
  'company.aka': 'Also known as',
  'company.advice': 'Advice for this company',
  'company.outside': 'Outside the company',
  'company.outsideLead':
    'When the company still says no, these bodies in {country} can take it further. Go in this order; each says what you must have done first.',
  'company.outsideNone': 'We have not yet listed a complaint body in {country} for this kind of company.',
  'company.executiveFallback': 'No executive office found',
  'company.executiveFallbackLead':
    'None of our sources names an executive office or complaints officer for {company}. The next best thing: a letter to the chief executive, addressed by title, at the head office.',
  'company.executiveFallbackNoAddress':
    'None of our sources names an executive office or complaints officer for {company}, nor a head-office address to write to. Put your complaint in writing through the contacts above and ask for it to be passed to the chief executive’s office.',
  'company.executiveFallbackTo': 'Chief Executive Officer',
  'contact.source': 'Source',
  'contact.asOf': 'as of',
  'contact.replacedBy': 'Replaced by',
  'contact.endedOn': 'until',
  'contact.seenOn': 'Seen on',
  'contact.hours': 'Hours',
  'contact.sourceRead': 'read {date}',
  'source.publisherUnnamed': 'publisher not named',
} as const;
