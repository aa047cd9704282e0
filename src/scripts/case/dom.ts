/** Small DOM helpers. Text only ever goes in through textContent and value, never as HTML. */

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The case page has no #${id}`);
  return element as T;
}

export function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Sets a control's value when it differs, keeping the caret where it was if the person is typing in it. */
export function setValue(field: Field, value: string): void {
  if (field.value === value) return;
  const focused = document.activeElement === field && !(field instanceof HTMLSelectElement);
  const start = focused ? (field as HTMLInputElement).selectionStart : null;
  const end = focused ? (field as HTMLInputElement).selectionEnd : null;
  field.value = value;
  if (focused && start !== null && end !== null) {
    try {
      (field as HTMLInputElement).setSelectionRange(Math.min(start, value.length), Math.min(end, value.length));
    } catch {
      // Date and time inputs have no caret; nothing to keep.
    }
  }
}

/** Builds an element with attributes and text or element children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string | false | undefined)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}
