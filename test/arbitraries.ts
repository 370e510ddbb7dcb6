import fc from 'fast-check';
import {
  NOT_APPLICABLE,
  emptyReport,
  layoutOf,
  money,
  setCells,
  type CellLayout,
  type CellValue,
  type Edition,
  type Report,
} from '../src/index.js';

/** A decimal string with up to 4 decimals, canonical (no trailing zeros), as Decimal would print it. */
export const decimalText = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }))
  .map(([n, scale]) => {
    const s = n.toString().padStart(scale + 1, '0');
    const text = scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`;
    return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  });

/** Any value a cell of this column may hold, blank and not-applicable included. */
export function cellValue(cell: CellLayout): fc.Arbitrary<CellValue> {
  const special = fc.constantFrom<CellValue>(null, NOT_APPLICABLE);
  const number =
    cell.column.kind === 'money'
      ? fc.tuple(decimalText, fc.constantFrom('元' as const, '万元' as const)).map(([a, u]) => money(a, u))
      : cell.column.kind === 'signed'
        ? fc.integer({ min: -1_000_000, max: 1_000_000 })
        : fc.oneof(fc.nat({ max: 1000 }), fc.constant(0), fc.constant(Number.MAX_SAFE_INTEGER));
  return fc.oneof({ arbitrary: number, weight: 4 }, { arbitrary: special, weight: 1 });
}

/** Arbitrary reports of one or both editions: every cell in any of its states, arbitrary prose. */
export function arbitraryReport(edition?: Edition): fc.Arbitrary<Report> {
  const ed = edition ? fc.constant(edition) : fc.constantFrom<Edition>('2019', '2021');
  return ed.chain((e) => {
    const cells = layoutOf(e).cells;
    return fc
      .record({
        reportYear: e === '2019' ? fc.integer({ min: 2019, max: 2020 }) : fc.integer({ min: 2021, max: 2040 }),
        name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
        code: fc.option(fc.string({ maxLength: 18 }), { nil: undefined }),
        level: fc.option(fc.constantFrom('national', 'provincial', 'municipal', 'county', 'township' as const), { nil: undefined }),
        scope: fc.constantFrom('self' as const, 'aggregate' as const),
        prose: fc.tuple(fc.string({ unit: 'grapheme' }), fc.string(), fc.string({ unit: 'binary' })),
        values: fc.tuple(...cells.map(cellValue)),
      })
      .map(({ reportYear, name, code, level, scope, prose, values }) => {
        const agency = { name, ...(code !== undefined && { code }), ...(level !== undefined && { level }) };
        const base = emptyReport({ edition: e, reportYear, agency, scope });
        const updates = Object.fromEntries(cells.map((c, i) => [c.key, values[i]]));
        const filled = setCells(base as Report, updates as never);
        return { ...filled, overview: prose[0], problems: prose[1], otherMatters: prose[2] } as Report;
      });
  });
}
