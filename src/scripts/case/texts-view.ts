/** The generated texts, the dispute deadline, and where to send the email and the post. */
import { billingErrorDeadline } from '../../lib/case/deadline';
import { contactsOn } from '../../lib/case/directory';
import { localDay } from '../../lib/case/days';
import { newCase, type CaseRecord } from '../../lib/case/model';
import { TEXTS, type TextContext } from '../../lib/case/texts';
import { SOCIAL_POST_LIMIT } from '../../lib/case/texts/social-post';
import { pageDate } from '../page-strings';
import { contactList } from './contacts-list';
import { companyById } from './data';
import { byId, h, setText } from './dom';
import type { CaseSession } from './session';
import { say, strings, t } from './strings';

/** Before anything is typed the texts still show, with every fact as a [blank]. */
const BLANK_CASE = newCase('blank', '', new Date(0).toISOString());

export function textContext(record: CaseRecord | undefined): TextContext {
  const r = record ?? BLANK_CASE;
  const company = companyById(r.companyId);
  return { record: r, ...(company ? { company } : {}), t, channel: strings.channel, formatDay: pageDate, today: localDay(new Date()) };
}

export function bindTexts(session: CaseSession): void {
  const outputs = TEXTS.map((text) => ({ text, output: byId(`case-text-${text.id}`) }));
  const deadlineBox = byId('case-deadline');
  const deadlineText = byId('case-deadline-text');
  const execWhere = byId('case-exec-where');
  const socialWhere = byId('case-social-where');
  const socialCount = byId('case-social-count');
  let shownCompany: string | undefined;

  const render = () => {
    const ctx = textContext(session.current);
    for (const { text, output } of outputs) setText(output, text.generate(ctx));

    const deadline = billingErrorDeadline(ctx.record.facts.statementDate, ctx.today);
    deadlineBox.className = `callout ${!deadline || deadline.status === 'ok' ? 'callout--info' : deadline.status === 'past' ? 'callout--danger' : 'callout--warn'}`;
    deadlineBox.dataset.status = deadline?.status ?? 'none';
    setText(
      deadlineText,
      deadline
        ? say(`case.deadline.${deadline.status}`, {
            deadline: pageDate(deadline.deadline),
            statement: pageDate(deadline.statementDate),
            days: deadline.daysLeft,
          })
        : t('case.deadline.none'),
    );

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
