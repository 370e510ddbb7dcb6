import { buildReport, readCell } from '../../src/_internal/buildReport.js';
import { checkReport, Decimal, layoutOf, type ParseFinding, type ParseResult, type Report } from '../../src/index.js';
import { cellsOfRow } from '../../src/template/layout.js';

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
  const out = { exact: 0, flagged: 0, silent: [] as string[], wrong: [] as string[], wrongKeys: new Set<string>() };
  const onRow = (f: ParseFinding, section: string, row: string) =>
    f.severity !== 'info' &&
    f.location?.section === section &&
    (f.location?.row === row || f.rows?.includes(row) === true);
  for (const c of layoutOf(truth.edition).cells) {
    const got = back.report ? readCell(back.report, c.segments) : undefined;
    if (same(readCell(truth, c.segments), got)) out.exact++;
    else {
      out.wrong.push(`${c.key}: ${String(readCell(truth, c.segments))} → ${String(got)}`);
      out.wrongKeys.add(c.key);
      if (back.findings.some((f) => onRow(f, c.section.key, c.path))) out.flagged++;
      else out.silent.push(c.key);
    }
  }
  return out;
}

/** Most combined readings of three or four runs {@link undetermined} tries per report. */
const MOST_TRIES = 20_000;

/**
 * Of the cells `wanted` (those read wrong), the ones no reader could read from the text: two reports
 * differ there that both print the same text and break no more of the checker's rules than the
 * truth — the truth, and the truth with a reading that an ambiguous finding names in place of its
 * cells. Readings of two findings are tried together where one alone proves nothing, since rows can
 * trade digits only jointly (a column sum keeps both), and of three or four while cells stay open.
 * With `previous`, the cross-year rules count too.
 */
export function undetermined(
  truth: Report,
  back: ParseResult,
  print: (r: Report) => string,
  wanted: ReadonlySet<string>,
  previous?: Report,
): Set<string> {
  const layout = layoutOf(truth.edition);
  const text = print(truth);
  const errors = (r: Report) =>
    checkReport(r, previous && { previous }).findings.filter((f) => f.severity === 'error').length;
  const most = errors(truth);
  const runs = back.findings.flatMap((f) => {
    if (f.code !== 'DIGITS_AMBIGUOUS' || !f.candidates || !f.location?.row) return [];
    const rows = (f.rows ?? [f.location.row]).map((k) =>
      layoutOf(truth.edition).rowByKey.get(`${f.location?.section}.${k}`),
    );
    const slots = rows.flatMap((r) => (r ? cellsOfRow(layout, r) : []));
    const changes = f.candidates.map((reading) => new Map(slots.map((c, s) => [c.index, reading[s] as unknown])));
    return slots.some((c) => wanted.has(c.key)) ? [{ slots, changes }] : [];
  });
  const out = new Set<string>();
  const open = (k: number) => runs[k]?.slots.some((c) => wanted.has(c.key) && !out.has(c.key)) === true;
  const tryChange = (change: ReadonlyMap<number, unknown>) => {
    const alt = buildReport(
      truth as never,
      (c) => (change.has(c.index) ? change.get(c.index) : readCell(truth, c.segments)) as never,
    );
    if (print(alt) !== text || errors(alt) > most) return;
    for (const c of layout.cells)
      if (change.has(c.index) && !same(change.get(c.index), readCell(truth, c.segments))) out.add(c.key);
  };
  // One run's readings, then two runs' together (rows trade digits only jointly: a column sum keeps
  // both), then three or four (+30, −50, +20 in one column): each combination with a run still open,
  // those of three or more at most MOST_TRIES in all.
  let tries = 0;
  const together = (
    size: number,
    from: number,
    picked: number,
    anyOpen: boolean,
    change: ReadonlyMap<number, unknown>,
  ) => {
    if (picked === size) {
      if (anyOpen && (size < 3 || tries++ < MOST_TRIES)) tryChange(change);
      return;
    }
    for (let x = from; x < runs.length && (size < 3 || tries < MOST_TRIES); x++)
      for (const a of runs[x]?.changes ?? [])
        together(size, x + 1, picked + 1, anyOpen || open(x), new Map([...change, ...a]));
  };
  for (const size of [1, 2, 3, 4]) together(size, 0, 0, false, new Map());
  return out;
}
