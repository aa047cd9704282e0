/** Messages to the person: a polite status line for what went right, an alert for what went wrong. */
import { byId } from './dom';

export function announce(message: string): void {
  show(byId('case-status'), byId('case-alert'), message);
}

export function warn(message: string): void {
  show(byId('case-alert'), byId('case-status'), message);
}

function show(region: HTMLElement, other: HTMLElement, message: string): void {
  other.textContent = '';
  // Emptied first and filled on the next frame, so the same message twice is announced twice.
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}
