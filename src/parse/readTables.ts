/**
 * Reading a table section: align the template's rows to the stream, read each placement's values
 * into cells, and decide digit runs jointly with the sum rules. A cell is set only where the
 * alignment placed it; every doubt is a finding on its row.
 */
import { Dec } from '../_internal/decimal.js';
import type { CellValue, Money } from '../model/cell.js';
import type { LocalizedText } from '../model/localizedText.js';
import { cellLocation, describeCell, describeRows } from '../template/describeCell.js';
import { cellsOfRow, type CellLayout, type EditionLayout, type RowLayout } from '../template/layout.js';
import type { BlockTemplate, ColumnTemplate, MoneyUnit, RowTemplate, TableSectionTemplate } from '../template/types.js';
import { align, trimmed, valueCount, type Placement } from './align.js';
import { msg, type ParseFinding, type ParseFindingCode } from './parseFinding.js';
import {
  cellRanges,
  chooseJointly,
  relationsByCell,
  type CellRelation,
  type JointResult,
  type RunChoice,
} from './joint.js';
import {
  leastValues,
  otherReadingNear,
  splitMoneyRun,
  splitRun,
  type RunPiece,
  type RunRow,
  type RunValue,
} from './segment.js';
import { isPlain, type Group, type Stream, type ValueToken } from './tokenize.js';

/** Share of rows printing several numbers, but not their count, from which spaces are taken as noise inside runs. */
const SEPARATED_SHARE = 0.5;
/** Most findings about unread groups of values in one section; the rest are counted in one more. */
const MAX_UNPLACED_FINDINGS = 50;
/** Most candidate readings named in a finding. */
const CANDIDATES_SHOWN = 4;

/** What reading a section needs from the caller. */
export interface SectionContext {
  readonly layout: EditionLayout;
  /** The relations among this year's cells (R1–R4, and R5–R7 given last year's report). */
  readonly relations: readonly CellRelation[];
  /** The 1-based input line of a normalised-text offset. */
  readonly lineOf: (offset: number) => number;
  readonly cells: Map<number, CellValue>;
  readonly findings: ParseFinding[];
  /** Whether the page puts spaces inside digit runs rather than between cells (see {@link spacesInsideRuns}). */
  readonly spacesInRuns: boolean;
}

/**
 * Whether a page's spaces fall inside digit runs (`1 50200017`) rather than between cells: decided
 * once per page, since a page is spaced by one habit. Evidence: a number printed with a leading zero,
 * or groups of several numbers, separated by spaces only, of which fewer than half hold as many
 * numbers as a row of their section (or a whole block) has cells.
 */
export function spacesInsideRuns(
  sections: readonly { readonly section: TableSectionTemplate; readonly stream: Stream }[],
): boolean {
  let several = 0;
  let fitting = 0;
  for (const { section, stream } of sections) {
    const counts = new Set(section.blocks.flatMap((b) => [b.columns.length, b.columns.length * countRows(b.rows)]));
    for (const g of stream.groups) {
      if (g.positional) continue;
      // A printed number never starts with 0 unless it is 0: `07199254` is the inside of a run.
      if (g.tokens.some((t) => isPlain(t) && t.digits.length > 1 && t.digits[0] === '0')) return true;
      if (g.glued || g.tokens.length < 2) continue;
      several++;
      if (counts.has(g.tokens.length)) fitting++;
    }
  }
  return several > 0 && fitting / several < SEPARATED_SHARE;
}

const countRows = (rows: readonly RowTemplate[]): number =>
  rows.reduce((a, r) => a + (r.children ? countRows(r.children) : 1), 0);

