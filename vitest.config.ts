import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 240_000,
    projects: [
      {
        // Fast: pure domain and library code.
        test: { name: 'unit', include: ['tests/domain/**/*.test.ts', 'tests/lib/**/*.test.ts', 'tests/content/**/*.test.ts'] },
      },
      {
        // Slow: builds the site once (tests/build/setup.ts), then checks dist/.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/build/setup.ts'],
          testTimeout: 240_000,
        },
      },
    ],
  },
});
