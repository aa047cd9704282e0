import { describe, expect, it } from 'vitest';
import { assertContentValid, findContentProblems, findRoutingGaps, nameKey, type CatalogInput } from '../../src/lib/content/checks';

type Catalog = CatalogInput;
type CompanyData = Catalog['companies'][number]['data'];
type TacticData = Catalog['tactics'][number]['data'];
type BodyData = Catalog['bodies'][number]['data'];

const phone = (e164: string) => ({ e164 });

/**
 * A small catalog modelled on the real content, with no problems in it. Each
 * test copies it and breaks one thing.
 */
function cleanCatalog(): Catalog {
  const jennAir: CompanyData = {
    name: 'Jenn-Air',
    country: 'US',
    industry: 'appliances',
    aliases: ['JennAir', 'Jenn Air', 'Whirlpool'],
    contacts: [
      { kind: 'phone', value: phone('+18005366247'), source: 'jennair-warranty-documents' },
      { kind: 'web', value: 'https://jennair.custhelp.com/', source: 'jennair-warranty-documents' },
      { kind: 'phone', value: phone('+12699235000'), source: 'whirlpool-10k-2005' },
    ],
    scamNumbers: [],
    missing: [],
    tactics: ['quote-the-warranty'],
  };
  const expedia: CompanyData = {
    name: 'Expedia',
    country: 'US',
    industry: 'travel',
    aliases: ['Expedia Group', 'Expedia, Inc.'],
    contacts: [
      { kind: 'phone', value: phone('+18665109715'), source: 'article-expedia-customer-service' },
      { kind: 'fax', value: phone('+14257022722'), source: 'article-expedia-customer-service' },
    ],
    scamNumbers: [{ value: phone('+18887149824'), source: 'scam-expedia-helpdesk-page' }],
    missing: [{ source: 'article-expedia-customer-service' }],
    tactics: ['gather-the-facts', 'quote-the-warranty'],
  };
  const quote: TacticData = {
    related: ['gather-the-facts'],
    sources: ['article-beat-customer-service', 'law-16-cfr-700-10'],
    story: { company: 'jenn-air', source: 'article-beat-customer-service' },
    laws: [{ source: 'law-16-cfr-700-10', deadlines: [] }],
    bodies: ['ftc'],
  };
  const gather: TacticData = {
    related: ['quote-the-warranty'],
    sources: ['article-beat-customer-service'],
    story: { source: 'article-beat-customer-service' },
    laws: [],
    bodies: [],
  };
  const ftc: BodyData = {
    name: 'Federal Trade Commission',
    aliases: ['FTC'],
    country: 'US',
    sectors: ['all'],
    contacts: [],
    missing: [],
    entry: { source: 'law-16-cfr-700-10' },
    fee: {},
    deadlines: [],
    sources: ['law-16-cfr-700-10'],
  };
  const sourceIds = [
    'jennair-warranty-documents',
    'whirlpool-10k-2005',
    'article-expedia-customer-service',
    'scam-expedia-helpdesk-page',
    'article-beat-customer-service',
    'law-16-cfr-700-10',
  ];
  return {
    sources: sourceIds.map((id) => ({ id, filePath: `content/sources/${id}.yaml`, data: {} })),
    companies: [
      { id: 'jenn-air', filePath: 'content/companies/jenn-air.mdx', data: jennAir },
      { id: 'expedia', filePath: 'content/companies/expedia.mdx', data: expedia },
    ],
    tactics: [
      { id: 'quote-the-warranty', filePath: 'content/tactics/quote-the-warranty.mdx', data: quote },
      { id: 'gather-the-facts', filePath: 'content/tactics/gather-the-facts.mdx', data: gather },
    ],
    bodies: [{ id: 'ftc', filePath: 'content/bodies/ftc.mdx', data: ftc }],
  };
}

function company(catalog: Catalog, id: string): CompanyData {
  const found = catalog.companies.find((c) => c.id === id);
  if (!found) throw new Error(`no company ${id}`);
  return found.data;
}

function tactic(catalog: Catalog, id: string): TacticData {
  const found = catalog.tactics.find((t) => t.id === id);
  if (!found) throw new Error(`no tactic ${id}`);
  return found.data;
}

describe('nameKey', () => {
  it('folds case, spaces and punctuation', () => {
    expect(nameKey('Jenn-Air')).toBe('jennair');
    expect(nameKey('JennAir')).toBe('jennair');
    expect(nameKey('jenn air')).toBe('jennair');
    expect(nameKey('  JENN.AIR!  ')).toBe('jennair');
  });

  it('folds accents', () => {
    expect(nameKey('Café Rouge')).toBe(nameKey('cafe rouge'));
    expect(nameKey('Nestlé')).toBe('nestle');
  });

  it('reads "&" as "and"', () => {
    expect(nameKey('AT&T')).toBe(nameKey('AT and T'));
    expect(nameKey('AT&T')).not.toBe(nameKey('ATT'));
  });

  it('keeps letters and digits that make names different', () => {
    expect(nameKey('Jet2')).not.toBe(nameKey('Jet'));
    expect(nameKey('T-Mobile')).not.toBe(nameKey('Mobile'));
    expect(nameKey('Expedia')).not.toBe(nameKey('Expedia Group'));
  });
});

