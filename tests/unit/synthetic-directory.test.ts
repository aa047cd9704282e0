/**
 * The scale benchmark's synthetic directory must be content the real build
 * accepts, or the bench measures a failing build. These check it against the
 * site's own schemas and cross-file rules, and that a seed gives the same files.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nameKey } from '../../src/lib/content/checks';
import { companySchema, type Company } from '../../src/schemas/company';
import { sourceSchema } from '../../src/schemas/source';
import { writeSyntheticDirectory, type SyntheticDirectory } from '../support/synthetic-directory';

// Well above the real directory (about 60 companies), so that a sample of 20 generated ones exists.
const COUNT = 120;
const work = mkdtempSync(join(tmpdir(), 'beyond-no-synthetic-'));
const generate = (name: string, seed?: number) =>
  writeSyntheticDirectory(join(work, name), COUNT, seed === undefined ? {} : { seed });

function frontmatter(file: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file} has no frontmatter`);
  return parse(match[1]!);
}
const ids = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => basename(f, ext));
const snapshot = (dir: string) =>
  ['companies', 'sources'].flatMap((folder) =>
    readdirSync(join(dir, folder))
      .sort()
      .map((file) => `${file}\n${readFileSync(join(dir, folder, file), 'utf8')}`),
  );

let directory: SyntheticDirectory;
let sample: Company[];

beforeAll(() => {
  directory = generate('a');
  sample = directory.companies
    .slice(0, 20)
    .map((company) => companySchema.parse(frontmatter(join(directory.dir, 'companies', `${company.id}.mdx`))));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writeSyntheticDirectory', () => {
  it('writes the count asked for: the real companies plus generated ones', () => {
    expect(ids(join(directory.dir, 'companies'), '.mdx')).toHaveLength(COUNT);
    expect(directory.companies).toHaveLength(COUNT - directory.realCompanies);
    expect(directory.realCompanies).toBe(ids('content/companies', '.mdx').length);
  });

  it('copies every real tactic, so tactic references resolve', () => {
    expect(ids(join(directory.dir, 'tactics'), '.mdx')).toEqual(ids('content/tactics', '.mdx'));
  });

  it('gives companies the real company schema accepts, with 3 to 8 contacts each', () => {
    expect(sample).toHaveLength(20);
    for (const company of sample) expect(company.contacts.length).toBeGreaterThanOrEqual(3);
    for (const company of sample) expect(company.contacts.length).toBeLessThanOrEqual(8);
  });

  it('covers the shapes the site must render: superseded values, scam numbers, every rung', () => {
    const contacts = sample.flatMap((c) => c.contacts);
    expect(contacts.some((c) => c.status === 'superseded' && c.replacedBy)).toBe(true);
    expect(sample.some((c) => c.scamNumbers.length > 0)).toBe(true);
    expect(new Set(contacts.map((c) => c.rung)).size).toBe(6);
    expect(new Set(sample.map((c) => c.industry)).size).toBeGreaterThan(3);
  });

  it('names only sources and tactics that exist, and sources the source schema accepts', () => {
    const sources = new Set(ids(join(directory.dir, 'sources'), '.yaml'));
    const tactics = new Set(ids(join(directory.dir, 'tactics'), '.mdx'));
    for (const company of sample) {
      for (const c of [...company.contacts, ...company.scamNumbers]) expect(sources).toContain(c.source);
      for (const t of company.tactics) expect(tactics).toContain(t);
    }
    for (const id of [...sources].filter((s) => s.startsWith('synthetic-')).slice(0, 20)) {
      expect(() => sourceSchema.parse(parse(readFileSync(join(directory.dir, 'sources', `${id}.yaml`), 'utf8')))).not.toThrow();
    }
  });

  it('never describes a company twice, by the rule the build applies to names and aliases', () => {
    const keys = directory.companies.flatMap((c) => [c.name, ...c.aliases].map(nameKey));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('writes the same files for the same seed, and different ones for another', () => {
    expect(snapshot(generate('b').dir)).toEqual(snapshot(directory.dir));
    expect(snapshot(generate('c', 7).dir)).not.toEqual(snapshot(directory.dir));
  });
});
