import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/** `npm run test:slow`: the suites too long for `npm test` (fuzz slices of every file reader); `.ci/run` runs both. */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/slow/**/*.test.ts'],
    exclude: ['node_modules/**'],
    typecheck: { enabled: false },
    testTimeout: 600_000,
  },
});
