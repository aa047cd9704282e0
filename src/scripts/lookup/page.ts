/**
 * Browser glue for /lookup/: answers as the number is typed or pasted, on
 * submit, and from ?number= (a shared link, or the form sent before the
 * script ran). The address keeps the number so the answer can be shared.
 */
import { lookUpNumber } from '../../lib/lookup/match';
import { loadDirectory } from './data';
import { renderAnswer } from './render';

export async function startLookupPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-lookup-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="number"]');
  const output = document.querySelector<HTMLElement>('[data-lookup-answer]');
  if (!form || !input || !output) return;

  let payload;
  try {
    payload = await loadDirectory();
  } catch {
    document.querySelector('[data-lookup-error]')?.removeAttribute('hidden');
    return;
  }
  const directory = payload;

  const answer = (remember: boolean) => {
    const value = input.value.trim();
    renderAnswer(output, value ? lookUpNumber(directory, value) : undefined, directory);
    if (remember) {
      const url = new URL(window.location.href);
      if (value) url.searchParams.set('number', value);
      else url.searchParams.delete('number');
      history.replaceState(history.state, '', url);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    answer(true);
  });
  // Live, but only once the number could be whole: "866" alone is not worth a "not found".
  input.addEventListener('input', () => {
    const digits = input.value.replace(/[^0-9a-z]/gi, '');
    if (digits.length >= 10 || digits.length === 0) answer(true);
  });

  const initial = new URLSearchParams(window.location.search).get('number');
  if (initial) {
    input.value = initial;
    answer(false);
  }
  form.dataset.ready = '';
}