/** Reads a value token into a cell of this column, or explains why not. */
function toCell(
  token: ValueToken,
  column: ColumnTemplate,
): { value: CellValue; problem?: LocalizedText; note?: { code: ParseFindingCode; text: LocalizedText } } {
  if (token.kind === 'blank') return { value: null };
  if (token.kind === 'na') return { value: 'NA' };
  if (column.kind === 'money') {
    if (token.sign < 0)
      return { value: null, problem: msg(`金额不能为负：${token.text}`, `money cannot be negative: ${token.text}`) };
    if (token.measure)
      return {
        value: null,
        problem: msg(`金额不应带量词：${token.text}`, `money takes no measure word: ${token.text}`),
      };
    const unit = token.unit ?? column.unit ?? '元';
    const amount = new Dec(`${token.digits}${token.fraction ? `.${token.fraction}` : ''}`);
    const assumed = token.unit === undefined && column.unit === undefined;
    return {
      value: { amount, unit },
      ...(assumed && {
        note: { code: 'UNIT_ASSUMED', text: msg('未注明单位，按“元”读取', 'no unit printed; read as 元') },
      }),
    };
  }
  if (token.fraction !== '' && /[1-9]/.test(token.fraction))
    return { value: null, problem: msg(`应为整数：${token.text}`, `expected a whole number: ${token.text}`) };
  if (token.unit)
    return { value: null, problem: msg(`件数不应带单位：${token.text}`, `a count takes no unit: ${token.text}`) };
  const n = Number(token.digits);
  if (!Number.isSafeInteger(n))
    return { value: null, problem: msg(`数值过大：${token.text}`, `number too large: ${token.text}`) };
  if (token.sign < 0 && n !== 0 && column.kind !== 'signed')
    return { value: null, problem: msg(`件数不能为负：${token.text}`, `a count cannot be negative: ${token.text}`) };
  const value = n === 0 ? 0 : token.sign * n; // never -0
  if (token.digits.length > 1 && token.digits[0] === '0') {
    return {
      value,
      note: {
        code: 'LEADING_ZERO',
        text: msg(
          `数字以 0 开头（${token.text}），按 ${value} 读取`,
          `number printed with a leading zero (${token.text}); read as ${value}`,
        ),
      },
    };
  }
  if (token.measure)
    return {
      value,
      note: {
        code: 'MEASURE_WORD',
        text: msg(
          `带量词“${token.measure}”，按 ${value} 读取`,
          `printed with the measure word “${token.measure}”; read as ${value}`,
        ),
      },
    };
  return { value };
}

interface Pending {
  readonly rows: readonly RowLayout[];
  readonly group: Group;
  readonly pieces: readonly RunPiece[];
}

/**
 * A group as a digit run: its digits, with each placeholder a piece of its own. Spaces split pieces
 * too, unless the page puts spaces inside runs (`acrossSpaces`).
 */
function runPieces(group: Group, acrossSpaces: boolean): RunPiece[] {
  const pieces: RunPiece[] = [];
  group.tokens.forEach((t, k) => {
    if (t.kind === 'na') pieces.push('NA');
    else if (t.kind === 'number') {
      const last = pieces.length - 1;
      // A minus sign starts a piece (and a cell) of its own; digits after it may run on.
      const joins = t.sign > 0 && k > 0 && group.tokens[k - 1]?.kind === 'number' && (acrossSpaces || !group.spaced[k]);
      if (joins && last >= 0) pieces[last] += t.digits;
      else pieces.push(t.sign < 0 ? `-${t.digits}` : t.digits);
    }
  });
  return pieces;
}

/** Whether {@link runPieces}, on a page that puts spaces inside runs, joins numbers a space separates. */
const joinsAcrossSpaces = (group: Group) =>
  group.tokens.some(
    (t, k) => k > 0 && t.kind === 'number' && t.sign > 0 && group.tokens[k - 1]?.kind === 'number' && group.spaced[k],
  );

