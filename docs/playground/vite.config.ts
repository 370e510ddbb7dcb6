/**
 * Builds the playground (`npm run playground`) into docs/playground/dist: the page, its script
 * bundled with the library's built entries (dist/, so only public entries are used), pdf.js and its
 * worker as chunks of their own, and pdf.js's CMaps and standard fonts copied beside them — the
 * page asks nothing of the network.
 */
import { cpSync } from 'node:fs';
import { defineConfig } from 'vite';

const here = (path: string) => new URL(path, import.meta.url).pathname;
const pdfjs = here('../../node_modules/pdfjs-dist/');

export default defineConfig({
  root: here('.'),
  base: './',
  logLevel: 'warn',
  resolve: {
    alias: [
      { find: /^ogi-report$/, replacement: here('../../dist/index.js') },
      { find: /^ogi-report\/(pdf|html|docx)$/, replacement: `${here('../../dist/')}$1/index.js` },
    ],
  },
  build: { outDir: here('dist'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4096 },
  plugins: [
    {
      name: 'pdfjs-resources',
      writeBundle() {
        cpSync(`${pdfjs}cmaps`, here('dist/cmaps'), { recursive: true });
        cpSync(`${pdfjs}standard_fonts`, here('dist/standard_fonts'), { recursive: true });
      },
    },
  ],
});
