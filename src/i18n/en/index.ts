/** The English dictionary: the source every other language is typed from. */
import bodies from './bodies';
import caseBuilder from './case';
import companies from './companies';
import data from './data';
import labels from './labels';
import lookup from './lookup';
import search from './search';
import site from './site';
import tactics from './tactics';

/** The area files, by name: src/i18n/check.ts names the file a problem is in. */
export const areas = { site, search, tactics, companies, bodies, lookup, case: caseBuilder, data, labels };

export const en = { ...site, ...search, ...tactics, ...companies, ...bodies, ...lookup, ...caseBuilder, ...data, ...labels } as const;