/** Reads one table section of the report. */
export function readSection(section: TableSectionTemplate, stream: Stream, ctx: SectionContext): void {
  const { layout, findings } = ctx;
  const rows = layout.rows.filter((r) => r.section === section);
  const { placements, unplaced, labels } = align(rows, stream);
  const where = (g: number) => ctx.lineOf((stream.groups[g] as Group).at);
  // Blocks where some values could not be read: there a row's label in a header is no excuse.
  const troubled = new Set<BlockTemplate>();
  const find = (
    code: ParseFindingCode,
    severity: ParseFinding['severity'],
    g: number | undefined,
    about: readonly RowLayout[],
    message: LocalizedText,
    extra: FindExtra = {},
  ) => {
    const first = about[0];
    if (severity !== 'info') for (const r of about) troubled.add(r.block);
    if (about.length === 0 && severity !== 'info') for (const r of rows) troubled.add(r.block);
    const { cell, ...rest } = extra;
    findings.push({
      code,
      severity,
      ...(g !== undefined && { line: where(g) }),
      location: cell
        ? cellLocation(cell)
        : { section: section.key, ...(first && { row: first.path, where: describeRows(about) }) },
      ...(about.length > 1 && { rows: about.map((r) => r.path) }),
      message,
      ...rest,
    });
  };
  const cellsOf = (r: RowLayout) => cellsOfRow(layout, r);
  const setRow = (r: RowLayout, tokens: readonly ValueToken[], g: number) => {
    cellsOf(r).forEach((cell, i) => {
      const token = tokens[i];
      if (!token) return;
      const read = toCell(token, cell.column);
      if (read.problem || read.note) reportCell(cell, read, r, g);
      ctx.cells.set(cell.index, read.value);
    });
  };
  /** The findings of one cell's reading (described only when there is one). */
  const reportCell = (cell: CellLayout, read: ReturnType<typeof toCell>, r: RowLayout, g: number) => {
    const d = describeCell(cell);
    if (read.problem)
      find(
        'VALUE_INVALID',
        'error',
        g,
        [r],
        msg(`${d.zh}：${read.problem.zh}，按空白处理`, `${d.en}: ${read.problem.en}; left blank`),
        { cell },
      );
    if (read.note)
      find(read.note.code, 'warning', g, [r], msg(`${d.zh}：${read.note.text.zh}`, `${d.en}: ${read.note.text.en}`), {
        cell,
      });
  };

  const gluedRegime = ctx.spacesInRuns;

  const runs: Pending[] = [];
  const readPlacement = (p: Placement) => {
    const g = p.groups[0] as number;
    const covered = p.rows.map((r) => rows[r] as RowLayout);
    if (p.kind === 'group') {
      const last = covered.at(-1) as RowLayout;
      const foldable = p.groupRow?.row.children?.at(-1)?.key === 'other';
      const label = p.groupRow?.row.label ?? '';
      if (!foldable) {
        find(
          'GROUP_WITH_VALUES',
          'warning',
          g,
          covered,
          msg(
            `“${label}”是分组标题，却作为一行印出数值；其下各项无法据此拆分，按空白处理`,
            `“${label}” is a group heading printed as one row with numbers; they cannot be split among its items, which are left blank`,
          ),
        );
        return;
      }
      for (const r of covered.slice(0, -1)) cellsOf(r).forEach((c) => ctx.cells.set(c.index, 0));
      find(
        'GROUP_AS_ROW',
        'warning',
        g,
        covered,
        msg(
          `“${label}”按旧版式印为一行：其数值计入“${last.row.label}”，其余各项按 0 读取`,
          `“${label}” is printed as one row (the older layout): its numbers are read into “${last.row.labelEn}”, its other items as 0`,
        ),
      );
      readRows([last], [g]);
      return;
    }
    readRows(covered, p.groups);
  };
  const readRows = (covered: readonly RowLayout[], groups: readonly number[]) => {
    const g = groups[0] as number;
    const group = stream.groups[g] as Group;
    const cells = covered.reduce((a, r) => a + r.block.columns.length, 0);
    const tokens = groups.flatMap((x) => trimmed(stream.groups[x] as Group, cells));
    const nonBlank = tokens.filter((t) => t.kind !== 'blank').length;
    const count = groups.length === 1 ? valueCount(group, cells) : tokens.length;
    // A single cell's number spaced inside (`3 14`) is a run of one cell on such a page.
    const single =
      groups.length === 1 &&
      group.runCells >= cells &&
      (cells > 1 || (gluedRegime && !group.positional && group.tokens.length > 1));
    // Digits run together: on a page that puts spaces inside runs, where tokens touch (59/0), or a
    // single number where several cells were due.
    const free = !group.positional && single;
    const asRun = (free && (gluedRegime || group.glued)) || (single && nonBlank === 1 && count !== cells);
    if (asRun) {
      runs.push({ rows: covered, group, pieces: runPieces(group, gluedRegime) });
      return;
    }
    if (
      groups.length === 1 &&
      covered.length === 1 &&
      readMoneyRun(covered[0] as RowLayout, group, gluedRegime, ctx, find)
    )
      return;
    if (gluedRegime && !group.positional && groups.length === 1 && group.tokens.length > 1) {
      // Spaces on this page fall inside numbers, and these are not plain digits a run could split.
      find(
        'VALUE_COUNT',
        'error',
        g,
        covered,
        msg(
          `${describeRows(covered).zh}：本页空格不在格与格之间，${count} 个数无法对应到 ${cells} 个格，按空白处理`,
          `${describeRows(covered).en}: spaces on this page fall inside numbers; ${count} numbers cannot be matched to ${cells} cells; left blank`,
        ),
      );
      return;
    }
    if (count === cells) {
      let at = 0;
      for (const r of covered) {
        setRow(r, tokens.slice(at, at + r.block.columns.length), g);
        at += r.block.columns.length;
      }
      return;
    }
    if (Number.isNaN(count)) {
      const where = describeRows(covered);
      find(
        'VALUE_COUNT',
        'error',
        g,
        covered,
        msg(
          `${where.zh}：格数多于 ${cells} 个且两端都有空格，无法确定数值属于哪几格，按空白处理`,
          `${where.en}: more than ${cells} cells with blanks at both ends; which cells the values fill cannot be told; left blank`,
        ),
      );
      return;
    }
    find(
      'VALUE_COUNT',
      'error',
      g,
      covered,
      msg(
        `${describeRows(covered).zh}：应有 ${cells} 个数，实有 ${count} 个，按空白处理`,
        `${describeRows(covered).en}: expected ${cells} numbers, found ${count}; left blank`,
      ),
    );
  };

  for (const p of placements) {
    readPlacement(p);
    if (p.kind === 'row' && p.anchored && p.label < 0.8) {
      const r = rows[p.rows[0] as number] as RowLayout;
      find(
        'LABEL_VARIANT',
        'info',
        p.groups[0],
        [r],
        msg(`标签与“${r.row.label}”不完全一致，按该行读取`, `label read as “${r.row.labelEn}” although it differs`),
      );
    }
    if (!p.anchored && p.kind === 'row') {
      const r = rows[p.rows[0] as number] as RowLayout;
      find(
        'ROW_BY_ORDER',
        'warning',
        p.groups[0],
        [r],
        msg(
          `标签无法辨认，按表格顺序读作“${r.row.label}”`,
          `label unreadable; read by the form's order as “${r.row.labelEn}”`,
        ),
      );
    }
  }
  solveRuns(runs, ctx, find);
  reportUnplaced(unplaced, rows, stream, find);
  reportMissing(
    rows,
    placements,
    stream.groups.length,
    (r, from, to) => {
      if (troubled.has(r.block)) return false;
      for (let g = from; g <= to; g++) if (labels.printed(r.row, g)) return true;
      return false;
    },
    find,
  );
}

