// Packs the package from a clean tree (the files git tracks or would track: no dist, no earlier build,
// so the pack itself must build), checks the tarball's file list, installs it into three throwaway
// consumer projects (NodeNext ESM, NodeNext CJS, Bundler), typechecks a consumer file in each with this
// project's TypeScript and imports / requires the package at run time; then runs every guide's example
// from the tarball with only the packages that guide tells its reader to install, comparing what it
// prints with what the guide shows. No network: dependencies are linked from node_modules.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'ogi-consumer-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
let failed = 0;
const fail = (what) => {
  failed++;
  console.log(`✗ ${what}`);
};

// 1. A clean tree, as a fresh clone or a git install has it.
const tree = join(work, 'tree');
for (const file of run('git', ['ls-files', '-z', '-co', '--exclude-standard'], root).split('\0').filter(Boolean)) {
  if (!existsSync(join(root, file))) continue; // deleted in the working tree, not yet committed
  mkdirSync(dirname(join(tree, file)), { recursive: true });
  copyFileSync(join(root, file), join(tree, file));
}
symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
const packOutput = run('npm', ['pack', '--json', '--pack-destination', work], tree);
const packed = JSON.parse(packOutput.slice(packOutput.lastIndexOf('\n[\n') + 1))[0];
console.log(`packed ${packed.filename} from a clean tree: ${packed.entryCount} files, ${packed.size} bytes`);

// 2. The file list: every export target shipped; no tests, sources or source maps.
const shipped = new Set(packed.files.map((f) => f.path));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const targets = (entry) => (typeof entry === 'string' ? [entry] : Object.values(entry).flatMap(targets));
for (const target of [...targets(manifest.exports), manifest.main, manifest.module, manifest.types]) {
  const path = target.replace(/^\.\//, '');
  const pattern = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '[^/]+')}$`);
  if (![...shipped].some((f) => pattern.test(f))) fail(`the tarball has nothing for the export target ${target}`);
}
const unwanted = [...shipped].filter((f) => /^(test|src|bench|scripts|examples)\/|\.map$/.test(f));
if (unwanted.length > 0) fail(`the tarball ships files it should not: ${unwanted.slice(0, 5).join(', ')}`);
else console.log(`✓ tarball: every export target present, no tests, sources or source maps`);

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
    fail(`${name}:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

// 3. Every guide's examples, from the tarball, with what the guide says to install and nothing more.
const guides = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const examples = new Map(
  readdirSync(join(root, 'examples'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [readFileSync(join(root, 'examples', f), 'utf8').trimEnd(), f]),
);
const installs = (text) =>
  [...text.matchAll(/^npm install (.*)$/gm)].flatMap((m) =>
    m[1]
      .replace(/#.*$/, '')
      .split(/\s+/)
      .filter((w) => w && !w.startsWith('-') && w !== 'ogi-report')
      .map((w) => w.replace(/(.)@[^@/]*$/, '$1')),
  );
const readmeInstall = installs(readFileSync(join(root, 'README.md'), 'utf8').match(/^npm install .*$/m)[0]);
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
let ran = 0;
let total = 0;
for (const guide of guides) {
  const text = readFileSync(join(root, guide), 'utf8');
  const found = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].filter((m) => examples.has(m[1].trimEnd()));
  const blocks = found.map((m) => examples.get(m[1].trimEnd()));
  for (const [i, example] of blocks.entries()) {
    // What the guide has told its reader to install by the time the example comes (else the README's first line).
    const told = installs(text.slice(0, found[i].index));
    const deps = new Set([...Object.keys(manifest.dependencies), ...(told.length ? told : readmeInstall)]);
    const source = readFileSync(join(root, 'examples', example), 'utf8');
    const expected = [...source.matchAll(/\/\/ → (.*)$/gm)].map((m) => m[1]);
    if (expected.length === 0) continue; // a module the guide shows for another example to import
    total++;
    const dir = join(work, 'guides', `${guide.replace(/\W+/g, '-')}-${example.replace(/\W+/g, '-')}`);
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    run('tar', ['-xzf', join(work, packed.filename), '-C', dir]);
    run('mv', [join(dir, 'package'), join(dir, 'node_modules', 'ogi-report')]);
    for (const dep of deps) {
      mkdirSync(dirname(join(dir, 'node_modules', dep)), { recursive: true });
      symlinkSync(join(root, 'node_modules', dep), join(dir, 'node_modules', dep));
    }
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'guide-reader', private: true, type: 'module' }));
    for (const shown of blocks) copyFileSync(join(root, 'examples', shown), join(dir, shown));
    try {
      const printed = run(process.execPath, [tsx, example], dir).trimEnd().split('\n');
      if (JSON.stringify(printed) !== JSON.stringify(expected))
        fail(`${guide} · ${example} printed\n${printed.join('\n')}\ninstead of\n${expected.join('\n')}`);
      else {
        ran++;
        console.log(
          `✓ ${guide} · ${example}: runs from the tarball with ${[...deps].join(', ')}; prints what the guide shows`,
        );
      }
    } catch (e) {
      fail(`${guide} · ${example} (with ${[...deps].join(', ')}):\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    }
  }
}
console.log(`${ran} of ${total} guide examples run from the tarball and print what their guide shows`);
rmSync(work, { recursive: true, force: true });
process.exit(failed === 0 && total > 0 ? 0 : 1);
