import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Examples import the package by name, as users do; tests run them against the source.
  resolve: {
    alias: [
      { find: /^ogi-report\/testing$/, replacement: fileURLToPath(new URL('./src/testing/index.ts', import.meta.url)) },
      {
        find: /^ogi-report\/fixtures$/,
        replacement: fileURLToPath(new URL('./src/fixtures/index.ts', import.meta.url)),
      },
      { find: /^ogi-report\/html$/, replacement: fileURLToPath(new URL('./src/html/index.ts', import.meta.url)) },
      { find: /^ogi-report\/docx$/, replacement: fileURLToPath(new URL('./src/docx/index.ts', import.meta.url)) },
      { find: /^ogi-report\/pdf$/, replacement: fileURLToPath(new URL('./src/pdf/index.ts', import.meta.url)) },
      { find: /^ogi-report$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    // Property tests run hundreds of reports each: a loaded CI machine must not turn them into timeouts.
    testTimeout: 60_000,
    include: ['test/**/*.test.ts'],
    // The slow suites run with `npm run test:slow` (vitest.slow.config.ts).
    exclude: ['test/slow/**', 'node_modules/**'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: 'tsconfig.dev.json' },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text', 'html', 'json-summary'],
      thresholds: { lines: 90, functions: 90, branches: 85, statements: 90 },
    },
  },
});
