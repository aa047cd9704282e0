/** The generated texts, their deadlines, and where to send the email and the post. */
import { billingErrorDeadline, type DeadlineStatus } from '../../lib/case/deadline';
import { distanceCancelDeadline, ongoingStopDates, reklamasjonDeadlines, remoteChargeDeadline, type DayCount } from '../../lib/case/country-deadlines';
import { contactsOn } from '../../lib/case/directory';
import { localDay } from '../../lib/case/days';
import { restDays, type RestDays } from '../../lib/case/law-days';
import { newCase, type CaseRecord } from '../../lib/case/model';
import { TEXTS, type CaseTextDef, type TextContext } from '../../lib/case/texts';
import type { CaseTextKey } from '../../lib/case/texts/context';
import { SOCIAL_POST_LIMIT } from '../../lib/case/texts/social-post';
import { formatIsoDate } from '../../lib/text/dates';
import { fill } from '../../lib/text/fill';
import type { Channel } from '../../schemas/tactic';
import { pageDate, pageLang, plural } from '../page-strings';
import { contactList } from './contacts-list';
import { companyById, texts } from './data';
import { byId, h, setText } from './dom';
import type { CaseSession } from './session';
import { say, strings, t } from './strings';

/** Before anything is typed the texts still show, with every fact as a [blank]. */
const BLANK_CASE = newCase('blank', '', new Date(0).toISOString());

/** The case, its company and today, in the page's language; contextFor() gives each text its own words. */
export function textContext(record: CaseRecord | undefined): TextContext {
  const r = record ?? BLANK_CASE;
  const company = companyById(r.companyId);
  return { record: r, ...(company ? { company } : {}), t, channel: strings.channel, formatDay: pageDate, today: localDay(new Date()) };
}

/**
 * The context a text is written in: its own language for a country letter,
 * else the page's, with that language's words, dates and channel names from
 * the texts file. Undefined when that file could not be read.
 */
export function contextFor(text: Pick<CaseTextDef, 'language'>, page: TextContext): TextContext | undefined {
  const table = texts?.tables[text.language ?? pageLang()];
  if (!table) return undefined;
  const word = (key: string) => table.strings[key] ?? key;
  return {
    ...page,
    t: (key: CaseTextKey) => word(key),
    channel: (channel: Channel) => word(`channel.${channel}`),
    formatDay: (iso: string) => formatIsoDate(iso, table.dateLocale),
  };
}

let calendar: RestDays | undefined;
function israeliCalendar(): RestDays | undefined {
  if (!calendar && texts) {
    const { days, fromYear, toYear } = texts.israeliRestDays;
    calendar = restDays(days, fromYear, toYear);
  }
  return calendar;
}

type Box = { box: HTMLElement; text: HTMLElement };
function box(id: string): Box {
  return { box: byId(id), text: byId(`${id}-text`) };
}

/** Colours a deadline box by the most urgent of its statuses. */
function paint({ box }: Box, status: DeadlineStatus | 'none'): void {
  box.className = `callout ${status === 'none' || status === 'ok' ? 'callout--info' : status === 'past' ? 'callout--danger' : 'callout--warn'}`;
  box.dataset.status = status;
}

const days = (n: number) => plural('unit.days', Math.abs(n));
const slots = (count: DayCount) => ({ deadline: pageDate(count.last), from: pageDate(count.from), days: days(count.daysLeft) });

export function bindTexts(session: CaseSession): void {
  const outputs = TEXTS.map((text) => ({ text, output: byId(`case-text-${text.id}`) }));
  const boxes: Boxes = {
    billing: box('case-deadline'),
    reklamasjon: box('case-deadline-no-reklamasjon'),
    distance: box('case-deadline-il-distance'),
    ongoing: box('case-deadline-il-ongoing'),
    remote: box('case-deadline-il-card'),
  };
  const execWhere = byId('case-exec-where');
  const socialWhere = byId('case-social-where');
  const socialCount = byId('case-social-count');
  let shownCompany: string | undefined;

  const render = () => {
    const ctx = textContext(session.current);
    for (const { text, output } of outputs) {
      const own = contextFor(text, ctx);
      setText(output, own ? text.generate(own) : t('case.letters.unavailable'));
    }
    // The deadline notes are in the page language's text table, like the texts' words.
    const page = contextFor({}, ctx);
    if (page) renderDeadlines(boxes, notes(page), ctx);
    else for (const target of Object.values(boxes)) setText(target.text, t('case.letters.unavailable'));

    const post = outputs.find((o) => o.text.id === 'social')!.output.textContent ?? '';
    const length = [...post].length;
    setText(socialCount, say(length > SOCIAL_POST_LIMIT ? 'case.social.tooLong' : 'case.social.length', { count: length }));

    if (shownCompany === (ctx.company?.id ?? '')) return;
    shownCompany = ctx.company?.id ?? '';
    execWhere.replaceChildren(...executiveRecipients(ctx));
    socialWhere.replaceChildren(...socialRecipients(ctx));
  };
  session.onRedraw(render);
  render();
}