type Find = (
  code: ParseFindingCode,
  severity: ParseFinding['severity'],
  g: number | undefined,
  about: readonly RowLayout[],
  message: LocalizedText,
  extra?: FindExtra,
) => void;

/** What a finding may add to its rows: the one cell it is about, the line, the candidate readings. */
type FindExtra = Partial<Pick<ParseFinding, 'line' | 'candidates'>> & { readonly cell?: CellLayout };

/** The run rows of a placement: each row's cell count and the position of its total column. */
function runRows(rows: readonly RowLayout[]): RunRow[] {
  return rows.map((r) => {
    const total = r.block.columns.findIndex((c) => c.role === 'total');
    const signed = r.block.columns.findIndex((c) => c.kind === 'signed');
    return {
      cells: r.block.columns.length,
      ...(total >= 0 && { total }),
      ...(signed >= 0 && { signed }),
    };
  });
}

/** A run to decide, with what the search gives it. */
interface RunTask {
  readonly pending: Pending;
  choice: RunChoice;
  /** Whether its one reading breaks its totals (no split makes them hold). */
  readonly forced: boolean;
  /**
   * Whether the digits alone allow only one reading (each cell's boundary forced, `0000000`).
   * Otherwise the sum rules chose it, which is right only if the report's own sums hold.
   */
  readonly byDigits: boolean;
  /**
   * Whether that one reading is certain: the digits cannot be read as fewer values than the run has
   * cells (`0 00 0 0 00`), so no cell can have been left blank either.
   */
  readonly certain: boolean;
}

/** Splits the section's digit runs, jointly where a run has several splits. */
function solveRuns(runs: readonly Pending[], ctx: SectionContext, find: Find): void {
  if (runs.length === 0) return;
  const tasks = listRuns(runs, ctx, find);
  const fixed = new Map<number, number>();
  // Not applicable adds as 0, as in the checker's sums.
  for (const [i, v] of ctx.cells) if (typeof v === 'number' || v === 'NA') fixed.set(i, v === 'NA' ? 0 : v);
  narrow(tasks, fixed, ctx.relations);
  const joint = chooseJointly(
    tasks.map((c) => c.choice),
    fixed,
    ctx.relations,
  );
  // First every decided cell, so that the relations can confirm each split after.
  const settled = tasks.flatMap((task, i) => {
    const first = settleRun(task, i, joint, ctx, find);
    return first ? [{ ...task, first }] : [];
  });
  const evidence = { relsOf: relationsByCell(ctx.relations), holds: holdsAsRead(ctx) };
  for (const s of settled) reportSplit(s, s.first, joint, ctx, evidence, find);
}

/** Each run's splits, or the run reported and dropped when no split makes its totals hold. */
function listRuns(runs: readonly Pending[], ctx: SectionContext, find: Find): RunTask[] {
  const tasks: RunTask[] = [];
  for (const p of runs) {
    const rr = runRows(p.rows);
    let { splits, complete } = splitRun(p.pieces, rr);
    let forced = false;
    // The readings of the digits without the sum rules: one, or more (the rules then choose). With
    // two splits under the rules there are two without them; a split whose cells can trade a digit
    // shows a second at once.
    const [one] = splits;
    const other = splits.length > 1 || (one !== undefined && otherReadingNear(p.pieces, one));
    const loose = complete && !other ? splitRun(p.pieces, rr, { totals: false, most: 2 }) : undefined;
    const byDigits = loose?.complete === true && loose.splits.length === 1;
    if (loose && splits.length === 0 && byDigits) {
      // No split makes the totals hold: the report itself may be inconsistent. Only a split that is
      // the one possible reading of the digits is taken, and said to break the totals.
      (splits = loose.splits), (forced = true);
    }
    if (splits.length === 0 && complete) {
      runFailed(p, ctx, find, msg('没有一种拆分能使合计成立', 'no split makes the totals hold'));
      continue;
    }
    const indices = p.rows.flatMap((r) => cellsOfRow(ctx.layout, r).map((c) => c.index));
    // Too many splits to list: the other rows and the column sums may still fix it.
    tasks.push({
      pending: p,
      choice: complete ? { cells: indices, candidates: splits } : { cells: indices, pieces: p.pieces },
      forced,
      byDigits,
      // Pieces joined across spaces are a guess of their own: certain only where none was.
      certain:
        byDigits && !(ctx.spacesInRuns && joinsAcrossSpaces(p.group)) && leastValues(p.pieces) === indices.length,
    });
  }
  return tasks;
}

