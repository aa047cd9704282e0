/**
 * Accessibility on every built page but the company pages (a11y-companies.test.ts
 * has those, so two workers audit at once): axe-core with the WCAG 2.2 AA rules,
 * in light and dark mode, at 1280 px and at 320 px wide; and no sideways
 * scrolling at 320 px. One test per page: a single page load, audited in each
 * mode in turn (tests/support/page-audit.ts).
 */
import { AUDITED_PATHS, MISSING_PATHS, auditInEveryMode, isCompanyPage } from '../support/page-audit';
import { expect, test } from '../support/fixtures';

const paths = AUDITED_PATHS.filter((path) => !isCompanyPage(path));

test('audits every page that is not a company’s, the missing page among them', () => {
  expect(paths.length).toBeGreaterThan(20);
  for (const missing of MISSING_PATHS) expect(paths).toContain(missing);
});

// Four audits of one page: more than the project's minute on a busy machine.
test.for(paths)('%s has no WCAG 2.2 AA violation in light or dark, wide or narrow', { timeout: 180_000 }, async (path, { visit }) => {
  const page = await visit(path, { status: MISSING_PATHS.includes(path) ? 404 : 200 });
  expect(await auditInEveryMode(page)).toEqual([]);
});
