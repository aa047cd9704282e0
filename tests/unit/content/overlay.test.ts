import { describe, expect, it } from 'vitest';
import { applyOverlay } from '../../../src/lib/content/overlay';

describe('applyOverlay', () => {
  const company = {
    name: 'Acme',
    summary: 'A company.',
    contacts: [
      { id: 'line', kind: 'phone', label: 'Line', value: { e164: '+18005551234' }, note: 'A note.', source: 's' },
      { id: 'hq', kind: 'postal', label: 'HQ', value: { lines: ['1 Main St'], city: 'Dallas' }, source: 's' },
    ],
    missing: [{ label: 'Executive office', rung: 'executive', reason: 'None found.', source: 's' }],
    aliases: ['ACME'],
  };

  it('takes the words from the overlay and keeps every fact', () => {
    const he = applyOverlay(company, {
      summary: 'חברה.',
      contacts: { hq: { label: 'מטה' }, line: { label: 'קו', note: 'הערה.' } },
      missing: [{ label: 'משרד ההנהלה', reason: 'לא נמצא.' }],
    });
    expect(he.summary).toBe('חברה.');
    expect(he.name).toBe('Acme');
    expect(he.contacts.map((c) => [c.id, c.label, c.value, c.source])).toEqual([
      ['line', 'קו', { e164: '+18005551234' }, 's'],
      ['hq', 'מטה', { lines: ['1 Main St'], city: 'Dallas' }, 's'],
    ]);
    expect(he.contacts[0]!.note).toBe('הערה.');
    expect(he.missing[0]).toEqual({ label: 'משרד ההנהלה', rung: 'executive', reason: 'לא נמצא.', source: 's' });
    expect(company.summary).toBe('A company.'); // the entry itself is untouched
  });

  it("merges a law's deadlines item by item and replaces the reader's own lists", () => {
    const tactic = { aka: ['Be nice'], laws: [{ name: 'Law', citation: 'X 1', deadlines: [{ amount: 14, unit: 'days', from: 'delivery' }] }] };
    const nb = applyOverlay(tactic, { aka: ['Vær hyggelig', 'Behold roen'], laws: [{ name: 'Lov', deadlines: [{ from: 'levering' }] }] });
    expect(nb.aka).toEqual(['Vær hyggelig', 'Behold roen']);
    expect(nb.laws[0]).toEqual({ name: 'Lov', citation: 'X 1', deadlines: [{ amount: 14, unit: 'days', from: 'levering' }] });
  });
});
