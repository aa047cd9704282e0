import { describe, expect, it } from 'vitest';
import { tacticSchema } from '../../../src/schemas/tactic';
import { issueAt } from '../fixtures/issues';

/** The frontmatter of content/tactics/quote-the-warranty.mdx (lists shortened). */
const quoteTheWarranty = {
  title: 'Quote the warranty back to them',
  aka: ['Quote the contract', 'Read them the terms', 'Show me where it says that', 'Know your warranty'],
  summary:
    "Read the warranty or terms to the agent and ask them to show where it says what they claim. A company can't argue with the contract it wrote.",
  stage: 'front-line',
  order: 6,
  channels: ['phone', 'chat', 'email'],
  problems: ["they won't ship the part", 'warranty claim denied', 'warranty covers parts but not labor'],
  whenToUse: [
    "When the agent tells you what the warranty or terms say, and it doesn't match what you've read.",
    "When a product fails while it's still under warranty.",
  ],
  scripts: [
    {
      when: 'When the agent quotes a rule',
      say: "I have the warranty in front of me. Could you show me the section that says that? I'd like to read it.",
    },
  ],
  story: {
    company: 'jenn-air',
    who: 'Jenn-Air',
    problem: "In article A, the display on the writer's Jenn-Air microwave faded until it couldn't be read.",
    outcome: 'As a last resort, the writer politely read the warranty terms to the agent.',
    lesson: "Don't take an agent's word for what a warranty or contract says.",
    source: 'article-beat-customer-service',
  },
  risks: ['Rights differ by country. The rules on this page are information, not legal advice.'],
  laws: [
    {
      name: 'Magnuson-Moss Warranty Act: parts-only warranties',
      citation: '16 CFR 700.10(b); 15 U.S.C. 2302(c)',
      country: 'US',
      section: '§ 700.10(b)',
      scope: 'federal',
      rule: 'When a written warranty pays for parts but not labour, the warrantor may not require that the parts be installed by a service it chooses.',
      voluntary: false,
      source: 'law-16-cfr-700-10',
    },
    {
      name: 'Consumer Rights Act 2015: faulty goods',
      citation: 'Consumer Rights Act 2015',
      country: 'GB',
      section: 'Faulty goods',
      rule: 'Faulty goods can be rejected for a full refund within 30 days.',
      deadlines: [{ amount: 30, unit: 'days', from: 'delivery' }],
      source: 'law-which-faulty-product',
    },
  ],
  related: ['gather-the-facts', 'escalate-to-a-supervisor'],
  sources: ['article-beat-customer-service', 'law-16-cfr-700-10', 'law-which-faulty-product'],
};

type Input = Record<string, unknown>;

function variant(edit: (tactic: Input & typeof quoteTheWarranty) => void): Input {
  const tactic = structuredClone(quoteTheWarranty);
  edit(tactic);
  return tactic;
}

describe('tacticSchema: the good case', () => {
  it('parses the real tactic frontmatter', () => {
    const result = tacticSchema.safeParse(quoteTheWarranty);
    expect(result.error?.issues).toBeUndefined();
    expect(result.data?.stage).toBe('front-line');
  });

  it('fills in defaults: law not voluntary, order 0, empty lists', () => {
    const tactic = tacticSchema.parse(
      variant((t) => {
        delete (t as Input).order;
        delete (t as Input).aka;
        delete (t as Input).problems;
        delete (t as Input).related;
        delete (t as Input).laws;
      }),
    );
    expect(tactic.order).toBe(0);
    expect(tactic.aka).toEqual([]);
    expect(tactic.problems).toEqual([]);
    expect(tactic.related).toEqual([]);
    expect(tactic.laws).toEqual([]);
    expect(tacticSchema.parse(quoteTheWarranty).laws[1]?.voluntary).toBe(false);
    expect(tacticSchema.parse(quoteTheWarranty).laws[0]?.deadlines).toEqual([]);
    expect(tacticSchema.parse(quoteTheWarranty).laws[1]?.deadlines[0]?.atLeast).toBe(false);
    expect(tacticSchema.parse(variant((t) => delete (t as Input).story)).story).toBeUndefined();
  });

  it('accepts a story about a company not in the directory', () => {
    expect(tacticSchema.safeParse(variant((t) => delete (t.story as Input).company)).success).toBe(true);
  });
});

