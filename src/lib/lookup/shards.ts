/**
 * The look-up directory split by the start of each number (its full
 * international digits, "18665109715"), so that looking a number up fetches
 * only the small file or two its digits lead to, never the whole directory
 * (10 MB at 10,000 companies). Each file also carries the companies its
 * numbers belong to. A prefix is lengthened one digit at a time until its
 * file fits the budget.
 */
import { readTypedNumber, type DirectoryCompany, type DirectoryNumber, type LookupDirectory } from './match';

/** The most a number file may hold, in bytes of JSON (a query fetches one or two). */
export const SHARD_BUDGET = 24_000;

export interface NumberShard {
  /** The digits every number in it starts with; "" when one file holds them all. */
  prefix: string;
  directory: LookupDirectory;
}

function slice(numbers: readonly DirectoryNumber[], companies: Record<string, DirectoryCompany>): LookupDirectory {
  const ids = [...new Set(numbers.map((n) => n.company))].sort();
  return { companies: Object.fromEntries(ids.map((id) => [id, companies[id]!])), numbers: [...numbers] };
}

export function splitDirectory(directory: LookupDirectory, budget = SHARD_BUDGET): NumberShard[] {
  const shards: NumberShard[] = [];
  const split = (prefix: string, numbers: readonly DirectoryNumber[]) => {
    if (numbers.length === 0) return;
    const whole = slice(numbers, directory.companies);
    // A prefix as long as a number cannot be split further: it keeps what it has.
    if (JSON.stringify(whole).length <= budget || numbers.every((n) => n.digits.length <= prefix.length)) {
      shards.push({ prefix, directory: whole });
      return;
    }
    const groups = new Map<string, DirectoryNumber[]>();
    const here: DirectoryNumber[] = [];
    for (const number of numbers) {
      if (number.digits.length <= prefix.length) here.push(number);
      else {
        const next = number.digits.slice(0, prefix.length + 1);
        groups.set(next, [...(groups.get(next) ?? []), number]);
      }
    }
    if (here.length) shards.push({ prefix, directory: slice(here, directory.companies) });
    for (const [next, group] of groups) split(next, group);
  };
  split('', directory.numbers);
  return shards.sort((a, b) => (a.prefix < b.prefix ? -1 : 1));
}

/** The country calling codes the directory has numbers in, for reading a number typed without one. */
export function countryCodes(directory: LookupDirectory): string[] {
  return [...new Set(directory.numbers.map((n) => n.countryCode))].sort();
}

/**
 * The files a typed number's look-up needs: for each full number it could
 * stand for (with each country code the directory knows, when typed without
 * one), the file of the longest prefix of it. Empty when it holds no number.
 */
export function shardsFor(input: string, prefixes: readonly string[], codes: readonly string[]): string[] {
  const typed = readTypedNumber(input);
  if (!typed) return [];
  const forms = typed.international
    ? [typed.digits]
    : [typed.digits, ...codes.flatMap((code) => [code + typed.digits, ...(typed.digits.startsWith('0') ? [code + typed.digits.slice(1)] : [])])];
  const needed = new Set<string>();
  for (const form of forms) {
    let best: string | undefined;
    for (const prefix of prefixes) if (form.startsWith(prefix) && (best === undefined || prefix.length > best.length)) best = prefix;
    if (best !== undefined) needed.add(best);
  }
  return [...needed].sort();
}

/** One directory from the files fetched for a look-up. */
export function mergeShards(parts: readonly LookupDirectory[]): LookupDirectory {
  const merged: LookupDirectory = { companies: {}, numbers: [] };
  for (const part of parts) {
    Object.assign(merged.companies, part.companies);
    merged.numbers.push(...part.numbers);
  }
  return merged;
}

/**
 * The file name of a prefix's shard: "all" for the one file that holds
 * everything, "star" for the star of short codes ("*" is no file name on
 * Windows, and a wildcard to many tools and hosts).
 */
export function shardFileName(prefix: string): string {
  return prefix === '' ? 'all' : prefix.replace('*', 'star');
}
