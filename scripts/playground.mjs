// Builds the playground (`npm run playground`) into docs/playground/dist/: classic scripts, so that
// the page opens from `file://` as from any static server — playground.js (the page, ogi-report's
// built entries, the HTML and Word readers) and pdf-reader.js (the PDF entry and pdf.js, its worker
// in the page's thread), loaded with the first PDF — and pdf.js's CMaps and standard fonts beside
// them. Only the package's public entries are used (dist/, built first by `npm run build`).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url).pathname;
const page = `${root}docs/playground/`;
const out = `${page}dist/`;
const entry = (name) => `${root}dist/${name}/index.js`;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const common = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  logLevel: 'warning',
  legalComments: 'none',
  // The PDF entry reads `import.meta.resolve` to find pdf.js's files in Node, guarded: the page gives their URLs.
  logOverride: { 'empty-import-meta': 'silent' },
  alias: {
    'ogi-report/pdf': entry('pdf'),
    'ogi-report/html': entry('html'),
    'ogi-report/docx': entry('docx'),
    'ogi-report': `${root}dist/index.js`,
  },
  // docx asks for Node's buffer only where Node has it; the browser path does without.
  external: ['buffer'],
};
const main = await build({
  ...common,
  metafile: true,
  entryPoints: [`${page}main.ts`],
  outfile: `${out}playground.js`,
});
const pdf = await build({
  ...common,
  metafile: true,
  entryPoints: [`${page}pdfReader.ts`],
  outfile: `${out}pdf-reader.js`,
});
// What each part weighs in the built scripts (bytes of output), for the page's README and its test.
const part = (result, test) =>
  Object.values(result.metafile.outputs)
    .flatMap((o) => Object.entries(o.inputs))
    .filter(([input]) => test(input))
    .reduce((n, [, i]) => n + i.bytesInOutput, 0);
const total = (result) => Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
const worker = part(pdf, (i) => i.includes('pdfjs-dist/legacy/build/pdf.worker'));
const pdfjs = part(pdf, (i) => i.includes('pdfjs-dist/legacy/build/pdf.mjs'));
const sizes = { page: total(main), pdfjs, worker, pdfReader: total(pdf) - pdfjs - worker };
writeFileSync(
  `${out}index.html`,
  readFileSync(`${page}index.html`, 'utf8').replace(
    '<script type="module" src="./main.ts"></script>',
    '<script defer src="./playground.js"></script>',
  ),
);
cpSync(`${page}style.css`, `${out}style.css`);
writeFileSync(`${out}sizes.json`, `${JSON.stringify({ ...sizes, css: readFileSync(`${out}style.css`).length })}\n`);
const pdfjsDir = `${root}node_modules/pdfjs-dist/`;
cpSync(`${pdfjsDir}cmaps`, `${out}cmaps`, { recursive: true });
cpSync(`${pdfjsDir}standard_fonts`, `${out}standard_fonts`, { recursive: true });
console.log(`playground built into ${out}`);