describe('findContentProblems', () => {
  it('finds nothing in a clean catalog', () => {
    expect(findContentProblems(cleanCatalog())).toEqual([]);
  });

  it('does not count a company repeating its own name in its aliases', () => {
    // Jenn-Air lists "JennAir" and "Jenn Air": the same key, the same file.
    expect(nameKey('Jenn-Air')).toBe(nameKey('Jenn Air'));
    expect(findContentProblems(cleanCatalog())).toEqual([]);
  });

  it('reports a contact citing an unknown source, by index', () => {
    const catalog = cleanCatalog();
    company(catalog, 'expedia').contacts[1]!.source = 'expedia-blog';
    expect(findContentProblems(catalog)).toEqual([
      { file: 'content/companies/expedia.mdx', field: 'contacts[1].source', message: 'unknown source "expedia-blog"' },
    ]);
  });

  it('reports unknown sources on scam numbers and missing values', () => {
    const catalog = cleanCatalog();
    company(catalog, 'expedia').scamNumbers[0]!.source = 'nowhere';
    company(catalog, 'expedia').missing[0]!.source = 'gone';
    expect(findContentProblems(catalog).map((p) => p.field)).toEqual(['scamNumbers[0].source', 'missing[0].source']);
  });

  it('reports an unknown tactic in company.tactics', () => {
    const catalog = cleanCatalog();
    company(catalog, 'expedia').tactics.push('threaten-a-chargeback');
    expect(findContentProblems(catalog)).toEqual([
      { file: 'content/companies/expedia.mdx', field: 'tactics[2]', message: 'unknown tactic "threaten-a-chargeback"' },
    ]);
  });

  it('reports an unknown tactic in tactic.related', () => {
    const catalog = cleanCatalog();
    tactic(catalog, 'quote-the-warranty').related.push('escalate-to-a-supervisor');
    expect(findContentProblems(catalog)).toEqual([
      {
        file: 'content/tactics/quote-the-warranty.mdx',
        field: 'related[1]',
        message: 'unknown tactic "escalate-to-a-supervisor"',
      },
    ]);
  });

  it('reports a tactic related to itself', () => {
    const catalog = cleanCatalog();
    tactic(catalog, 'gather-the-facts').related.unshift('gather-the-facts');
    expect(findContentProblems(catalog)).toEqual([
      { file: 'content/tactics/gather-the-facts.mdx', field: 'related[0]', message: 'a tactic cannot be related to itself' },
    ]);
  });

  it('reports a story naming an unknown company', () => {
    const catalog = cleanCatalog();
    tactic(catalog, 'quote-the-warranty').story!.company = 'whirlpool';
    expect(findContentProblems(catalog)).toEqual([
      { file: 'content/tactics/quote-the-warranty.mdx', field: 'story.company', message: 'unknown company "whirlpool"' },
    ]);
  });

  it('reports unknown sources on a tactic: sources, laws and story', () => {
    const catalog = cleanCatalog();
    const quote = tactic(catalog, 'quote-the-warranty');
    quote.sources[1] = 'law-unknown';
    quote.laws[0]!.source = 'law-unknown';
    quote.story!.source = 'article-unknown';
    expect(findContentProblems(catalog).map((p) => `${p.file}: ${p.field}`)).toEqual([
      'content/tactics/quote-the-warranty.mdx: sources[1]',
      'content/tactics/quote-the-warranty.mdx: laws[0].source',
      'content/tactics/quote-the-warranty.mdx: story.source',
    ]);
  });

  it('reports a second company with the same name in other punctuation and case', () => {
    const catalog = cleanCatalog();
    catalog.companies.push({
      id: 'jennair-2',
      filePath: 'content/companies/jennair-2.mdx',
      data: { name: 'jenn air', country: 'US', industry: 'appliances', aliases: [], contacts: [], scamNumbers: [], missing: [], tactics: [] },
    });
    const problems = findContentProblems(catalog);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/companies/jennair-2.mdx', field: 'name' });
    expect(problems[0]?.message).toContain('content/companies/jenn-air.mdx');
  });

  it('reports an alias that names another company', () => {
    const catalog = cleanCatalog();
    catalog.companies.push({
      id: 'whirlpool',
      filePath: 'content/companies/whirlpool.mdx',
      data: { name: 'Whirlpool Corporation', country: 'US', industry: 'appliances', aliases: ['Maytag', 'WHIRLPOOL'], contacts: [], scamNumbers: [], missing: [], tactics: [] },
    });
    expect(findContentProblems(catalog)).toEqual([
      {
        file: 'content/companies/whirlpool.mdx',
        field: 'aliases[1]',
        message: '"WHIRLPOOL" already names the company in content/companies/jenn-air.mdx: describe each company once',
      },
    ]);
  });

  it('reports a scam number that is also listed as a contact of the same company', () => {
    const catalog = cleanCatalog();
    company(catalog, 'expedia').scamNumbers.push({ value: phone('+18665109715'), source: 'scam-expedia-helpdesk-page' });
    expect(findContentProblems(catalog)).toEqual([
      {
        file: 'content/companies/expedia.mdx',
        field: 'scamNumbers[1].value',
        message: '+18665109715 is flagged as a scam but listed as a contact in content/companies/expedia.mdx',
      },
    ]);
  });

  it('reports a scam number that another company lists as a contact, and a fax counts', () => {
    const catalog = cleanCatalog();
    company(catalog, 'jenn-air').scamNumbers.push({ value: phone('+14257022722'), source: 'jennair-warranty-documents' });
    expect(findContentProblems(catalog)).toEqual([
      {
        file: 'content/companies/jenn-air.mdx',
        field: 'scamNumbers[0].value',
        message: '+14257022722 is flagged as a scam but listed as a contact in content/companies/expedia.mdx',
      },
    ]);
  });

  it('does not compare scam numbers with values that are not phones', () => {
    const catalog = cleanCatalog();
    company(catalog, 'jenn-air').contacts.push({ kind: 'web', value: { e164: '+18887149824' }, source: 'whirlpool-10k-2005' });
    expect(findContentProblems(catalog)).toEqual([]);
  });

  it('names the file from the id when the entry has no file path', () => {
    const catalog = cleanCatalog();
    catalog.tactics[0] = { id: 'quote-the-warranty', data: { ...tactic(catalog, 'quote-the-warranty'), related: ['nope'] } };
    expect(findContentProblems(catalog)[0]?.file).toBe('content/tactics/quote-the-warranty');
  });

  it('reports every problem, not only the first', () => {
    const catalog = cleanCatalog();
    company(catalog, 'jenn-air').contacts[0]!.source = 'a';
    company(catalog, 'jenn-air').contacts[2]!.source = 'b';
    tactic(catalog, 'gather-the-facts').related.push('c');
    expect(findContentProblems(catalog)).toHaveLength(3);
  });
});

