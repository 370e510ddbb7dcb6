/**
 * Bundle gates: what a consumer's bundler keeps. Built from src with esbuild (which honours our
 * `sideEffects: false`), minified, as a browser bundle.
 */
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const src = (file: string) => new URL(`../src/${file}`, import.meta.url).pathname;

/** The browsers the README promises: what Object.hasOwn and Array.prototype.at need. */
export const BROWSER_BASELINE = ['chrome93', 'edge93', 'firefox92', 'safari15.4'];

async function bundle(
  contents: string,
  external: string[] = [],
  target?: string[],
): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    ...(target && { target }),
    stdin: { contents, resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    external,
    logLevel: 'silent',
  });
  const meta = result.metafile as Metafile;
  // Only what the output keeps: `meta.inputs` lists every module parsed, even those shaken out.
  const kept = Object.values(meta.outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([k]) => k),
  );
  return { code: result.outputFiles[0]?.text ?? '', inputs: kept };
}

/**
 * The full entry, minified (zod classic and decimal.js included), must stay under this: 232,742 B when
 * set; 260,012 B after the readers' shared back end, exact arithmetic and many-report formats;
 * 275,841 B with repairs (src/repair is 11 KB of it; zod classic is 99 KB, the largest part);
 * 291,573 B with the inspector, its stylesheet, the wide layout and codebook, and the register vocabulary;
 * 310,661 B with the reader's one-line speedups (typed-array cell marks, the digit-trade proof);
 * 314,855 B with the readers' limits and coalesced findings (#31), and room for the renderers' escaping;
 * 328,733 B with the register vocabulary's short forms, typo suggestions and date forms, and the options
 * prologue of every function (#34);
 * 340,109 B with the dataset streams, the compiled wide-row checks (#35) and auditReport (#33);
 * 356,049 B with the repairs' blank elimination and bounds, the audit's slip grouping and the
 * inspector's audit view (#33);
 * ~365,000 B with the reader's explanation (cell sources), its regroupings of pages with a cell per line
 * and the reading stages as modules (#32).
 */
const FULL_ENTRY_CEILING = 380_000;

describe('bundles', () => {
  it('importing only the model and builders pulls in neither the parser, the renderers, the checks nor zod', async () => {
    const { code, inputs } = await bundle(`import { emptyReport, setCells, getCell, money } from '${src('index.ts')}';
      const r = setCells(emptyReport({ edition: '2021', reportYear: 2024, agency: { name: 'x' } }), { 'requests.received.total': 1 });
      console.log(getCell(r, 'requests.received.total'), money('1', '元'));`);
    expect(inputs.filter((i) => /src\/(parse|format|check|analyze|testing)\//.test(i))).toEqual([]);
    expect(inputs.some((i) => i.includes('node_modules/zod'))).toBe(false);
    expect(code).not.toContain('NO_REPORT_FOUND');
    expect(code.length).toBeLessThan(60_000);
  });

  it('the full entry builds for the browser (no Node built-ins) under the size ceiling, without fast-check', async () => {
    const { code, inputs } = await bundle(`export * from '${src('index.ts')}';`);
    expect(inputs.filter((i) => i.startsWith('node:') || /^(fs|path|process|url|crypto)$/.test(i))).toEqual([]);
    expect(inputs.some((i) => i.includes('fast-check'))).toBe(false);
    expect(code.length).toBeLessThan(FULL_ENTRY_CEILING);
    console.info(`full entry, minified: ${code.length} bytes`);
  });

  it('every entry builds for the stated browser baseline, and src uses no built-in newer than it', async () => {
    for (const entry of ['index.ts', 'fixtures/index.ts', 'html/index.ts', 'pdf/index.ts', 'docx/index.ts'])
      await expect(bundle(`export * from '${src(entry)}';`, ['buffer'], BROWSER_BASELINE)).resolves.toBeDefined();
    // esbuild checks syntax against the target; built-ins it cannot see are checked here by name.
    const newer =
      /\.(findLast|findLastIndex|toSorted|toReversed|toSpliced|isWellFormed)\(|\b(structuredClone|Object\.groupBy|Map\.groupBy|Promise\.withResolvers|Array\.fromAsync)\b|\(\?<[=!]/;
    const { readdirSync, readFileSync } = await import('node:fs');
    const files = readdirSync(src(''), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'));
    const offending = files.filter((f) => newer.test(readFileSync(src(f), 'utf8')));
    expect(offending).toEqual([]);
  });

  it('the testing entry builds for the browser with fast-check external', async () => {
    const { inputs } = await bundle(`export * from '${src('testing/index.ts')}';`, ['fast-check']);
    expect(inputs.some((i) => i.includes('node_modules/fast-check'))).toBe(false);
  });

  it('the html entry builds for the browser with parse5 bundled, and the core entry never pulls parse5 in', async () => {
    const { code, inputs } = await bundle(`export * from '${src('html/index.ts')}';`);
    expect(inputs.some((i) => i.includes('node_modules/parse5'))).toBe(true);
    expect(inputs.filter((i) => i.startsWith('node:'))).toEqual([]);
    console.info(`html entry with parse5, minified: ${code.length} bytes`);
    const core = await bundle(`export * from '${src('index.ts')}';`);
    expect(core.inputs.some((i) => i.includes('parse5') || i.includes('pdfjs'))).toBe(false);
  });

  it('the docx entry builds for the browser with docx and fflate bundled; the core entry never pulls them in', async () => {
    // docx names Node's `buffer` on a path browsers never take (atob is there): left external.
    const { code, inputs } = await bundle(`export * from '${src('docx/index.ts')}';`, ['buffer']);
    expect(inputs.some((i) => i.includes('node_modules/docx'))).toBe(true);
    expect(inputs.some((i) => i.includes('node_modules/fflate'))).toBe(true);
    console.info(`docx entry with docx and fflate, minified: ${code.length} bytes`);
    const core = await bundle(`export * from '${src('index.ts')}';`);
    expect(core.inputs.some((i) => /node_modules\/(docx|fflate|jszip)/.test(i))).toBe(false);
  });

  it('the pdf entry builds for the browser with pdf.js bundled (its worker is loaded separately)', async () => {
    const { code, inputs } = await bundle(`export * from '${src('pdf/index.ts')}';`);
    expect(inputs.some((i) => i.includes('node_modules/pdfjs-dist/legacy/build/pdf.mjs'))).toBe(true);
    expect(inputs.filter((i) => i.startsWith('node:') || i.includes('parse5'))).toEqual([]);
    console.info(`pdf entry with pdf.js, minified: ${code.length} bytes`);
  });
});
