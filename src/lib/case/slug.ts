/** A name in plain lower-case letters and dashes, for file names: "Jenn-Air Café" → "jenn-air-cafe". */
export function slug(name: string, max = 60): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}
