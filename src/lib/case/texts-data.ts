/** The shape of /data/case/texts.json, shared by the page that writes it and the script that reads it. */
export interface TextTableData {
  /** The language the table writes in ("en", "nb", "he"). */
  lang: string;
  dateLocale: string;
  strings: Record<string, string>;
}

export interface CaseTexts {
  /** One table per language. */
  tables: Record<string, TextTableData>;
  /** Israel's holidays that are rest days, "YYYY-MM-DD", for the years given. */
  israeliRestDays: { fromYear: number; toYear: number; days: string[] };
}