/**
 * The readings a finding names, at most {@link CANDIDATES_SHOWN}: the first, then for each cell
 * left blank one that disagrees with those named so far, then the next in order — so that the
 * named readings show, cell by cell, why it was left blank.
 */
function namedReadings<V>(
  readings: readonly (readonly V[])[],
  differs: readonly boolean[],
  same: (a: V, b: V) => boolean = (a, b) => a === b,
): (readonly V[])[] {
  const named: (readonly V[])[] = readings.slice(0, 1);
  differs.forEach((d, slot) => {
    if (!d || named.length >= CANDIDATES_SHOWN) return;
    const at = (named[0] as readonly V[])[slot] as V;
    if (named.some((r) => !same(r[slot] as V, at))) return;
    const other = readings.find((r) => !same(r[slot] as V, at));
    if (other) named.push(other);
  });
  for (const r of readings) {
    if (named.length >= CANDIDATES_SHOWN) break;
    if (!named.includes(r)) named.push(r);
  }
  return named;
}

const shown = (r: readonly (RunValue | CellValue)[]) =>
  r
    .map((v) => (v === 'NA' ? '/' : typeof v === 'object' && v !== null ? `${v.amount.toFixed()}${v.unit}` : v))
    .join('|');

/**
 * Sets the cells of run `i` that every best reading agrees on; reports the run when readings differ
 * (`DIGITS_AMBIGUOUS`, the cells they disagree on blank) or when none was found. Returns the reading
 * when every cell was set.
 */
function settleRun(
  { pending, choice }: RunTask,
  i: number,
  joint: JointResult,
  ctx: SectionContext,
  find: Find,
): readonly RunValue[] | undefined {
  const listed = 'candidates' in choice;
  const readings = !joint.complete
    ? listed
      ? choice.candidates
      : []
    : (joint.readings[i] as readonly (readonly RunValue[])[]);
  if (readings.length === 0 || (!listed && joint.open[i])) {
    runFailed(
      pending,
      ctx,
      find,
      msg('可能的拆分过多（超出搜索上限）', 'too many possible splits (search bound reached)'),
    );
    return undefined;
  }
  const first = readings[0] as readonly RunValue[];
  const differs = choice.cells.map((_, slot) => readings.some((r) => r[slot] !== first[slot]));
  choice.cells.forEach((cell, slot) => {
    if (!differs[slot])
      ctx.cells.set(cell, runCell(ctx.layout.cells[cell] as CellLayout, first[slot] as RunValue, pending.rows, find));
  });
  if (!differs.some(Boolean)) return first;
  const where = describeRows(pending.rows);
  const named = namedReadings(readings, differs);
  const list = named.map(shown).join('；');
  const bound = joint.complete ? msg('', '') : msg('（联合搜索达到上限）', ' (joint search bound reached)');
  find(
    'DIGITS_AMBIGUOUS',
    'error',
    undefined,
    pending.rows,
    msg(
      `${where.zh}：数字连在一起，有 ${readings.length} 种同样合理的拆分${bound.zh}：${list}；不一致的格按空白处理`,
      `${where.en}: digits run together have ${readings.length} equally good splits${bound.en}: ${list}; the cells they disagree on are left blank`,
    ),
    { line: ctx.lineOf(pending.group.at), candidates: named },
  );
  return undefined;
}

/**
 * Says how a run was split unless its digits allow one reading only and the relations confirm it: a
 * warning, since a split the sum rules chose is right only if the report's own sums hold (a report
 * with a wrong total may have another split that makes every sum hold by chance).
 */
