import { describe, expect, it } from 'vitest';
import { groupByInitial } from '../../src/lib/text/alphabet';

const byName = (name: string) => name;
const letters = (groups: { letter: string }[]) => groups.map((g) => g.letter);

describe('groupByInitial', () => {
  it('groups names under their upper-case initial, in alphabetical order', () => {
    const groups = groupByInitial(['Verizon', 'AT&T', 'delta', 'Comcast', 'Expedia', 'T-Mobile', 'United'], byName);
    expect(letters(groups)).toEqual(['A', 'C', 'D', 'E', 'T', 'U', 'V']);
    expect(groups.find((g) => g.letter === 'D')?.items).toEqual(['delta']);
  });

  it('puts names starting with a digit or a symbol under "#", after the letters', () => {
    const groups = groupByInitial(['3M', 'Zappos', '@Home', 'Apple', '7-Eleven'], byName);
    expect(letters(groups)).toEqual(['A', 'Z', '#']);
    expect(groups.at(-1)?.items).toEqual(expect.arrayContaining(['3M', '@Home', '7-Eleven']));
    expect(groups.at(-1)?.items).toHaveLength(3);
  });

  it('files an accented initial under its plain letter', () => {
    const groups = groupByInitial(['Émile', 'Eurostar', 'Ángel'], byName);
    expect(letters(groups)).toEqual(['A', 'E']);
    expect(groups.find((g) => g.letter === 'E')?.items).toHaveLength(2);
  });

  // BUG (src/lib/alphabet.ts:5-6): NFKD does not decompose letters such as
  // Ø, Ł or Æ, so "Ørsted", "Łódź" and "Æon" are filed under "#" with digits
  // and symbols instead of under O, L and A (or a letter of their own).
  it('files a letter that has no decomposition under a letter, not "#"', () => {
    const groups = groupByInitial(['Ørsted', 'Łódź'], byName);
    expect(letters(groups)).not.toContain('#');
  });

  it('sorts names within a letter without regard to case', () => {
    const groups = groupByInitial(['jetBlue', 'JennAir', 'Jet2'], byName);
    expect(groups).toEqual([{ letter: 'J', items: ['JennAir', 'Jet2', 'jetBlue'] }]);
  });

  it('reads the name through the accessor it is given', () => {
    const companies = [
      { id: 'united', name: 'United Airlines' },
      { id: 'att', name: 'AT&T' },
      { id: 'tmo', name: 'T-Mobile' },
    ];
    const groups = groupByInitial(companies, (c) => c.name);
    expect(groups.map((g) => [g.letter, g.items.map((c) => c.id)])).toEqual([
      ['A', ['att']],
      ['T', ['tmo']],
      ['U', ['united']],
    ]);
  });

  it('answers no groups for no names', () => {
    expect(groupByInitial([], byName)).toEqual([]);
  });
});

describe('groupByInitial in the page language', () => {
  it('on a Hebrew page, puts the Hebrew letters first, in the Hebrew order', () => {
    const groups = groupByInitial(['פלאפון', 'Delta', 'בזק', 'אל על', 'סלקום', 'Amazon'], byName, 'he');
    expect(letters(groups)).toEqual(['א', 'ב', 'ס', 'פ', 'A', 'D']);
  });

  it('on a Norwegian page, keeps Æ, Ø and Å as letters after Z', () => {
    const groups = groupByInitial(['Ørland Kraft', 'Telenor', 'Åsane Taxi', 'Zalando', 'Ice'], byName, 'nb');
    expect(letters(groups)).toEqual(['I', 'T', 'Z', 'Ø', 'Å']);
  });
});
