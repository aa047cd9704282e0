/**
 * Writes a look-up answer into the page: for each matching number, whose it
 * is, on which rung, whether it still holds (and what replaced it), or that it
 * is a scam; otherwise that it is not in the directory, with what to do.
 * Built with DOM nodes and textContent: nothing from the data becomes markup.
 */
import { labelIn, type DirectoryCompany, type DirectoryNumber, type Replacement } from '../../lib/lookup/match';
import { fill, type LookupManifest } from '../../lib/lookup/strings';
import { formatIsoDate } from '../../lib/text/dates';
import type { LookupResult } from './data';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string, external = false): HTMLAnchorElement {
  const a = el('a', '', text);
  a.href = href;
  if (external) a.rel = 'external noopener';
  return a;
}

/** "Corporate phone: (206) 481-7200", the number a link to call when it can be called. */
function replacementLine(intro: string, replacement: Replacement, lang: string): HTMLParagraphElement {
  const p = el('p', 'lookup-card__instead', `${intro} ${labelIn(replacement, lang)}: `);
  p.append(replacement.uri ? link(replacement.uri, replacement.display) : el('strong', '', replacement.display));
  return p;
}

/** A paragraph holding one left-to-right value, isolated so it reads in order in any language. */
function bdiParagraph(className: string, text: string): HTMLParagraphElement {
  const p = el('p', className);
  p.append(el('bdi', '', text));
  return p;
}

function numberCard(entry: DirectoryNumber, company: DirectoryCompany, manifest: LookupManifest): HTMLElement {
  const s = manifest.strings;
  const rung = entry.rung ? manifest.rungNames[entry.rung] : undefined;
  const date = (iso: string) => formatIsoDate(iso, manifest.dateLocale);
  const asOf = date(entry.asOf);
  const endedOn = entry.endedOn ? date(entry.endedOn) : undefined;
  const values = { company: company.name, label: labelIn(entry, manifest.lang), rung, date: endedOn ?? asOf, seenOn: entry.seenOn };
  const card = el('article', `lookup-card lookup-card--${entry.status}`);
  card.dataset.status = entry.status;
  card.dataset.company = entry.company;
  card.append(el('h2', 'lookup-card__title', fill(s[entry.status], values)));
  // The number reads left to right inside a Hebrew page too.
  const number = bdiParagraph('lookup-card__number', entry.display);
  if (entry.vanity) number.append(el('span', 'lookup-card__vanity', ` (${entry.vanity})`));
  card.append(number);
  if (entry.status === 'scam') {
    card.append(el('p', '', fill(s.scamNote, values)));
    if (company.keyPhone) card.append(replacementLine(fill(s.callInstead, values), company.keyPhone, manifest.lang));
  } else {
    card.append(el('p', 'lookup-card__belongs', fill(s.belongs, values)));
    if (entry.kind === 'fax') card.append(el('p', '', s.fax));
    if (entry.kind === 'short-code') card.append(el('p', '', s.shortCode));
    if (entry.status === 'unverified') card.append(el('p', '', fill(s.unverifiedNote, values)));
    if (entry.status === 'superseded') {
      const note = endedOn ? fill(s.supersededNote, { date: endedOn }) : s.replacedNote;
      if (entry.replacement) card.append(replacementLine(note, entry.replacement, manifest.lang));
    }
    if (entry.status === 'retired' && company.keyPhone) card.append(replacementLine(s.retiredNote, company.keyPhone, manifest.lang));
    card.append(el('p', 'lookup-card__meta', fill(s.asOf, { date: asOf })));
  }
  const links = el('p', 'lookup-card__links');
  links.append(link(manifest.companyUrl.replace('{id}', entry.company), fill(s.companyLink, values)), ' · ', link(company.checkUrl, fill(s.checkLink, values), true));
  card.append(links);
  return card;
}

/** Replaces the container's content with the answer; clears it when there is none. */
export function renderAnswer(container: HTMLElement, result: LookupResult | undefined): void {
  container.replaceChildren();
  const answer = result?.answer;
  container.dataset.answer = answer?.kind ?? '';
  if (!result || !answer) return;
  const s = result.manifest.strings;
  if (answer.kind === 'invalid') {
    container.append(el('p', 'lookup-card lookup-card--invalid', s.invalid));
    return;
  }
  if (answer.kind === 'unknown') {
    const card = el('article', 'lookup-card lookup-card--unknown');
    card.dataset.status = 'unknown';
    card.append(el('h2', 'lookup-card__title', s.unknown), bdiParagraph('lookup-card__number', answer.display), el('p', '', s.unknownNote));
    const links = el('p', 'lookup-card__links');
    links.append(link(result.manifest.companiesUrl, s.browse));
    card.append(links);
    container.append(card);
    return;
  }
  for (const entry of answer.matches) {
    const company = result.directory.companies[entry.company];
    if (company) container.append(numberCard(entry, company, result.manifest));
  }
}
