/**
 * Checks that span files, which a per-file schema cannot see: references to
 * sources, tactics and companies that must exist, and companies described twice.
 * Astro's reference() does not fail the build on a missing entry, so these run
 * over the loaded collections and every problem names the file and the field.
 */

export interface EntryRef<T> {
  id: string;
  /** The file the entry came from, relative to the project root. */
  filePath?: string | undefined;
  data: T;
}

interface CompanyShape {
  name: string;
  country: string;
  industry: string;
  aliases: string[];
  contacts: { source: string; kind: string; value: unknown }[];
  scamNumbers: { source: string; value: { e164: string } }[];
  missing: { source: string }[];
  tactics: string[];
}

interface DeadlineShape {
  source?: string | undefined;
}

interface TacticShape {
  related: string[];
  sources: string[];
  story?: { company?: string | undefined; source: string } | undefined;
  laws: { source: string; deadlines: DeadlineShape[] }[];
  bodies: string[];
}

interface BodyShape {
  name: string;
  aliases: string[];
  country: string;
  sectors: string[];
  contacts: { source: string }[];
  missing: { source: string }[];
  entry: { source: string; wait?: DeadlineShape | undefined };
  fee: { source?: string | undefined };
  deadlines: DeadlineShape[];
  sources: string[];
}

