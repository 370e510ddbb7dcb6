/** Every exported function of every entry has a TSDoc `@example`: the API docs show how each is called. */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const entries = ['index', 'fixtures/index', 'testing/index', 'html/index', 'pdf/index'].map((e) =>
  fileURLToPath(new URL(`../src/${e}.ts`, import.meta.url)),
);

describe('TSDoc', () => {
  it('every exported function (and function-valued constant) has an @example', () => {
    const program = ts.createProgram(entries, {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
    });
    const checker = program.getTypeChecker();
    const missing = new Set<string>();
    let functions = 0;
    for (const entry of entries) {
      const file = program.getSourceFile(entry) as ts.SourceFile;
      const module = checker.getSymbolAtLocation(file) as ts.Symbol;
      for (const exported of checker.getExportsOfModule(module)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const declaration = symbol.declarations?.[0];
        if (!declaration) continue;
        const callable =
          ts.isFunctionDeclaration(declaration) ||
          (ts.isVariableDeclaration(declaration) &&
            checker.getTypeOfSymbolAtLocation(symbol, declaration).getCallSignatures().length > 0 &&
            !/Schema$/.test(symbol.name));
        if (!callable || declaration.getSourceFile().fileName.includes('node_modules')) continue;
        functions++;
        const tags = symbol.getJsDocTags(checker).map((t) => t.name);
        if (!tags.includes('example')) missing.add(symbol.name);
      }
    }
    expect(functions).toBeGreaterThan(40);
    expect([...missing].sort()).toEqual([]);
  }, 60_000);
});
