// The form-is-data trial: a throwaway third edition (2021 plus a sixth 不予处理 item and a renamed
// 第二十条第（八）项 column) registered in a copy of the project, which must then typecheck and pass
// the per-edition contract test. It changes exactly three files in src/: the new template, the
// registry line, and the previous edition's lastYear. Prints what it changed and the test counts.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'ogi-edition-'));
const skip = new Set(['node_modules', 'dist', '.git', 'coverage', 'scratch', 'api', 'api-md']);
cpSync(root, work, { recursive: true, filter: (src) => !skip.has(src.split('/').at(-1)) });
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));

const changed = [];
const edit = (file, fn) => {
  const path = join(work, file);
  const before = (() => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  })();
  const after = fn(before);
  if (after !== before) writeFileSync(path, after), changed.push(file);
};

// 1. The new template: 2021 with one more （五） item and a renamed column.
edit('src/template/edition2099.ts', () => {
  const source = readFileSync(join(root, 'src/template/edition2021.ts'), 'utf8');
  const at = source.indexOf('export const edition2021 = {');
  const body = source
    .slice(at)
    .replace('export const edition2021 = {', 'export const edition2099 = {')
    .replace("edition: '2021',", "edition: '2099',")
    .replace('firstYear: 2021,', 'firstYear: 2099,')
    .replace(
      /^(\s*)notProcessedRow,$/m,
      "$1{ ...notProcessedRow, children: [...notProcessedRow.children, { key: 'generatedContent', label: '6.要求提供生成式内容', labelEn: '6. Request for generated content' }] },",
    )
    .replace("label: '本年收费金额（单位：万元）'", "label: '本年收费总额（单位：万元）'");
  return source.slice(0, at) + body;
});
// 2. The registry line (and its import).
edit('src/template/templates.ts', (s) =>
  s
    .replace(
      "import { edition2021 } from './edition2021.js';",
      "import { edition2021 } from './edition2021.js';\nimport { edition2099 } from './edition2099.js';",
    )
    .replace(
      "const registry = { '2019': edition2019, '2021': edition2021 } as const;",
      "const registry = { '2019': edition2019, '2021': edition2021, '2099': edition2099 } as const;",
    ),
);
// 3. The previous edition ends.
edit('src/template/edition2021.ts', (s) => s.replace('firstYear: 2021,', 'firstYear: 2021,\n  lastYear: 2098,'));

const run = (cmd, args) => execFileSync(cmd, args, { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let status = 0;
try {
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit']);
  const out = run(process.execPath, [
    join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    'test/template/contract.test.ts',
    '--reporter=json',
  ]);
  const r = JSON.parse(out.slice(out.indexOf('{')));
  console.log(
    JSON.stringify({
      srcFilesChanged: changed.filter((f) => f.startsWith('src/')),
      passed: r.numPassedTests,
      failed: r.numFailedTests,
      editions: r.testResults[0]?.assertionResults
        .map((a) => a.ancestorTitles.at(-1))
        .filter((v, i, a) => a.indexOf(v) === i),
    }),
  );
  if (r.numFailedTests > 0) status = 1;
} catch (e) {
  console.log(
    JSON.stringify({ srcFilesChanged: changed, error: `${e.stdout ?? ''}${e.stderr ?? e.message}`.slice(0, 3000) }),
  );
  status = 1;
}
rmSync(work, { recursive: true, force: true });
process.exit(status);
