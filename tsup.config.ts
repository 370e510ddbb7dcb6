import { defineConfig, type Options } from 'tsup';

const common: Options = {
  target: 'node20',
  platform: 'neutral',
  sourcemap: true,
  dts: true,
};

export default defineConfig([
  // ESM: one file per source module, so `sideEffects: false` lets consumer bundlers drop whole modules (zod included).
  { ...common, entry: ['src/**/*.ts'], bundle: false, format: ['esm'] },
  // CJS: a single bundled file for require() consumers.
  { ...common, entry: ['src/index.ts'], format: ['cjs'] },
]);
