import { describe, expect, it } from 'vitest';
import { findNumbersInText } from '../../src/lib/lookup/in-text';

const numbers = (text: string) => findNumbersInText(text).map((n) => n.text);

describe('findNumbersInText', () => {
  it.each([
    ['is 888 714 9824 a real expedia number?', ['888 714 9824']],
    ['who owns 800-221-1212', ['800-221-1212']],
    ['got a call from 866-510-9715, is it legit', ['866-510-9715']],
    ['is 1-800-JENNAIR the right number for jennair', ['1-800-JENNAIR']],
    ['what is +1 888 714 9824', ['+1 888 714 9824']],
    ['can i still call 215.665.1700', ['215.665.1700']],
    ['they said call (866) 510-9715 or 1 800 331 0500.', ['(866) 510-9715', '1 800 331 0500']],
    ['missed call from 2064817200', ['2064817200']],
    ['tel:+18665109715', ['tel:+18665109715']],
    ['+44 20 7946 0000 is london', ['+44 20 7946 0000']],
    ['*053', ['*053']],
    ['is *2000 really bezeq?', ['*2000']],
  ])('%s', (text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });

  it.each(['section 75 claim', '10-K 2019', 'refund after 60 days', 'at&t', '2023 refund', 'call 510-97 please', 'rated 5*', '*1 star'])('finds no number in "%s"', (text) => {
    expect(numbers(text)).toEqual([]);
  });

  it('does not run a number on past the end of a clause', () => {
    expect(numbers('ring 800 221 1212, 2024 was bad')).toEqual(['800 221 1212']);
  });

  it('gives where the number stands, so the words around it can be searched', () => {
    const [found] = findNumbersInText('is 888 714 9824 real');
    expect(found).toEqual({ text: '888 714 9824', start: 3, end: 15 });
  });
});
