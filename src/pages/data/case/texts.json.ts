/**
 * /data/case/texts.json: what the case builder writes its texts with, the same
 * on every page: each language's words for the texts (src/i18n/letters/), and
 * Israel's rest days, read from the Hebrew-calendar library at build time for
 * the years a case can need, so neither the library nor a hand-typed table
 * reaches the browser.
 */
import type { APIRoute } from 'astro';
import { textTables } from '../../../i18n/letters';
import { israeliHolidays } from '../../../lib/case/rest-days';
import type { CaseTexts } from '../../../lib/case/texts-data';

/** Cases look back a few years and ahead to five-year limits: ten years either side of the build covers them. */
const YEARS_BACK = 10;
const YEARS_AHEAD = 10;

export const GET: APIRoute = () => {
  const year = new Date().getUTCFullYear();
  const fromYear = year - YEARS_BACK;
  const toYear = year + YEARS_AHEAD;
  const data: CaseTexts = { tables: textTables(), israeliRestDays: { fromYear, toYear, days: israeliHolidays(fromYear, toYear) } };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