describe('complaint bodies', () => {
  const body = (catalog: Catalog) => catalog.bodies[0]!.data;

  it('reports a tactic naming an unknown body', () => {
    const catalog = cleanCatalog();
    tactic(catalog, 'gather-the-facts').bodies.push('cfpb');
    expect(findContentProblems(catalog)).toEqual([
      { file: 'content/tactics/gather-the-facts.mdx', field: 'bodies[0]', message: 'unknown complaint body "cfpb"' },
    ]);
  });

  it('reports unknown sources on a body: entry, fee, deadlines, contacts and sources', () => {
    const catalog = cleanCatalog();
    const ftc = body(catalog);
    ftc.entry.source = 'nope';
    ftc.fee.source = 'nope';
    ftc.deadlines.push({ source: 'nope' });
    ftc.contacts.push({ source: 'nope' });
    ftc.sources.push('nope');
    expect(findContentProblems(catalog).map((p) => p.field)).toEqual([
      'sources[1]',
      'contacts[0].source',
      'entry.source',
      'fee.source',
      'deadlines[0].source',
    ]);
  });

  it('reports two bodies of one country with the same name', () => {
    const catalog = cleanCatalog();
    catalog.bodies.push({ id: 'ftc-2', filePath: 'content/bodies/ftc-2.mdx', data: { ...body(catalog), aliases: [], name: 'F.T.C.' } });
    expect(findContentProblems(catalog)).toEqual([
      { file: 'content/bodies/ftc-2.mdx', field: 'name', message: '"F.T.C." already names the body in content/bodies/ftc.mdx' },
    ]);
  });

  it('warns, without failing, about a company no body of its country covers', () => {
    const catalog = cleanCatalog();
    expect(findRoutingGaps(catalog)).toEqual([]);
    body(catalog).sectors = ['finance'];
    expect(findRoutingGaps(catalog).map((g) => `${g.file}: ${g.message}`)).toEqual([
      'content/companies/jenn-air.mdx: no complaint body in US covers "appliances"',
      'content/companies/expedia.mdx: no complaint body in US covers "travel"',
    ]);
    expect(findContentProblems(catalog)).toEqual([]);
  });
});

describe('assertContentValid', () => {
  it('passes a clean catalog', () => {
    expect(() => assertContentValid(cleanCatalog())).not.toThrow();
  });

  it('throws one error naming the file and field of each problem', () => {
    const catalog = cleanCatalog();
    company(catalog, 'expedia').contacts[0]!.source = 'expedia-blog';
    tactic(catalog, 'quote-the-warranty').story!.company = 'whirlpool';
    let message = '';
    try {
      assertContentValid(catalog);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('Content check failed (2 problems)');
    expect(message).toContain('content/companies/expedia.mdx: contacts[0].source: unknown source "expedia-blog"');
    expect(message).toContain('content/tactics/quote-the-warranty.mdx: story.company: unknown company "whirlpool"');
  });

  it('says "1 problem" for one', () => {
    const catalog = cleanCatalog();
    company(catalog, 'expedia').tactics.push('nope');
    expect(() => assertContentValid(catalog)).toThrow(/^Content check failed \(1 problem\):\n {2}content\/companies\/expedia\.mdx: tactics\[2\]: /);
  });
});