function reportSplit(
  { pending, choice, forced, byDigits, certain }: RunTask,
  first: readonly RunValue[],
  joint: JointResult,
  ctx: SectionContext,
  { relsOf, holds }: Evidence,
  find: Find,
): void {
  const listed = 'candidates' in choice;
  const own = confirmed(choice.cells, relsOf, holds);
  // The digits' one reading, certain or confirmed by every relation on its cells: nothing to doubt.
  // Sums the report breaks are the checker's to say, once — not a doubt on every run.
  if (certain || (byDigits && own)) return;
  const unconfirmed = forced || joint.broken > 0 || !own;
  const where = describeRows(pending.rows);
  const line = ctx.lineOf(pending.group.at);
  // No relation on its cells (section 二 without last year's report): the digits alone decided.
  if (byDigits && !choice.cells.some((c) => relsOf.has(c))) {
    find('DIGITS_SPLIT', 'warning', undefined, pending.rows, onlyReading(where, shown(first)), { line });
    return;
  }
  const note = forced
    ? msg('（该读法使合计不成立）', ' (this reading breaks the totals)')
    : joint.broken > 0
      ? msg(
          `（表中仍有 ${joint.broken} 处合计关系不成立，拆分可能有误）`,
          ` (${joint.broken} sum relation(s) of the table still break: the split may be wrong)`,
        )
      : unconfirmed
        ? msg('（仅凭行合计，列合计无法核对）', ' (by the row total only: the column sums could not confirm it)')
        : listed
          ? msg(
              '（数字本身有多种拆分，此为使合计成立者；若报告合计本身有误，实际数值可能不同）',
              ' (the digits allow other splits: this is the one under which the sums hold; if the report’s own sums are wrong, the values may differ)',
            )
          : msg('（由其他行与列合计推出）', ' (given by the other rows and the column sums)');
  find(
    'DIGITS_SPLIT',
    // Chosen by the sum rules, not by the digits alone: right only if the report's sums hold.
    'warning',
    undefined,
    pending.rows,
    msg(
      `${where.zh}：数字连在一起，按合计关系拆分为 ${shown(first)}${note.zh}`,
      `${where.en}: digits run together, split by the sum rules into ${shown(first)}${note.en}`,
    ),
    { line },
  );
}

/** The message of a run split the one way its digits allow, with no sum relation to confirm it. */
function onlyReading(where: LocalizedText, split: string, also: LocalizedText = msg('', '')): LocalizedText {
  return msg(
    `${where.zh}：数字连在一起，拆分为 ${split}（数字只容许这一种读法，无合计关系可核对${also.zh}）`,
    `${where.en}: digits run together, split into ${split} (the only reading of the digits; no sum relation can confirm it${also.en})`,
  );
}

/**
 * Lists the splits of runs too long to list, within the ranges the relations give their cells from
 * the other runs' candidates (the total row of 三 from its outcome rows): with the ranges most such
 * runs have a handful of splits, and the joint search can then prune on them. Each listed run can
 * narrow the next, so passes repeat while one succeeds (at most once per run).
 */
function narrow(choices: RunTask[], fixed: ReadonlyMap<number, number>, relations: readonly CellRelation[]): void {
  const tried = new Map<number, string>();
  for (let changed = true; changed; ) {
    changed = false;
    choices.forEach((c, i) => {
      if (!('pieces' in c.choice)) return;
      const ranges = cellRanges(
        choices.map((x) => x.choice),
        fixed,
        relations,
        i,
      );
      // The same ranges split the same way: try each set once.
      const key = ranges.map((r) => r?.join('-') ?? '').join(',');
      if (ranges.every((r) => r === undefined) || tried.get(i) === key) return;
      tried.set(i, key);
      const { splits, complete } = splitRun(c.pending.pieces, runRows(c.pending.rows), { ranges });
      if (!complete || splits.length === 0) return;
      c.choice = { cells: c.choice.cells, candidates: splits };
      changed = true;
    });
  }
}

/**
 * A row ending in money whose numbers ran together (`政府集中采购40.016元` for 4 | 0.016元), or were
 * spaced inside on a page that puts spaces inside numbers (`9154 5276996.09`): split as
 * {@link splitMoneyRun} splits it. No sum rule covers these cells, so a cell is set only where the
 * digits alone allow one value (with a warning: the split is the reader's); where they allow
 * several, the row's disagreeing cells are left blank with `DIGITS_AMBIGUOUS` naming the readings.
 * Returns false, reading nothing, when the group is not such a run.
 */
