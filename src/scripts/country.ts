/**
 * The reader's country, remembered in this browser: its group moves first in
 * every [data-country-groups] container of the page (a tactic's laws and
 * bodies, the list of bodies). Without a choice the page keeps its language's order.
 */
const KEY = 'beyond-no:country';

function showFirst(country: string): void {
  for (const container of document.querySelectorAll('[data-country-groups]')) {
    const group = container.querySelector(`:scope > [data-country="${country}"]`);
    const first = container.querySelector(':scope > [data-country]');
    if (group && first && group !== first) container.insertBefore(group, first);
  }
}

const chooser = document.querySelector<HTMLElement>('[data-country-chooser]');
const select = chooser?.querySelector('select');
if (chooser && select) {
  chooser.hidden = false;
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(KEY);
  } catch {
    // Storage may be blocked: the choice then lasts for this page only.
  }
  if (saved && [...select.options].some((option) => option.value === saved)) {
    select.value = saved;
    showFirst(saved);
  }
  select.addEventListener('change', () => {
    showFirst(select.value);
    try {
      localStorage.setItem(KEY, select.value);
    } catch {
      // As above.
    }
  });
}
