/** Each generated text holds the facts entered, shows a [blank] for what is missing, and keeps to its purpose. */
import { describe, expect, it } from 'vitest';
import { emptyFacts } from '../../../src/lib/case/model';
import { TEXTS } from '../../../src/lib/case/texts';
import { callPlan } from '../../../src/lib/case/texts/call-plan';
import { disputeLetter } from '../../../src/lib/case/texts/dispute-letter';
import { executiveEmail } from '../../../src/lib/case/texts/executive-email';
import { socialPost, SOCIAL_POST_LIMIT } from '../../../src/lib/case/texts/social-post';
import { warrantyLetter } from '../../../src/lib/case/texts/warranty-letter';
import type { CaseCompany } from '../../../src/lib/case/directory';
import type { CaseRecord } from '../../../src/lib/case/model';
import { context, filledCase, letterContext, united } from './fixtures';

/** A text's context: the page's (English here), or its country's language for a country letter. */
function contextOf(text: (typeof TEXTS)[number], record: CaseRecord, company: CaseCompany | null = united) {
  return text.language ? letterContext(text.country as 'NO' | 'IL', record, company) : context(record, company);
}

const record = filledCase();
const f = record.facts;

describe('the call plan', () => {
  const text = callPlan(context(record));

  it('holds the facts, the history and the outcome, in order', () => {
    for (const fact of [
      'United Airlines',
      '(800) 864-8331',
      f.whatHappened,
      '10 February 2024',
      'order UA-7QX2K9',
      'account MP-445566',
      'amount $25.00',
      '- Booking confirmation email',
      '- Card statement page 2',
      f.stepsTaken,
      'spoke to Dana (agent 4471)',
      'reference REF-100200',
      f.outcome,
      f.whyReasonable,
    ]) {
      expect(text, fact).toContain(fact);
    }
    const order = ['The problem', 'The details', 'My evidence', 'What I have already done', 'What I am asking for', 'Why it is fair'].map((p) =>
      text.indexOf(p),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('asks for a name, a reference and a date before hanging up', () => {
    expect(text).toContain('your name or agent ID');
    expect(text).toContain('reference number for this call');
    expect(text).toContain('By what date will you contact me');
  });

  it('holds the agent to a promise whose day has come, and not to one still ahead', () => {
    expect(text).toContain('If the promise due 19 February 2024 was not kept');
    expect(text).toContain('under reference REF-100200, from Dana (agent 4471)');
    expect(text).not.toContain('If the promise due 5 March 2024');
    expect(callPlan(context(record, null, '2024-03-06'))).toContain('If the promise due 5 March 2024 17:00 was not kept');
  });

  it('shows a bracket for each missing fact rather than inventing one', () => {
    const blank = callPlan(context({ ...record, facts: emptyFacts(), log: [] }, null));
    for (const gap of ['[company]', '[the company’s number]', '[what happened]', '[date]', '[your evidence]', '[the outcome you want]']) {
      expect(blank).toContain(gap);
    }
    expect(blank).not.toContain('The details:');
  });
});

describe('the billing-error dispute letter', () => {
  const text = disputeLetter(context(record));

  it('holds what Regulation Z asks for: name, account number, the error and why', () => {
    for (const fact of [f.yourName, f.cardAccount, f.whatHappened, f.errorReason, '12 CFR 1026.13']) expect(text, fact).toContain(fact);
  });

  it('is addressed to the billing-inquiries address and names the charge', () => {
    expect(text).toContain(`${f.cardIssuer}\nBilling inquiries\n${f.issuerAddress}`);
    expect(text).toContain('The charge in error is $25.00 from United Airlines, dated 10 February 2024, on my statement dated 20 February 2024.');
    expect(text).toContain(f.yourAddress);
    expect(text).toContain('UA-7QX2K9');
    expect(text).toContain('1 March 2024');
  });

  it('lists what was tried with the merchant and the evidence enclosed', () => {
    expect(text).toContain(f.stepsTaken);
    expect(text).toContain('REF-100300');
    expect(text).toContain('- Booking confirmation email');
  });

  it('ends signed with the person’s name', () => {
    expect(text.trimEnd().endsWith(`Yours faithfully,\n\n${f.yourName}`)).toBe(true);
  });
});

describe('the warranty letter', () => {
  const text = warrantyLetter(context(record));

  it('cites 16 CFR 700.10(b) and asks for the part to be shipped', () => {
    expect(text).toContain('16 CFR 700.10(b)');
    expect(text).toContain('may not require that the parts be installed by a service it chooses');
    expect(text).toContain('Please ship the display board to me at the address above.');
  });

  it('holds the product, the fault, the refusal and the person’s details', () => {
    for (const fact of [f.product, f.serialNumber, '15 June 2023', f.whatHappened, f.part, f.refusal, f.yourName, f.yourAddress, f.orderNumber]) {
      expect(text, fact).toContain(fact);
    }
  });

  it('is addressed to the company’s lowest postal rung from the directory', () => {
    expect(text).toContain('United Airlines\nCustomer Relations by mail\nP.O. Box 06649\nChicago, IL 60606-0649');
    expect(warrantyLetter(context(record, null))).toContain('[the company’s address]');
  });
});

describe('the executive email', () => {
  const text = executiveEmail(context(record));

  it('is addressed to the executive office and has the tactic’s subject line', () => {
    expect(text).toContain('To: exec@example.com');
    expect(text).toContain('Subject: Unresolved since 10 February 2024: Ticket-by-mail fee I never agreed to, case REF-100300');
  });

  it('holds what happened, what was tried and the outcome', () => {
    for (const fact of [f.whatHappened, f.stepsTaken, 'REF-100200', 'I’m asking for a refund of $25.00 to my card. The fee was never disclosed or authorised.', f.yourName]) {
      expect(text, fact).toContain(fact);
    }
  });

  it('leaves a blank for the address when the directory has no executive email', () => {
    expect(executiveEmail(context(record, null))).toContain('To: [the executive office’s email]');
  });
});

describe('the social post', () => {
  const text = socialPost(context(record));

  it('goes to the company’s handle with the problem, amount, date and outcome', () => {
    expect(text).toBe(
      '@United Ticket-by-mail fee I never agreed to ($25.00, 10 February 2024). I’ve contacted you 2 times without a fix. I’m asking for a refund of $25.00 to my card. Please put this right.',
    );
    expect(text.length).toBeLessThanOrEqual(SOCIAL_POST_LIMIT);
  });

  it('never carries account or order numbers, names or addresses', () => {
    for (const secret of [f.orderNumber, f.customerAccount, f.cardAccount, f.yourName, 'Elm Street', 'REF-100200']) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('every text', () => {
  it('links to its tactic pages', () => {
    expect(Object.fromEntries(TEXTS.map((t) => [t.id, t.tactics]))).toEqual({
      plan: ['gather-the-facts', 'pin-a-follow-up-date'],
      dispute: ['threaten-a-chargeback'],
      warranty: ['quote-the-warranty'],
      'no-reklamasjon': ['quote-the-warranty'],
      'no-card': ['threaten-a-chargeback'],
      'il-distance': ['cancel-a-purchase-or-subscription'],
      'il-ongoing': ['cancel-a-purchase-or-subscription'],
      'il-card': ['threaten-a-chargeback'],
      executive: ['executive-customer-service'],
      social: ['go-public-on-social-media'],
    });
  });

  it('leaves no {placeholder} unfilled, with every field full or every field empty', () => {
    const empty = { ...record, facts: emptyFacts(), log: [] };
    for (const text of TEXTS) {
      expect(text.generate(contextOf(text, record))).not.toMatch(/\{\w+\}/);
      expect(text.generate(contextOf(text, empty, null))).not.toMatch(/\{\w+\}/);
    }
  });

  it('keeps markup as plain text', () => {
    // In the two facts every letter carries one of: what happened, and the writer's name.
    const hostile = { ...record, facts: { ...record.facts, whatHappened: '<img src=x onerror=alert(1)>', yourName: '<img src=x onerror=alert(1)>' } };
    for (const text of TEXTS.filter((t) => t.id !== 'social')) {
      expect(text.generate(contextOf(text, hostile)), text.id).toContain('<img src=x onerror=alert(1)>');
    }
  });
});
