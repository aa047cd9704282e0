/** Fills "{name}" placeholders in an interface string. A placeholder with no value is left visible, never silently dropped. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
