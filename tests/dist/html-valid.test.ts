/** Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json). */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { builtPages } from '../support/dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = builtPages();

test('there are pages to validate', () => {
  expect(pages.length).toBeGreaterThan(20);
});

test.each(pages)('$path is valid HTML', async ({ file }) => {
  const report = await validator.validateFile(file);
  const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
  expect(messages).toEqual([]);
});
