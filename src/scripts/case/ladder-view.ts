/** The ladder: marks the rung the case has reached and the next one, with this company's contacts on it. */
import { routesFor } from '../../i18n/routes';
import { nextStep } from '../../lib/case/ladder';
import { contactList } from './contacts-list';
import { companyById, directory } from './data';
import { byId, h, setText } from './dom';
import type { CaseSession } from './session';
import { say, strings, t } from './strings';

export function bindLadder(session: CaseSession): void {
  const summary = byId('case-ladder-summary');
  const stages = byId('case-ladder-stages');
  const panel = byId('case-ladder-next');
  let shown = '';

  const render = () => {
    const record = session.current;
    const company = companyById(record?.companyId ?? '');
    const step = nextStep(record?.log ?? [], company, directory.tactics);
    // Rebuilt only when something it shows has changed, not on every keystroke.
    const key = JSON.stringify([step.current, step.next, company?.id]);
    if (key === shown) return;
    shown = key;

    const now = say('case.ladder.now', { stage: strings.stage(step.current) });
    setText(summary, step.next ? `${now} ${say('case.ladder.next', { stage: strings.stage(step.next) })}` : `${now} ${t('case.ladder.top')}`);
    for (const item of stages.querySelectorAll<HTMLElement>('li[data-stage]')) {
      if (item.dataset.stage === step.current) item.setAttribute('aria-current', 'step');
      else item.removeAttribute('aria-current');
      item.classList.toggle('is-next', item.dataset.stage === step.next);
    }

    if (!step.next) {
      panel.replaceChildren();
      return;
    }
    const name = company?.name ?? '';
    const parts = [
      h('h3', {}, say('case.ladder.next', { stage: strings.stage(step.next) })),
      h('p', {}, strings.stageBlurb(step.next)),
      !company
        ? h('p', { class: 'muted' }, t('case.ladder.noCompany'))
        : step.contacts.length === 0
          ? h('p', { class: 'muted' }, say('case.ladder.noContacts', { company: name }))
          : h('div', {}, h('h4', {}, say('case.ladder.contacts', { company: name })), contactList(step.contacts)),
      company && h('p', {}, h('a', { href: routesFor(document.documentElement.lang).company(company.id) }, say('case.ladder.companyPage', { company: name }))),
    ];
    panel.replaceChildren(...parts.filter((part) => part !== undefined));
  };
  session.onRedraw(render);
  render();
}
