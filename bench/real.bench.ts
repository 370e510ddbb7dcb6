/**
 * Speed on real published material, as a one-off user meets it and as a long-running reader does:
 * the seed's crawled text (盐城市人社局 2020), the same page on one line (newlines dropped, digits
 * run together, as a crawler's page text has it), and the shared real PDF (淮安市 2024, when
 * ../shared/samples is beside the repository). "First call" is the first read in a fresh Node
 * process (module loading excluded, JIT cold), the median of 7 processes; "warm" is the median of 50
 * reads after 10 unmeasured ones in one process. No target: these are the figures the README states.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const seedFile = fileURLToPath(new URL('../examples/yancheng-hrss-2020.txt', import.meta.url));
const pdfFile = fileURLToPath(new URL('../../shared/samples/huaian-2024.pdf', import.meta.url));

interface Material {
  readonly name: string;
  /** A module body that defines `read()` (sync or async) from the built package. */
  readonly setup: string;
}

const materials: Material[] = [
  {
    name: 'seed text (crawled page text, 63 lines)',
    setup: `const { parseReport } = await import('ogi-report');
const text = readFileSync(${JSON.stringify(seedFile)}, 'utf8');
const read = () => parseReport(text);`,
  },
  {
    name: 'seed page on one line (digits run together)',
    setup: `const { parseReport } = await import('ogi-report');
const text = readFileSync(${JSON.stringify(seedFile)}, 'utf8').replace(/\\n/g, '');
const read = () => parseReport(text);`,
  },
];
if (existsSync(pdfFile))
  materials.push({
    name: 'real PDF, 6 pages (huaian-2024.pdf; pdf.js included)',
    setup: `const { parsePdf } = await import('ogi-report/pdf');
const bytes = readFileSync(${JSON.stringify(pdfFile)});
const read = () => parsePdf(new Uint8Array(bytes));`,
  });

/** Runs `body` after the material's setup in a fresh process; returns the numbers it prints. */
function inFreshProcess(material: Material, body: string): number[] {
  const code = `import { readFileSync } from 'node:fs';\n${material.setup}\n${body}`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
  return out.trim().split(/\s+/).map(Number);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (x: number) => `${x.toFixed(2)} ms`;

console.log('\nReal published material: first call in a fresh process, and warm (built library)');
console.log(`  ${'material'.padEnd(56)} ${'first call'.padStart(12)} ${'(range)'.padStart(18)} ${'warm'.padStart(10)}`);
for (const material of materials) {
  const first: number[] = [];
  for (let i = 0; i < 7; i++)
    first.push(
      ...inFreshProcess(material, 'const t0 = performance.now(); await read(); console.log(performance.now() - t0);'),
    );
  const warm = inFreshProcess(
    material,
    `for (let i = 0; i < 10; i++) await read();
const times = [];
for (let i = 0; i < 50; i++) { const t0 = performance.now(); await read(); times.push(performance.now() - t0); }
console.log(times.join(' '));`,
  );
  const range = `${ms(Math.min(...first))}–${ms(Math.max(...first))}`;
  console.log(
    `  ${material.name.padEnd(56)} ${ms(median(first)).padStart(12)} ${range.padStart(18)} ${ms(median(warm)).padStart(10)}`,
  );
}
