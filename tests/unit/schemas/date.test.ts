import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/schemas/date';
import { issuesOf } from '../fixtures/issues';

describe('isoDate schema', () => {
  it.each(['2024-02-29', '2023-12-31', '2019-05', '2019'])('accepts %s and keeps it a string', (value) => {
    expect(isoDate.parse(value)).toBe(value);
  });

  it('rejects an impossible day and names it', () => {
    const [issue, ...rest] = issuesOf(isoDate.safeParse('2023-02-30'));
    expect(rest).toEqual([]);
    expect(issue?.message).toBe('"2023-02-30" is not a real calendar date');
  });

  it.each(['2023-02-29', '2023-13-01', '19-05-01', '2019-5', 'soon'])('rejects %s as not a real date', (value) => {
    expect(issuesOf(isoDate.safeParse(value))[0]?.message).toContain('is not a real calendar date');
  });

  it('rejects an unquoted YAML date (a JavaScript Date) and asks for quotes', () => {
    // YAML reads `asOf: 2023-02-30` unquoted as a Date already rolled over to 2 March.
    const issues = issuesOf(isoDate.safeParse(new Date(Date.UTC(2023, 2, 2))));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/write the date in quotes/);
    expect(issues[0]?.message).toContain('"YYYY-MM-DD"');
  });

  it('rejects other non-strings with the format message, not the quotes one', () => {
    const [issue] = issuesOf(isoDate.safeParse(2019));
    expect(issue?.message).toBe('expected a date written as "YYYY-MM-DD" (or "YYYY-MM", "YYYY")');
    expect(issuesOf(isoDate.safeParse(undefined))[0]?.message).not.toMatch(/quotes/);
  });
});