function readMoneyRun(row: RowLayout, group: Group, acrossSpaces: boolean, ctx: SectionContext, find: Find): boolean {
  const columns = row.block.columns;
  const tokens = group.tokens;
  const runs = tokens.length < columns.length || (acrossSpaces && tokens.length > 1);
  const printed = runs ? moneyDigits(tokens) : undefined;
  if (
    group.positional ||
    !printed ||
    columns.at(-1)?.kind !== 'money' ||
    columns.slice(0, -1).some((c) => c.kind !== 'count' || c.role === 'total')
  )
    return false;
  const { digits, fraction, unit } = printed;
  const { splits, complete } = splitMoneyRun(digits, columns.length - 1);
  const pending: Pending = { rows: [row], group, pieces: [digits] };
  if (splits.length === 0) {
    runFailed(pending, ctx, find, msg('没有一种拆分能读作件数与金额', 'no split reads as counts and an amount'));
    return true;
  }
  const cells = cellsOfRow(ctx.layout, row);
  const amount = (integer: string) =>
    toCell(
      {
        kind: 'number',
        text: integer,
        sign: 1,
        digits: integer,
        fraction,
        ...(unit && { unit }),
      },
      (cells.at(-1) as CellLayout).column,
    );
  const readings = splits.map((s) => [...s.counts, amount(s.integer).value]);
  const first = readings[0] as readonly CellValue[];
  const differs = cells.map((_, k) => readings.some((r) => !sameValue(r[k] as CellValue, first[k] as CellValue)));
  cells.forEach((cell, k) => {
    if (!differs[k]) ctx.cells.set(cell.index, first[k] as CellValue);
  });
  const where = describeRows([row]);
  const line = ctx.lineOf(group.at);
  if (readings.length === 1 && complete) {
    // One number printed where counts were due too: they may instead have been left blank.
    const whole = shown([amount(digits).value]);
    const alone =
      tokens.length === 1 && columns.length > 1
        ? msg(`；若件数未填，则金额为 ${whole}`, `; if the count was left blank, the amount is ${whole}`)
        : msg('', '');
    const note = amount((splits[0] as { integer: string }).integer).note;
    if (note)
      find(
        note.code,
        'warning',
        undefined,
        [row],
        msg(
          `${describeCell(cells.at(-1) as CellLayout).zh}：${note.text.zh}`,
          `${describeCell(cells.at(-1) as CellLayout).en}: ${note.text.en}`,
        ),
        { cell: cells.at(-1) as CellLayout },
      );
    find('DIGITS_SPLIT', 'warning', undefined, [row], onlyReading(where, shown(first), alone), { line });
    return true;
  }
  const list = namedReadings(readings, differs, sameValue);
  const count = complete ? `${readings.length}` : `${readings.length}+`;
  find(
    'DIGITS_AMBIGUOUS',
    'error',
    undefined,
    [row],
    msg(
      `${where.zh}：数字连在一起，有 ${count} 种同样合理的拆分：${list.map(shown).join('；')}；不一致的格按空白处理`,
      `${where.en}: digits run together have ${count} equally good splits: ${list.map(shown).join('；')}; the cells they disagree on are left blank`,
    ),
    { line, candidates: list as readonly (readonly (number | 'NA' | Money)[])[] },
  );
  return true;
}

/**
 * The digits of numbers that ran together and end in an amount: the integer digits up to the one
 * decimal point, the digits after it (spaces inside the fraction too: `0.0 4元`), and the unit, which
 * only the last may carry. Undefined when the tokens are not such numbers.
 */
function moneyDigits(
  tokens: readonly ValueToken[],
): { digits: string; fraction: string; unit?: MoneyUnit } | undefined {
  let digits = '';
  let fraction: string | undefined;
  for (const [k, t] of tokens.entries()) {
    if (t.kind !== 'number' || t.sign < 0 || t.measure || (t.unit && k < tokens.length - 1)) return undefined;
    if (fraction !== undefined) {
      if (t.fraction) return undefined;
      fraction += t.digits;
    } else {
      digits += t.digits;
      if (t.fraction) fraction = t.fraction;
    }
  }
  const last = tokens.at(-1);
  if (last?.kind !== 'number') return undefined;
  return { digits, fraction: fraction ?? '', ...(last.unit && { unit: last.unit }) };
}

/** Whether two cell values are the same (amounts by value and unit). */
function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  return a.amount.eq(b.amount) && a.unit === b.unit;
}

/** A run left blank: its rows, its digits and why. */
function runFailed(p: Pending, ctx: SectionContext, find: Find, why: LocalizedText): void {
  const digits = p.pieces.map((x) => (x === 'NA' ? '/' : x)).join('');
  const where = describeRows(p.rows);
  find(
    'DIGITS_AMBIGUOUS',
    'error',
    undefined,
    p.rows,
    msg(
      `${where.zh}：数字连在一起（${digits.slice(0, 40)}），${why.zh}，按空白处理`,
      `${where.en}: digits run together (${digits.slice(0, 40)}); ${why.en}; left blank`,
    ),
    { line: ctx.lineOf(p.group.at) },
  );
}

