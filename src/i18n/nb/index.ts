/** The nb dictionary, typed from the English one. */
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

export const nb = { ...site, ...search, ...tactics, ...companies, ...bodies, ...lookup, ...caseBuilder, ...data, ...labels };
