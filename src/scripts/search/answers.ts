/**
 * What search says above its results (src/components/SearchAnswers.astro),
 * from each search's outcome (./engine.ts):
 *  - the look-up's answer when the query holds a phone number, and, in each
 *    company result, the contact that matched instead of the key contact;
 *  - a note when the results match only some of the words, or a misspelt
 *    word was searched as the word it most likely meant ("Did you mean…");
 *  - when nothing matched: where to browse, and the closest company names.
 * Built with DOM nodes and textContent: nothing from the data becomes markup.
 */
import type { DirectoryNumber } from '../../lib/lookup/match';
import { fill } from '../../lib/lookup/strings';
import { renderAnswer } from '../lookup/render';
import type { LookupResult } from '../lookup/data';
import type { SearchOutcome } from './engine';

export interface AnswerParts {
  /** The answers' container: marked data-search-done with the query its answers are for (tests and the benchmark wait on it). */
  answers: HTMLElement;
  /** Where the look-up's answer goes. */
  lookup: HTMLElement;
  notice: HTMLElement;
  empty: HTMLElement;
  /** The <pagefind-results> element; its data-matched-label says "Matches". */
  results: HTMLElement;
  /** Marked data-phone-query while the query holds a number, so the results drop excerpts of digit soup. */
  root: HTMLElement;
}

/** The matched contact's line: "Matches: Tier 3 customer service, (866) 510-9715 (Unverified)". */
function matchedLine(label: string, entry: DirectoryNumber, lookup: LookupResult): string {
  const what = entry.label ? `${entry.label}, ${entry.display}` : entry.display;
  return `${label}: ${what} (${lookup.manifest.statusNames[entry.status]})`;
}

function annotate(results: HTMLElement, lookup: LookupResult | undefined): void {
  const label = results.dataset.matchedLabel ?? '';
  const matches = lookup?.answer?.kind === 'found' ? lookup.answer.matches : [];
  for (const item of results.querySelectorAll<HTMLElement>('li.pf-result')) {
    const href = item.querySelector('a.pf-result-link')?.getAttribute('href');
    if (!href) continue;
    const path = new URL(href, location.href).pathname;
    const entry = matches.find((m) => lookup!.directory.companies[m.company]?.url === path);
    let line = item.querySelector<HTMLElement>('[data-result-contact]');
    if (!entry || !lookup) {
      // Back to the key contact the template wrote, if a previous query changed it.
      if (line?.dataset.original !== undefined) {
        line.textContent = line.dataset.original;
        delete line.dataset.original;
        delete line.dataset.matched;
      }
      continue;
    }
    const text = matchedLine(label, entry, lookup);
    if (line?.textContent === text) continue; // Idempotent: this runs from a MutationObserver.
    if (!line) {
      line = document.createElement('p');
      line.className = 'result-contact';
      line.dataset.resultContact = '';
      item.querySelector('.result-summary, .pf-result-title')?.after(line);
    }
    line.dataset.original ??= line.textContent ?? '';
    line.dataset.matched = entry.status;
    line.textContent = text;
  }
}

/** Fills a template whose one slot is a link: "Did you mean {suggestion}?" */
function withLink(template: string, slot: string, href: string, text: string): Node[] {
  const [before = '', after = ''] = template.split(`{${slot}}`);
  const link = Object.assign(document.createElement('a'), { href, textContent: text });
  return [document.createTextNode(before), link, document.createTextNode(after)];
}

function renderNotice(notice: HTMLElement, outcome: SearchOutcome): void {
  const parts: Node[] = [];
  if (outcome.suggestion) {
    parts.push(...withLink(notice.dataset.didYouMean ?? '', 'suggestion', outcome.suggestion.url, outcome.suggestion.name));
  } else if (outcome.corrections.length > 0) {
    const [first] = outcome.corrections;
    parts.push(document.createTextNode(fill(notice.dataset.corrected ?? '', { typed: first!.typed, corrected: first!.corrected })));
  }
  if (outcome.partial) {
    if (parts.length) parts.push(document.createTextNode(' '));
    parts.push(document.createTextNode(fill(notice.dataset.partial ?? '', { query: outcome.term })));
  }
  notice.replaceChildren(...parts);
  notice.hidden = parts.length === 0;
}

function renderEmpty(empty: HTMLElement, outcome: SearchOutcome): void {
  empty.hidden = !outcome.empty;
  const text = empty.querySelector<HTMLElement>('[data-search-empty-text]');
  if (text) text.textContent = fill(empty.dataset.template ?? '', { query: outcome.term });
  const closest = empty.querySelector<HTMLElement>('[data-search-closest]');
  const names = empty.querySelector<HTMLElement>('[data-search-closest-names]');
  if (closest && names) {
    const links = outcome.closest.flatMap((company, i) => [
      ...(i > 0 ? [document.createTextNode(' · ')] : []),
      Object.assign(document.createElement('a'), { href: company.url, textContent: company.name }),
    ]);
    names.replaceChildren(...links);
    closest.hidden = links.length === 0;
  }
}

/** Shows each outcome; `current()` is the query now in the box, so a late outcome of an older query is dropped. */
export function connectAnswers(parts: AnswerParts, current: () => string) {
  let lookup: LookupResult | undefined;
  const refresh = () => annotate(parts.results, lookup);
  // Pagefind fills results in as their data arrives, after the outcome.
  new MutationObserver(refresh).observe(parts.results, { childList: true, subtree: true });

  return {
    show(outcome: SearchOutcome): void {
      if (outcome.term.trim() !== current().trim()) return;
      lookup = outcome.lookup;
      parts.root.toggleAttribute('data-phone-query', Boolean(outcome.lookup));
      renderAnswer(parts.lookup, outcome.lookup);
      renderNotice(parts.notice, outcome);
      renderEmpty(parts.empty, outcome);
      refresh();
      // Tells tests and the benchmark which query the answers belong to.
      parts.answers.dataset.searchDone = outcome.term;
    },
    clear(): void {
      lookup = undefined;
      parts.root.removeAttribute('data-phone-query');
      renderAnswer(parts.lookup, undefined);
      parts.notice.hidden = true;
      parts.empty.hidden = true;
      refresh();
      delete parts.answers.dataset.searchDone;
    },
  };
}