describe('tacticSchema: bad cases name the field', () => {
  it('rejects a law without a country, and one with an unknown country', () => {
    const without = tacticSchema.safeParse(variant((t) => delete (t.laws[0] as Input).country));
    expect(issueAt(without, ['laws', 0, 'country'])).toBeDefined();
    const unknown = tacticSchema.safeParse(variant((t) => ((t.laws[0] as Input).country = 'XX')));
    expect(issueAt(unknown, ['laws', 0, 'country']).message).toMatch(/country code/);
    const notIso = tacticSchema.safeParse(variant((t) => ((t.laws[1] as Input).country = 'UK')));
    expect(issueAt(notIso, ['laws', 1, 'country'])).toBeDefined();
    expect(tacticSchema.safeParse(variant((t) => ((t.laws[1] as Input).country = 'EEA'))).success).toBe(true);
  });

  it('rejects a deadline with no number, an unknown unit or nothing to count from', () => {
    const edit = (change: (d: Input) => void) =>
      tacticSchema.safeParse(variant((t) => change(((t.laws[1] as Input).deadlines as Input[])[0]!)));
    expect(issueAt(edit((d) => (d.amount = '30')), ['laws', 1, 'deadlines', 0, 'amount'])).toBeDefined();
    expect(issueAt(edit((d) => (d.unit = 'fortnights')), ['laws', 1, 'deadlines', 0, 'unit'])).toBeDefined();
    expect(issueAt(edit((d) => delete d.from), ['laws', 1, 'deadlines', 0, 'from'])).toBeDefined();
  });

  it('rejects a tactic without a summary', () => {
    const issue = issueAt(tacticSchema.safeParse(variant((t) => delete (t as Input).summary)), ['summary']);
    expect(issue.code).toBe('invalid_type');
  });

  it('rejects a summary over 200 characters', () => {
    issueAt(tacticSchema.safeParse(variant((t) => (t.summary = 'y'.repeat(201)))), ['summary']);
  });

  it('rejects an unknown stage', () => {
    issueAt(tacticSchema.safeParse(variant((t) => (t.stage = 'manager'))), ['stage']);
  });

  it('rejects a negative or fractional order', () => {
    issueAt(tacticSchema.safeParse(variant((t) => (t.order = -1))), ['order']);
    issueAt(tacticSchema.safeParse(variant((t) => (t.order = 1.5))), ['order']);
  });

  it('rejects no channels, and an unknown channel by its index', () => {
    issueAt(tacticSchema.safeParse(variant((t) => (t.channels = []))), ['channels']);
    issueAt(tacticSchema.safeParse(variant((t) => (t.channels = ['phone', 'fax']))), ['channels', 1]);
  });

  it('rejects a tactic with no scripts, or a script with nothing to say', () => {
    issueAt(tacticSchema.safeParse(variant((t) => (t.scripts = []))), ['scripts']);
    issueAt(tacticSchema.safeParse(variant((t) => delete (t.scripts[0] as Input).say)), ['scripts', 0, 'say']);
  });

  it('rejects a story without a source', () => {
    issueAt(tacticSchema.safeParse(variant((t) => delete (t.story as Input).source)), ['story', 'source']);
  });

  it('rejects a law without a citation', () => {
    issueAt(tacticSchema.safeParse(variant((t) => delete (t.laws[0] as Input).citation)), ['laws', 0, 'citation']);
  });

  it('rejects a tactic that cites no sources', () => {
    issueAt(tacticSchema.safeParse(variant((t) => (t.sources = []))), ['sources']);
  });

  it('rejects no risks and no whenToUse', () => {
    issueAt(tacticSchema.safeParse(variant((t) => (t.risks = []))), ['risks']);
    issueAt(tacticSchema.safeParse(variant((t) => (t.whenToUse = []))), ['whenToUse']);
  });

  it('rejects unknown keys at every level', () => {
    expect(issueAt(tacticSchema.safeParse(variant((t) => ((t as Input).steps = []))), []).keys).toEqual(['steps']);
    expect(issueAt(tacticSchema.safeParse(variant((t) => ((t.story as Input).date = '2020'))), ['story']).keys).toEqual(['date']);
    expect(issueAt(tacticSchema.safeParse(variant((t) => ((t.scripts[0] as Input).tone = 'calm'))), ['scripts', 0]).keys).toEqual([
      'tone',
    ]);
    expect(issueAt(tacticSchema.safeParse(variant((t) => ((t.laws[0] as Input).url = 'x'))), ['laws', 0]).keys).toEqual(['url']);
  });
});
