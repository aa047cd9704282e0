/**
 * Accessibility on every company page, as tests/e2e/a11y.test.ts does for the
 * other pages: axe-core, WCAG 2.2 AA, light and dark, 1280 and 320 px wide, and
 * no sideways scrolling at 320 px. A file of its own so that a second worker
 * audits the companies while the first audits the rest.
 */
import { readCollection } from '../support/content';
import { AUDITED_PATHS, auditInEveryMode, isCompanyPage } from '../support/page-audit';
import { expect, test } from '../support/fixtures';

const paths = AUDITED_PATHS.filter(isCompanyPage);

test('every company has its page audited, in every language', () => {
  const ids = readCollection('companies').map((c) => c.id);
  const expected = ['', '/he', '/nb'].flatMap((prefix) => ids.map((id) => `${prefix}/companies/${id}/`));
  expect([...paths].sort()).toEqual(expected.sort());
});

// Four audits of one page: more than the project's minute on a busy machine.
test.for(paths)('%s has no WCAG 2.2 AA violation in light or dark, wide or narrow', { timeout: 180_000 }, async (path, { visit }) => {
  const page = await visit(path);
  expect(await auditInEveryMode(page)).toEqual([]);
});
