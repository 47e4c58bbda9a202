import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['simulations/**/*.test.ts', 'lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // Components as a learner meets them, found by role and name in a simulated DOM: fast
        // feedback on UI behaviour without a build. Whole journeys stay with Playwright (e2e/).
        extends: true,
        test: {
          name: 'dom',
          include: ['components/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['components/test-setup.ts'],
        },
      },
    ],
  },
});
