/**
 * Israel's holidays that are rest days, from @hebcal/core, the maintained
 * Hebrew-calendar library: the festival days (יום טוב) as observed in Israel,
 * Rosh Hashanah (both days), Yom Kippur, the first day of Sukkot, Shemini
 * Atzeret, the first and seventh days of Pesach and Shavuot. Read at build time
 * only (the case builder gets the days as data), so the library never reaches
 * the browser.
 *
 * Memorial and national days such as Independence Day are not in the set: a
 * deadline is then never moved onto a later day than the law allows.
 */
import { flags, HebrewCalendar } from '@hebcal/core';

export function israeliHolidays(fromYear: number, toYear: number): string[] {
  const events = HebrewCalendar.calendar({
    start: new Date(Date.UTC(fromYear, 0, 1, 12)),
    end: new Date(Date.UTC(toYear, 11, 31, 12)),
    il: true,
    noMinorFast: true,
    noModern: true,
    noRoshChodesh: true,
    noSpecialShabbat: true,
  });
  const days = new Set<string>();
  for (const event of events) {
    if (!(event.getFlags() & flags.CHAG)) continue;
    const date = event.getDate().greg();
    // greg() gives local midnight of the civil day: read it in local time.
    const pad = (n: number) => String(n).padStart(2, '0');
    days.add(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`);
  }
  return [...days].sort();
}
