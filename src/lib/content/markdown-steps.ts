/**
 * The numbered steps of a tactic, read from its Markdown body: the first
 * ordered list after a "Steps" heading (or the first ordered list at all), as
 * plain text. Used for structured data and the tactics export, so they carry
 * the same steps the page shows.
 */

const ITEM = /^\d+[.)]\s+(.*)$/;

export function stepsFromMarkdown(body: string): string[] {
  const lines = body.split(/\r?\n/);
  const heading = lines.findIndex((line) => /^#{1,6}\s+steps\s*$/i.test(line.trim()));
  const steps: string[] = [];
  for (const line of lines.slice(heading + 1)) {
    const item = ITEM.exec(line);
    if (item) steps.push(item[1]!);
    else if (steps.length === 0 || line.trim() === '') continue;
    // An indented line continues the item above it; anything else ends the list.
    else if (/^\s+\S/.test(line)) steps[steps.length - 1] += ` ${line.trim()}`;
    else break;
  }
  return steps.map(plainText);
}

/** Markdown inline syntax to the text a reader sees: links, emphasis and code lose their markers. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
