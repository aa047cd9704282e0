/**
 * Building the site in parts (docs/scaling.md): `BEYOND_NO_PART=2/4` builds
 * part 2 of 4. Every part loads and checks the whole content (cross-file checks
 * need all of it) and builds the shared pages from it, but renders only its own
 * share of the company pages, and indexes them into its own Pagefind bundle.
 * Part 1's search merges the others' bundles with Pagefind's mergeIndex.
 *
 * A company's part comes from a hash of its id, not from its place in the
 * alphabet, so adding companies never moves an existing one to another part.
 */

export interface Part {
  /** 1-based. */
  index: number;
  count: number;
}

/** Reads "k/n" (1 ≤ k ≤ n); no value means the whole site in one part. */
export function partFromEnv(value: string | undefined = process.env.BEYOND_NO_PART): Part | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count) {
    throw new Error(`BEYOND_NO_PART must be "k/n" with 1 ≤ k ≤ n, such as "2/4"; got "${value}".`);
  }
  return { index, count };
}

/** The part (1…count) a company's pages belong to: FNV-1a of its id, so stable as the directory grows. */
export function partOfCompany(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % count) + 1;
}

/** True when this build renders the company's pages. */
export function ownsCompany(part: Part | undefined, id: string): boolean {
  return !part || partOfCompany(id, part.count) === part.index;
}

/**
 * Where a part's Pagefind bundle lives in its dist/: part 1 (the one readers
 * search from) at /pagefind/, the others beside it, so all parts can also be
 * uploaded into one bucket without overwriting each other's index.
 */
export function searchBundleDir(part: Part | undefined): string {
  return !part || part.index === 1 ? 'pagefind' : `pagefind-part-${part.index}`;
}
