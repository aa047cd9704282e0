/**
 * Browser glue for /lookup/: answers as the number is typed or pasted, on
 * submit, and from ?number= (a shared link, or the form sent before the
 * script ran). The address keeps the number so the answer can be shared.
 */
import { loadManifest, lookUp, prefetchSmallDirectory } from './data';
import { renderAnswer } from './render';

export async function startLookupPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-lookup-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="number"]');
  const output = document.querySelector<HTMLElement>('[data-lookup-answer]');
  if (!form || !input || !output) return;

  try {
    // A small directory is fetched whole, so the look-up keeps working if the connection drops.
    await prefetchSmallDirectory(await loadManifest());
  } catch {
    document.querySelector('[data-lookup-error]')?.removeAttribute('hidden');
    return;
  }

  let latest = 0;
  const answer = async (remember: boolean) => {
    const id = ++latest;
    const value = input.value.trim();
    try {
      const result = value ? await lookUp(value) : undefined;
      // A newer number has been typed since.
      if (id !== latest) return;
      renderAnswer(output, result);
    } catch {
      if (id === latest) document.querySelector('[data-lookup-error]')?.removeAttribute('hidden');
      return;
    }
    // After the answer, so the address says which number the answer on screen is for.
    if (remember) {
      const url = new URL(window.location.href);
      if (value) url.searchParams.set('number', value);
      else url.searchParams.delete('number');
      history.replaceState(history.state, '', url);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void answer(true);
  });
  // Live, but only once the number could be whole: "866" alone is not worth a "not found".
  input.addEventListener('input', () => {
    const digits = input.value.replace(/[^0-9a-z]/gi, '');
    if (digits.length >= 10 || digits.length === 0) void answer(true);
  });

  const initial = new URLSearchParams(window.location.search).get('number');
  if (initial) {
    input.value = initial;
    await answer(false);
  }
  form.dataset.ready = '';
}