interface Boxes {
  billing: Box;
  reklamasjon: Box;
  distance: Box;
  ongoing: Box;
  remote: Box;
}

/** A text table's words, looked up and filled. */
interface Notes {
  t: (key: CaseTextKey) => string;
  say: (key: CaseTextKey, values: Record<string, string | number>) => string;
}

function notes(words: TextContext): Notes {
  return { t: words.t, say: (key, values) => fill(words.t(key), values) };
}

/** Every deadline note, from the facts typed so far and today. */
function renderDeadlines(boxes: Boxes, n: Notes, ctx: TextContext): void {
  const facts = ctx.record.facts;
  const billing = billingErrorDeadline(facts.statementDate, ctx.today);
  paint(boxes.billing, billing?.status ?? 'none');
  setText(
    boxes.billing.text,
    billing
      ? n.say(`case.deadline.${billing.status}`, { deadline: pageDate(billing.deadline), statement: pageDate(billing.statementDate), days: billing.daysLeft })
      : n.t('case.deadline.none'),
  );
  renderReklamasjon(boxes.reklamasjon, n, facts.faultFoundDate, facts.deliveryDate || facts.purchaseDate, ctx.today);
  const remote = remoteChargeDeadline(facts.learnedDate, ctx.today);
  paint(boxes.remote, remote?.status ?? 'none');
  setText(boxes.remote.text, remote ? n.say(`case.ilCard.${remote.status}`, slots(remote)) : n.t('case.ilCard.none'));

  const israel = israeliCalendar();
  if (!israel) return;
  const cancel = distanceCancelDeadline(facts.receivedDate, ctx.today, israel);
  paint(boxes.distance, cancel?.status ?? 'none');
  setText(
    boxes.distance.text,
    cancel
      ? [
          n.say(`case.ilDistance.${cancel.status}`, slots(cancel)),
          cancel.movedFrom && n.say('case.ilDistance.moved', { counted: pageDate(cancel.movedFrom) }),
          !cancel.holidaysKnown && n.t('case.ilDistance.unknown'),
        ]
          .filter(Boolean)
          .join(' ')
      : n.t('case.ilDistance.none'),
  );
  const stop = ongoingStopDates(ctx.today, israel);
  setText(
    boxes.ongoing.text,
    stop
      ? [
          n.say('case.ilOngoing.stop', { today: pageDate(ctx.today), direct: pageDate(stop.direct), registered: pageDate(stop.registeredMail) }),
          !stop.holidaysKnown && n.t('case.ilOngoing.unknown'),
        ]
          .filter(Boolean)
          .join(' ')
      : '',
  );
}

/** The reklamasjon's two limits: the safe two months from finding the fault, and the outer years from taking over the item. */
function renderReklamasjon(target: Box, n: Notes, found: string, delivered: string, today: string): void {
  const deadlines = reklamasjonDeadlines(found, delivered, today);
  if (!deadlines) {
    paint(target, 'none');
    setText(target.text, n.t('case.noRek.none'));
    return;
  }
  const { safe, outer, longLife } = deadlines;
  const lines: string[] = [];
  if (safe) lines.push(n.say(`case.noRek.safe.${safe.status}`, slots(safe)));
  if (outer && longLife) {
    const key = longLife.status === 'past' ? 'case.noRek.outer.allPast' : outer.status === 'past' ? 'case.noRek.outer.past' : 'case.noRek.outer.open';
    lines.push(n.say(key, { ...slots(outer), longLife: pageDate(longLife.last) }));
  }
  // The box takes the colour of the more urgent limit.
  const statuses = [safe?.status, outer?.status].filter((s): s is DeadlineStatus => Boolean(s));
  const order: DeadlineStatus[] = ['past', 'today', 'near', 'ok'];
  paint(target, order.find((status) => statuses.includes(status)) ?? 'none');
  setText(target.text, lines.join(' '));
}

function executiveRecipients(ctx: TextContext): Node[] {
  const company = ctx.company;
  if (!company) return [h('p', { class: 'muted' }, t('case.ladder.noCompany'))];
  const executive = contactsOn(company, ['executive']);
  if (executive.length > 0) return [contactList(executive)];
  const headquarters = contactsOn(company, ['headquarters']);
  if (headquarters.length === 0) return [h('p', { class: 'muted' }, say('case.exec.nothing', { company: company.name }))];
  return [h('p', {}, say('case.exec.noExecutive', { company: company.name })), contactList(headquarters)];
}

function socialRecipients(ctx: TextContext): Node[] {
  const company = ctx.company;
  if (!company) return [h('p', { class: 'muted' }, t('case.ladder.noCompany'))];
  const social = contactsOn(company, ['social']);
  return social.length > 0 ? [contactList(social)] : [h('p', { class: 'muted' }, say('case.social.noSocial', { company: company.name }))];
}

