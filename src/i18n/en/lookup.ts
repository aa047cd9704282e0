/** Look up a number. */
export default {
  'lookup.title': 'Look up a phone number',
  'lookup.lead':
    'Paste a number someone gave you, in any format, even spelled in letters. We tell you whose it is and on which rung, whether it is out of date, and whether it is a known scam.',
  'lookup.label': 'Phone number',
  'lookup.hint': 'For example 866-510-9715, +1 866 510 9715 or 1-800-JENNAIR.',
  'lookup.submit': 'Look up',
  'lookup.noscript':
    'The look-up needs JavaScript. Every number we know is listed below: use your browser’s Find (Ctrl+F) to search it, or browse the A to Z list of companies.',
  'lookup.loadError': 'The directory could not be loaded. Every number we know is listed below.',
  'lookup.all': 'Every number in the directory',
  'lookup.allLead': 'Current, unverified and old numbers, and the scam numbers known to pose as a company.',
  'lookup.col.number': 'Number',
  'lookup.col.company': 'Company',
  'lookup.col.contact': 'Contact',
  'lookup.col.status': 'Status',
  'lookup.status.scam': 'Known scam',
  'lookup.answer.current': 'In the directory: current',
  'lookup.answer.unverified': 'In the directory: unverified',
  'lookup.answer.superseded': 'An old number: superseded',
  'lookup.answer.retired': 'An old number: no longer in use',
  'lookup.answer.scam': 'Scam warning: a fake number posing as {company}',
  'lookup.answer.unknown': 'Not in our directory',
  'lookup.answer.belongs': '{company}: {label}, on the “{rung}” rung of the ladder.',
  'lookup.answer.fax': 'It is a fax number.',
  'lookup.answer.shortCode': 'A short number: it dials only from a phone in Israel, as written.',
  'lookup.answer.asOf': 'Source date: {date}.',
  'lookup.answer.unverifiedNote':
    'Only one unconfirmed source gives this number. Check it on {company}’s own site before you call.',
  'lookup.answer.supersededNote': 'It stopped being right in {date}. Use the current one instead:',
  'lookup.answer.replacedNote': 'It has been replaced. Use the current one instead:',
  'lookup.answer.retiredNote': 'It is no longer in use. Call this instead:',
  'lookup.answer.scamNote':
    'It is not {company}’s number. Do not call it, and never give it a card number, a password or a booking code. Seen on {seenOn}.',
  'lookup.answer.callInstead': '{company}’s own number:',
  'lookup.answer.unknownNote':
    'That does not make it genuine or fake. Find the company’s own website yourself, not through an ad or a search result, and check the number there before you call.',
  'lookup.answer.invalid': 'That is not a full phone number. Type every digit, with the area code.',
  'lookup.answer.companyLink': 'All of {company}’s contacts',
  'lookup.answer.checkLink': '{company}’s own contact page',
  'lookup.answer.browse': 'Browse the companies A to Z',
} as const;
