// Packs the package, installs the tarball into three throwaway consumer projects (NodeNext ESM,
// NodeNext CJS, Bundler), typechecks a consumer file in each with this project's TypeScript, and
// imports / requires the package at run time. No network: dependencies are linked from node_modules.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'ogi-consumer-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root))[0];
console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${packed.size} bytes`);

const consumer = `import { Decimal, checkReport, emptyReport, money, setCell, type Report2019 } from 'ogi-report';
import { assertConsistent, consistentReport2021 } from 'ogi-report/testing';

const r = emptyReport({ edition: '2019', reportYear: 2020, agency: { name: 'x' } });
const next: Report2019 = setCell(r, 'requests.received.total', 1);
// @ts-expect-error a 2021-only row on a 2019 report
setCell(r, 'requests.outcomes.other.feeUnpaid.total', 1);
// @ts-expect-error a count cell takes a number
setCell(r, 'requests.received.total', '1');
// @ts-expect-error money is a Decimal, never a float (fails if Decimal's type degrades to any)
const n: number = money('1', '元').amount;
const d: Decimal = money('1', '元').amount;
assertConsistent(consistentReport2021);
export const codes: string[] = checkReport(next).findings.map((f) => f.code);
export { n, d };
`;

const modes = {
  'nodenext-esm': { type: 'module', compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } },
  'nodenext-cjs': { type: 'commonjs', compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } },
  bundler: { type: 'module', compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' } },
};
let failed = 0;
for (const [name, mode] of Object.entries(modes)) {
  const dir = join(work, name);
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  run('tar', ['-xzf', join(work, packed.filename), '-C', dir]);
  run('mv', [join(dir, 'package'), join(dir, 'node_modules', 'ogi-report')]);
  for (const dep of [
    'zod',
    'decimal.js',
    'fast-check',
    'pure-rand',
    'parse5',
    'entities',
    'pdfjs-dist',
    'docx',
    'fflate',
  ])
    symlinkSync(join(root, 'node_modules', dep), join(dir, 'node_modules', dep));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: `consumer-${name}`, private: true, type: mode.type }),
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        ...mode.compilerOptions,
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  // The optional readers are ESM only: an ESM consumer imports them statically, a CJS one dynamically.
  const readers =
    mode.type === 'module'
      ? `import { parseHtml } from 'ogi-report/html';\nimport { parsePdf } from 'ogi-report/pdf';\nexport const html: readonly unknown[] = parseHtml('<p>x</p>').findings;\nexport const pdf: Promise<unknown> = parsePdf(new Uint8Array(0));\n`
      : `export const html = import('ogi-report/html').then((m) => m.parseHtml('<p>x</p>').findings.length);\n`;
  writeFileSync(join(dir, 'consumer.ts'), consumer + readers);
  try {
    run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], dir);
    const probe =
      mode.type === 'module'
        ? [
            '--input-type=module',
            '-e',
            "const m = await import('ogi-report'); const t = await import('ogi-report/testing'); const h = await import('ogi-report/html'); const p = await import('ogi-report/pdf'); const d = await import('ogi-report/docx'); if (!d.renderDocx || !m.checkReport || !t.assertConsistent || h.parseHtml('<p>x</p>').findings[0]?.code !== 'NO_REPORT_FOUND' || (await p.parsePdf(new Uint8Array(0))).findings[0]?.code !== 'NO_REPORT_FOUND') process.exit(1);",
          ]
        : [
            '-e',
            "const m = require('ogi-report'); const t = require('ogi-report/testing'); if (!m.checkReport || !t.assertConsistent) process.exit(1); import('ogi-report/html').then((h) => { if (!h.parseHtml) process.exit(1); });",
          ];
    run(process.execPath, probe, dir);
    console.log(`✓ ${name}: typecheck and ${mode.type === 'module' ? 'import' : 'require'} pass`);
  } catch (e) {
    failed++;
    console.log(`✗ ${name}:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

// The guides as a new user runs them: `npm install ogi-report zod` (and the readers' parsers), no
// fast-check — every guide example that does not use ogi-report/testing's arbitraries must run.
const guides = ['quickstart', 'model', 'check', 'repair', 'read', 'readSources', 'tally'];
{
  const dir = join(work, 'guides');
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  mkdirSync(join(dir, 'examples'), { recursive: true });
  mkdirSync(join(dir, 'test', 'fixtures', 'pdf'), { recursive: true });
  run('tar', ['-xzf', join(work, packed.filename), '-C', dir]);
  run('mv', [join(dir, 'package'), join(dir, 'node_modules', 'ogi-report')]);
  for (const dep of ['zod', 'decimal.js', 'parse5', 'entities', 'pdfjs-dist'])
    symlinkSync(join(root, 'node_modules', dep), join(dir, 'node_modules', dep));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer-guides', private: true, type: 'module' }));
  copyFileSync(
    join(root, 'test', 'fixtures', 'pdf', 'seed-2019.pdf'),
    join(dir, 'test', 'fixtures', 'pdf', 'seed-2019.pdf'),
  );
  const { transformSync } = await import('esbuild');
  for (const name of guides) {
    const source = readFileSync(join(root, 'examples', `${name}.ts`), 'utf8');
    const { code } = transformSync(source, { loader: 'ts', format: 'esm', target: 'node20' });
    writeFileSync(join(dir, 'examples', `${name}.js`), code);
  }
  for (const helper of ['seedReport']) {
    const source = readFileSync(join(root, 'examples', `${helper}.ts`), 'utf8');
    writeFileSync(join(dir, 'examples', `${helper}.js`), transformSync(source, { loader: 'ts', format: 'esm' }).code);
  }
  for (const name of guides) {
    try {
      run(process.execPath, [join(dir, 'examples', `${name}.js`)], dir);
      console.log(`✓ guide ${name}: runs with ogi-report and zod only (no fast-check)`);
    } catch (e) {
      failed++;
      console.log(`✗ guide ${name}:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    }
  }
}
rmSync(work, { recursive: true, force: true });
process.exit(failed === 0 ? 0 : 1);
