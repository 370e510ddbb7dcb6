/**
 * Every TypeScript block of the README and the guides compiles: the ones that quote an example are
 * compiled with the examples (npm run typecheck); every other block is compiled here, as a module,
 * against the source (a block declares what it takes from the reader with `declare const`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const docs = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const examples = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(root, 'examples', f), 'utf8').trimEnd());

describe('the code in the README and the guides', () => {
  it('every TypeScript block type-checks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ogi-blocks-'));
    const files: string[] = [];
    for (const doc of docs) {
      const text = readFileSync(join(root, doc), 'utf8');
      [...text.matchAll(/```ts\n([\s\S]*?)```/g)].forEach((m, i) => {
        const code = (m[1] as string).trimEnd();
        if (examples.includes(code)) return; // an example, compiled by npm run typecheck
        const file = join(dir, `${doc.replace(/\W+/g, '-')}-${i}.ts`);
        writeFileSync(file, `${code}\nexport {};\n`);
        files.push(file);
      });
    }
    expect(files.length).toBeGreaterThanOrEqual(5);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' })); // blocks are ES modules, as in the guides
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: join(root, 'tsconfig.dev.json'),
        compilerOptions: {
          noEmit: true,
          noUnusedLocals: false,
          rootDir: '/',
          typeRoots: [join(root, 'node_modules', '@types')],
        },
        files,
      }),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    } catch (e) {
      output = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(output).toBe('');
  }, 120_000);
});
