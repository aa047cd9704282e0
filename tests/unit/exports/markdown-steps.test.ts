import { describe, expect, it } from 'vitest';
import { plainText, stepsFromMarkdown } from '../../../src/lib/content/markdown-steps';

describe('stepsFromMarkdown', () => {
  it('reads the ordered list under the Steps heading as plain text', () => {
    const body = [
      'Intro with a list:',
      '',
      '1. not a step',
      '',
      '## Steps',
      '',
      '1. Write the **problem** down.',
      '2. Read [the tactic](/tactics/x/) and `note` it,',
      '   then carry on.',
      '',
      '3. Call _them_.',
      '',
      '## Why it works',
      '',
      '1. not a step either',
    ].join('\n');
    expect(stepsFromMarkdown(body)).toEqual(['Write the problem down.', 'Read the tactic and note it, then carry on.', 'Call them.']);
  });

  it('falls back to the first ordered list when there is no Steps heading', () => {
    expect(stepsFromMarkdown('Text\n\n1. One\n2. Two\n\nAfter')).toEqual(['One', 'Two']);
  });

  it('gives no steps for a body without a list', () => {
    expect(stepsFromMarkdown('Just prose.')).toEqual([]);
  });
});

describe('plainText', () => {
  it('keeps what a reader sees', () => {
    expect(plainText('See [AT&T](/companies/att/) and ![logo](/x.png) **now**')).toBe('See AT&T and logo now');
  });
});