export interface CatalogInput {
  sources: EntryRef<unknown>[];
  companies: EntryRef<CompanyShape>[];
  tactics: EntryRef<TacticShape>[];
  bodies: EntryRef<BodyShape>[];
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Folds case, accents and punctuation so "Jenn-Air", "JennAir" and "jenn air" are one name. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function findContentProblems(input: CatalogInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sourceIds = new Set(input.sources.map((s) => s.id));
  const tacticIds = new Set(input.tactics.map((t) => t.id));
  const companyIds = new Set(input.companies.map((c) => c.id));
  const bodyIds = new Set(input.bodies.map((b) => b.id));
  const fileOf = (entry: EntryRef<unknown>, collection: string) => entry.filePath ?? `content/${collection}/${entry.id}`;

  const requireId = (ids: Set<string>, kind: string, id: string, file: string, field: string) => {
    if (!ids.has(id)) problems.push({ file, field, message: `unknown ${kind} "${id}"` });
  };

  const namesSeen = new Map<string, string>();
  for (const company of input.companies) {
    const file = fileOf(company, 'companies');
    const d = company.data;
    d.contacts.forEach((c, i) => requireId(sourceIds, 'source', c.source, file, `contacts[${i}].source`));
    d.scamNumbers.forEach((s, i) => requireId(sourceIds, 'source', s.source, file, `scamNumbers[${i}].source`));
    d.missing.forEach((m, i) => requireId(sourceIds, 'source', m.source, file, `missing[${i}].source`));
    d.tactics.forEach((t, i) => requireId(tacticIds, 'tactic', t, file, `tactics[${i}]`));

    [d.name, ...d.aliases].forEach((name, i) => {
      const key = nameKey(name);
      const field = i === 0 ? 'name' : `aliases[${i - 1}]`;
      const other = namesSeen.get(key);
      if (other && other !== file) {
        problems.push({ file, field, message: `"${name}" already names the company in ${other}: describe each company once` });
      } else {
        namesSeen.set(key, file);
      }
    });
  }

  // A known scam number must never also be listed as a real contact anywhere.
  const contactNumbers = new Map<string, string>();
  for (const company of input.companies) {
    for (const contact of company.data.contacts) {
      const e164 = phoneOf(contact);
      if (e164) contactNumbers.set(e164, fileOf(company, 'companies'));
    }
  }
  for (const company of input.companies) {
    company.data.scamNumbers.forEach((scam, i) => {
      const listedIn = contactNumbers.get(scam.value.e164);
      if (listedIn) {
        problems.push({
          file: fileOf(company, 'companies'),
          field: `scamNumbers[${i}].value`,
          message: `${scam.value.e164} is flagged as a scam but listed as a contact in ${listedIn}`,
        });
      }
    });
  }

  for (const tactic of input.tactics) {
    const file = fileOf(tactic, 'tactics');
    const d = tactic.data;
    d.sources.forEach((s, i) => requireId(sourceIds, 'source', s, file, `sources[${i}]`));
    d.laws.forEach((l, i) => requireId(sourceIds, 'source', l.source, file, `laws[${i}].source`));
    d.laws.forEach((l, i) =>
      l.deadlines.forEach((dl, j) => dl.source && requireId(sourceIds, 'source', dl.source, file, `laws[${i}].deadlines[${j}].source`)),
    );
    d.bodies.forEach((b, i) => requireId(bodyIds, 'complaint body', b, file, `bodies[${i}]`));
    if (d.story) {
      requireId(sourceIds, 'source', d.story.source, file, 'story.source');
      if (d.story.company !== undefined) requireId(companyIds, 'company', d.story.company, file, 'story.company');
    }
    d.related.forEach((r, i) => {
      requireId(tacticIds, 'tactic', r, file, `related[${i}]`);
      if (r === tactic.id) problems.push({ file, field: `related[${i}]`, message: 'a tactic cannot be related to itself' });
    });
  }

  const bodyNames = new Map<string, string>();
  for (const body of input.bodies) {
    const file = fileOf(body, 'bodies');
    const d = body.data;
    d.sources.forEach((s, i) => requireId(sourceIds, 'source', s, file, `sources[${i}]`));
    d.contacts.forEach((c, i) => requireId(sourceIds, 'source', c.source, file, `contacts[${i}].source`));
    d.missing.forEach((m, i) => requireId(sourceIds, 'source', m.source, file, `missing[${i}].source`));
    requireId(sourceIds, 'source', d.entry.source, file, 'entry.source');
    if (d.entry.wait?.source) requireId(sourceIds, 'source', d.entry.wait.source, file, 'entry.wait.source');
    if (d.fee.source) requireId(sourceIds, 'source', d.fee.source, file, 'fee.source');
    d.deadlines.forEach((dl, i) => dl.source && requireId(sourceIds, 'source', dl.source, file, `deadlines[${i}].source`));
    [d.name, ...d.aliases].forEach((name, i) => {
      const key = `${d.country}:${nameKey(name)}`;
      const other = bodyNames.get(key);
      if (other && other !== file) {
        problems.push({ file, field: i === 0 ? 'name' : `aliases[${i - 1}]`, message: `"${name}" already names the body in ${other}` });
      } else {
        bodyNames.set(key, file);
      }
    });
  }
  return problems;
}

/**
 * Companies with no complaint body above them: their page could route the
 * reader nowhere outside the company. A warning, not an error, since a new
 * country's bodies may arrive after its first companies.
 */
export function findRoutingGaps(input: Pick<CatalogInput, 'companies' | 'bodies'>): ContentProblem[] {
  return input.companies.flatMap((company) => {
    const { country, industry } = company.data;
    const covered = input.bodies.some(
      (b) => b.data.country === country && (b.data.sectors.includes('all') || b.data.sectors.includes(industry)),
    );
    return covered
      ? []
      : [{ file: company.filePath ?? `content/companies/${company.id}`, field: 'industry', message: `no complaint body in ${country} covers "${industry}"` }];
  });
}

function phoneOf(contact: { kind: string; value: unknown }): string | undefined {
  if (contact.kind !== 'phone' && contact.kind !== 'fax') return undefined;
  return (contact.value as { e164?: string }).e164;
}

/** Throws one error listing every problem, so a maintainer fixes them all in one pass. */
export function assertContentValid(input: CatalogInput, more: readonly ContentProblem[] = []): void {
  const problems = [...findContentProblems(input), ...more];
  for (const gap of findRoutingGaps(input)) console.warn(`Content warning: ${gap.file}: ${gap.field}: ${gap.message}`);
  if (problems.length === 0) return;
  const lines = problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`);
  throw new Error(`Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
}
