import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 240_000,
    projects: [
      {
        // Fast: pure domain and library code.
        test: {
          name: 'unit',
          include: [
            'tests/domain/**/*.test.ts',
            'tests/lib/**/*.test.ts',
            'tests/content/**/*.test.ts',
            'tests/config/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
          ],
        },
      },
      {
        // Functions against a throwaway real PostgreSQL server (tests/functions/setup.ts):
        // concurrency, waitlist, retention, outbox over SMTP. Handlers are called directly.
        test: {
          name: 'functions',
          include: ['tests/functions/**/*.test.ts'],
          globalSetup: ['tests/functions/setup.ts'],
          testTimeout: 120_000,
        },
      },
      {
        // Slow: builds the site once and starts the local stack on it (tests/build/setup.ts),
        // then checks dist/ and drives Chromium through it.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/build/setup.ts'],
          testTimeout: 240_000,
        },
      },
    ],
  },
});