/** A value split from a digit run as its cell holds it: a count as it is, money with its unit (元 unless the column says). */
function runCell(cell: CellLayout, v: RunValue, rows: readonly RowLayout[], find: Find): CellValue {
  if (v === 'NA' || cell.column.kind !== 'money') return v;
  const read = toCell({ kind: 'number', text: String(v), sign: 1, digits: String(v), fraction: '' }, cell.column);
  const d = describeCell(cell);
  if (read.note)
    find(
      read.note.code,
      'warning',
      undefined,
      rows,
      msg(`${d.zh}：${read.note.text.zh}`, `${d.en}: ${read.note.text.en}`),
      { cell },
    );
  return read.value;
}

/** What confirms a split: the relations of each cell, and whether one holds as the section was read. */
interface Evidence {
  readonly relsOf: ReadonlyMap<number, readonly CellRelation[]>;
  readonly holds: (rel: CellRelation) => boolean;
}

/**
 * Whether a relation holds with the cells as read — every cell a number or not applicable (0) —
 * memoised: once the runs are settled the cells no longer change, and a column's relation is asked
 * once per run it crosses.
 */
function holdsAsRead(ctx: SectionContext): (rel: CellRelation) => boolean {
  const known = new Map<CellRelation, boolean>();
  return (rel) => {
    let holds = known.get(rel);
    if (holds !== undefined) return holds;
    let sum = rel.constant;
    holds = true;
    for (let k = 0; k < rel.cells.length && holds; k++) {
      const v = ctx.cells.get(rel.cells[k] as number);
      if (typeof v !== 'number' && v !== 'NA') holds = false;
      else sum += (rel.coefs[k] as number) * (v === 'NA' ? 0 : v);
    }
    holds &&= sum === 0;
    known.set(rel, holds);
    return holds;
  };
}

/** Whether every sum relation on these cells could be evaluated, and holds. */
function confirmed(
  cells: readonly number[],
  relsOf: ReadonlyMap<number, readonly CellRelation[]>,
  holds: (rel: CellRelation) => boolean,
): boolean {
  let any = false;
  for (const cell of cells)
    for (const rel of relsOf.get(cell) ?? []) {
      if (!holds(rel)) return false;
      any = true;
    }
  // With no relation on its cells (section 二), a split has no evidence beyond its digits.
  return any;
}

/** Groups of values that no row took. */
function reportUnplaced(
  unplaced: readonly { group: number; rows: readonly number[] }[],
  rows: readonly RowLayout[],
  stream: Stream,
  find: Find,
): void {
  for (const [n, u] of unplaced.entries()) {
    if (n === MAX_UNPLACED_FINDINGS) {
      find(
        'ROW_NOT_RECOGNIZED',
        'warning',
        u.group,
        [],
        msg(`另有 ${unplaced.length - n} 组数值未读取`, `${unplaced.length - n} more groups of values not read`),
      );
      return;
    }
    const group = stream.groups[u.group] as Group;
    const values = group.tokens.filter((t) => t.kind !== 'blank').length;
    if (u.rows.length > 0) {
      const about = u.rows.map((r) => rows[r] as RowLayout);
      find(
        'VALUES_UNPLACED',
        'warning',
        u.group,
        about,
        msg(
          `${values} 个数值无法确定属于${describeRows(about).zh}中的哪一行，未读取`,
          `${values} value(s) could belong to any of ${describeRows(about).en}; not read`,
        ),
      );
    } else {
      find(
        'ROW_NOT_RECOGNIZED',
        'warning',
        u.group,
        [],
        msg(
          `${values} 个数值前的标签不是表格中的行，未读取`,
          `${values} value(s) after a label that is not a row of the form; not read`,
        ),
      );
    }
  }
}

/** One finding for each run of rows that nothing was placed in and whose label is not printed either. */
function reportMissing(
  rows: readonly RowLayout[],
  placements: readonly Placement[],
  groups: number,
  printed: (r: RowLayout, from: number, to: number) => boolean,
  find: Find,
): void {
  const placedAt = new Map<number, Placement>();
  for (const p of placements) for (const r of p.rows) placedAt.set(r, p);
  let run: RowLayout[] = [];
  const flush = () => {
    if (run.length > 0)
      find(
        'ROW_MISSING',
        'warning',
        undefined,
        run,
        msg(
          `未找到 ${describeRows(run).zh}（${run.length} 行），按空白处理`,
          `${describeRows(run).en} (${run.length} row(s)) not found; left blank`,
        ),
      );
    run = [];
  };
  let lastGroup = -1;
  for (let i = 0; i < rows.length; i++) {
    const p = placedAt.get(i);
    if (p) {
      flush();
      lastGroup = p.groups.at(-1) as number;
      continue;
    }
    let next = groups;
    for (let k = i + 1; k < rows.length; k++) {
      const q = placedAt.get(k);
      if (q) {
        next = q.groups[0] as number;
        break;
      }
    }
    const r = rows[i] as RowLayout;
    if (printed(r, lastGroup + 1, next)) {
      flush();
      continue;
    }
    run.push(r);
  }
  flush();
}
