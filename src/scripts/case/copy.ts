/** Copy buttons: the clipboard when the browser allows it, else the text is selected for the person to copy. */
import { announce, warn } from './announce';
import { t } from './strings';

export function bindCopyButtons(root: HTMLElement): void {
  root.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-copy]');
    const output = button && document.getElementById(button.dataset.copy ?? '');
    if (!output) return;
    try {
      await navigator.clipboard.writeText(output.textContent ?? '');
      announce(t('case.status.copied'));
    } catch {
      const range = document.createRange();
      range.selectNodeContents(output);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      warn(t('case.status.copyFailed'));
    }
  });
}
