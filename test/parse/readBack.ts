import { readCell } from '../../src/_internal/buildReport.js';
import { Decimal, layoutOf, type ParseFinding, type ParseResult, type Report } from '../../src/index.js';

const same = (a: unknown, b: unknown) => {
  if (a === b) return true;
  const x = a as { amount?: unknown; unit?: unknown };
  const y = b as { amount?: unknown; unit?: unknown };
  return (
    Decimal.isDecimal(x?.amount) &&
    Decimal.isDecimal(y?.amount) &&
    (x.amount as Decimal).eq(y.amount as Decimal) &&
    x.unit === y.unit
  );
};

/** Sorts every cell of a reading against the truth: exact, blank or wrong with a warning on its row, or silently wrong. */
export function sortCells(truth: Report, back: ParseResult) {
  const out = { exact: 0, flagged: 0, silent: [] as string[], wrong: [] as string[] };
  const onRow = (f: ParseFinding, section: string, row: string) =>
    f.severity !== 'info' &&
    f.location?.section === section &&
    (f.location?.row === row || f.rows?.includes(row) === true);
  for (const c of layoutOf(truth.edition).cells) {
    const got = back.report ? readCell(back.report, c.segments) : undefined;
    if (same(readCell(truth, c.segments), got)) out.exact++;
    else {
      out.wrong.push(`${c.key}: ${String(readCell(truth, c.segments))} → ${String(got)}`);
      if (back.findings.some((f) => onRow(f, c.section.key, c.path))) out.flagged++;
      else out.silent.push(c.key);
    }
  }
  return out;
}
