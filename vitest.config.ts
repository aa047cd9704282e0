/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Four projects, one runner: unit (pure code, schemas, components through the
// Container API), dist (the built files read from disk: budgets, HTML validity,
// links, exports; no browser), build (real `astro build` runs over fixture
// content that must fail), and e2e (Chromium against the built dist/ served on
// 127.0.0.1, through the fixtures in tests/support/fixtures.ts).
export default getViteConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
          // Vitest's 5 s default: writing two synthetic directories took 5.6 s with a build running beside.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dist',
          include: ['tests/dist/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/built-site.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // Builds are CPU-heavy: run them alone, after the unit tests.
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/e2e-global-setup.ts'],
          // Generous bounds for a loaded machine: a passing test ends as soon as what it waits for is there.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium per file (the `browser` fixture), two files at a time: plenty on two cores.
          maxWorkers: 2,
          sequence: { groupOrder: 2 },
          // A loaded CI machine redraws slowly: polls wait up to 10 s, not vitest's 1 s.
          expect: { poll: { timeout: 10_000, interval: 100 } },
        },
      },
    ],
  },
});
