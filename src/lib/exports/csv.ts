/**
 * CSV as RFC 4180 describes it: a header row, CRLF line ends, and a field in
 * double quotes when it holds a comma, quote, line break or edge space.
 * Values are written as they are, with no spreadsheet-formula guarding, so a
 * program reads exactly the data; the README says how to open it in a
 * spreadsheet.
 */
export function toCsv<C extends string>(columns: readonly C[], rows: readonly Record<C, string>[]): string {
  const lines = [columns.map(field), ...rows.map((row) => columns.map((column) => field(row[column])))];
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

function field(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
