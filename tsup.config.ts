import { defineConfig, type Options } from 'tsup';

const common: Options = {
  target: 'node20',
  platform: 'neutral',
  // No source maps: the ESM output is one readable, unminified file per module, and maps (with their
  // sources inlined) were 2.3 MB against 1.0 MB of code.
  sourcemap: false,
  dts: true,
};

export default defineConfig([
  // ESM: one file per source module, so `sideEffects: false` lets consumer bundlers drop whole modules (zod included).
  { ...common, entry: ['src/**/*.ts'], bundle: false, format: ['esm'] },
  // CJS: one bundled file per entry for require() consumers (the testing entry carries its own copy).
  {
    ...common,
    entry: {
      index: 'src/index.ts',
      'testing/index': 'src/testing/index.ts',
      'fixtures/index': 'src/fixtures/index.ts',
    },
    format: ['cjs'],
  },
]);
