/** Placeholders filled, and a Hebrew one-letter prefix joined to a Hebrew word but hyphenated before digits or Latin letters. */
import { describe, expect, it } from 'vitest';
import { fill } from '../../../src/lib/text/fill';

describe('fill', () => {
  it('fills each placeholder and leaves an unknown one visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('joins a Hebrew prefix to a Hebrew word, and keeps the hyphen before digits and Latin letters', () => {
    expect(fill('נבדק ב-{date}', { date: 'נובמבר 2026' })).toBe('נבדק בנובמבר 2026');
    expect(fill('נבדק ב-{date}', { date: '12 בפברואר 2024' })).toBe('נבדק ב-12 בפברואר 2024');
    expect(fill('פניות הציבור ב-{company}', { company: 'Comcast' })).toBe('פניות הציבור ב-Comcast');
    expect(fill('פניות הציבור ב-{company}', { company: 'בזק' })).toBe('פניות הציבור בבזק');
  });

  it('leaves a hyphen inside a word alone, and text in other languages as it is', () => {
    expect(fill('בית-{x}', { x: 'ספר' })).toBe('בית-ספר');
    expect(fill('Kl-{x}', { x: 'ב' })).toBe('Kl-ב');
  });
});
