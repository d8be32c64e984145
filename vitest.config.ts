// One test run for the whole suite: unit (compiler, charts), graphql (SQLite and PostgreSQL),
// import and browser tests. The PostgreSQL cluster is started once for all files.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    reporters: process.env.CI ? ['default', './tests/support/summary-reporter.ts'] : ['default'],
  },
});
