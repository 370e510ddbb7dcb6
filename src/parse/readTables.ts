/** Reading the tables of a published report, in the edition's fixed row order. */
import { Dec } from '../_internal/decimal.js';
import type { CellValue } from '../model/cell.js';
import type { LocalizedText } from '../model/localizedText.js';
import { describeCell, describeRows } from '../template/describeCell.js';
import type { CellLayout, EditionLayout, RowLayout } from '../template/layout.js';
import type { ColumnTemplate, RowTemplate, TableSectionTemplate } from '../template/types.js';
import { labelBigrams } from './locate.js';
import { bigrams, containment, labelKey } from './normalize.js';
import { msg, type Line, type ParseFinding } from './parseFinding.js';
import { fitValues, tokenize, type Tokens, type ValueToken } from './tokenize.js';

/** Reads a value token into a cell of this column, or explains why not. */
function toCell(token: ValueToken, column: ColumnTemplate): { value: CellValue; problem?: LocalizedText; assumed?: boolean } {
  if (token.kind === 'blank') return { value: null };
  if (token.kind === 'na') return { value: 'NA' };
  if (token.kind === 'bad' || token.kind === 'run') {
    const text = token.kind === 'bad' ? token.text : token.digits;
    return { value: null, problem: msg(`无法读取“${text}”`, `cannot read “${text}”`) };
  }
  if (column.kind === 'money') {
    if (token.sign < 0) return { value: null, problem: msg(`金额不能为负：${token.text}`, `money cannot be negative: ${token.text}`) };
    const unit = token.unit ?? column.unit ?? '元';
    const amount = new Dec(`${token.digits}${token.fraction ? `.${token.fraction}` : ''}`);
    return { value: { amount, unit }, assumed: token.unit === undefined && column.unit === undefined };
  }
  const n = Number(token.digits) * token.sign;
  if (token.fraction !== '' && /[1-9]/.test(token.fraction)) return { value: null, problem: msg(`应为整数：${token.text}`, `expected a whole number: ${token.text}`) };
  if (token.unit) return { value: null, problem: msg(`件数不应带单位：${token.text}`, `a count takes no unit: ${token.text}`) };
  if (!Number.isSafeInteger(n)) return { value: null, problem: msg(`数值过大：${token.text}`, `number too large: ${token.text}`) };
  if (n < 0 && column.kind !== 'signed') return { value: null, problem: msg(`件数不能为负：${token.text}`, `a count cannot be negative: ${token.text}`) };
  return { value: n };
}

/** Splits digits run together into `n` numbers whose last is the sum of the others (R3), if exactly one way does. */
function splitRun(digits: string, n: number): { values: number[] } | { count: number } {
  const found: number[][] = [];
  const parts: number[] = [];
  const walk = (at: number) => {
    if (found.length > 1) return;
    if (parts.length === n - 1) {
      const rest = digits.slice(at);
      if (rest === '' || (rest.length > 1 && rest[0] === '0')) return;
      const total = Number(rest);
      if (parts.reduce((a, b) => a + b, 0) === total) found.push([...parts, total]);
      return;
    }
    for (let len = 1; at + len <= digits.length - (n - 1 - parts.length); len++) {
      const piece = digits.slice(at, at + len);
      if (piece.length > 1 && piece[0] === '0') break;
      parts.push(Number(piece));
      walk(at + len);
      parts.pop();
    }
  };
  if (digits.length <= 24) walk(0);
  return found.length === 1 ? { values: found[0] as number[] } : { count: found.length };
}

interface RowEntry {
  readonly row: RowLayout;
  readonly key: readonly string[];
}

/** Reads the data rows of one table section from its lines, in the edition's fixed row order. */
export function readRows(
  section: TableSectionTemplate,
  layout: EditionLayout,
  lines: readonly Line[],
  cells: Map<number, CellValue>,
  findings: ParseFinding[],
): void {
  const rows: RowEntry[] = layout.rows.filter((r) => r.section.key === section.key).map((row) => ({ row, key: labelBigrams(row.row.label) }));
  const groups: { row: RowTemplate; key: readonly string[] }[] = [];
  const collect = (rs: readonly RowTemplate[]) => {
    for (const r of rs) if (r.children) groups.push({ row: r, key: labelBigrams(r.label) }), collect(r.children);
  };
  for (const b of section.blocks) collect(b.rows);
  const captions = section.blocks.map((b) => (b.caption ? labelKey(b.caption) : undefined));
  let p = 0;
  let pending: { text: string; line: Line; row?: number } | undefined;
  const seen = new Set<number>();

  const assign = (k: number, tokens: Tokens, line: Line, score: number, label: string) => {
    const { row } = rows[k] as RowEntry;
    reportMissing(p, k, line.no);
    seen.add(k);
    p = k + 1;
    if (score < 0.8 && label !== '') {
      findings.push({ code: 'LABEL_VARIANT', severity: 'info', line: line.no, section: section.key, row: row.path, message: msg(`“${label}”按“${row.row.label}”读取`, `“${label}” read as “${row.row.labelEn}”`) });
    }
    const columns = row.block.columns;
    let values = tokens.pipes ? fitValues(tokens.values, columns.length) : [...tokens.values];
    if (values.length === 1 && values[0]?.kind === 'run' && columns.length > 1) {
      const split = splitRun(values[0].digits, columns.length);
      if ('values' in split && columns.at(-1)?.role === 'total') {
        values = split.values.map((n) => ({ kind: 'number', text: String(n), sign: 1, digits: String(n), fraction: '' }) as ValueToken);
        findings.push({ code: 'DIGITS_SPLIT', severity: 'warning', line: line.no, section: section.key, row: row.path, message: msg(`数字连在一起（${tokens.values[0] && 'digits' in tokens.values[0] ? tokens.values[0].digits : ''}），按合计关系拆分为 ${split.values.join(' | ')}`, `digits run together, split by the row total into ${split.values.join(' | ')}`) });
      } else {
        findings.push({ code: 'DIGITS_AMBIGUOUS', severity: 'error', line: line.no, section: section.key, row: row.path, message: msg(`数字连在一起，无法唯一拆分为 ${columns.length} 个数，按空白处理`, `digits run together cannot be split into ${columns.length} numbers in one way only; left blank`) });
        return;
      }
    }
    if (values.length !== columns.length && values.some((v) => v.kind !== 'blank')) {
      findings.push({ code: 'VALUE_COUNT', severity: 'error', line: line.no, section: section.key, row: row.path, message: msg(`“${row.row.label}”行：应有 ${columns.length} 个数，实有 ${values.length} 个，按空白处理`, `row “${row.row.labelEn}”: expected ${columns.length} numbers, found ${values.length}; left blank`) });
      return;
    }
    columns.forEach((column, i) => {
      const token = values[i];
      if (!token) return;
      const cell = layout.cells[row.firstCell + i] as CellLayout;
      const read = toCell(token, column);
      if (read.problem) {
        findings.push({ code: 'VALUE_INVALID', severity: 'error', line: line.no, section: section.key, row: row.path, column: column.key, message: msg(`${describeCell(cell).zh}：${read.problem.zh}，按空白处理`, `${describeCell(cell).en}: ${read.problem.en}; left blank`) });
      }
      if (read.assumed) {
        findings.push({ code: 'UNIT_ASSUMED', severity: 'warning', line: line.no, section: section.key, row: row.path, column: column.key, message: msg(`${describeCell(cell).zh}：未注明单位，按“元”读取`, `${describeCell(cell).en}: no unit printed; read as 元`) });
      }
      cells.set(cell.index, read.value);
    });
  };

  /** One finding for each run of rows in [from, to) that no line gave. */
  const reportMissing = (from: number, to: number, lineNo?: number) => {
    let m = from;
    while (m < to) {
      if (seen.has(m)) {
        m++;
        continue;
      }
      let end = m;
      while (end + 1 < to && !seen.has(end + 1)) end++;
      const run = rows.slice(m, end + 1).map((r) => r.row);
      const where = describeRows(run);
      findings.push({
        code: 'ROW_MISSING',
        severity: 'warning',
        ...(lineNo !== undefined && { line: lineNo }),
        section: section.key,
        row: (run[0] as RowLayout).path,
        message: msg(`未找到 ${where.zh}（${run.length} 行），按空白处理`, `${where.en} (${run.length} row(s)) not found; left blank`),
      });
      m = end + 1;
    }
  };

  for (const line of lines) {
    const tokens = tokenize(line.raw);
    if (!tokens) continue;
    const label = tokens.labels.join('');
    const key = labelKey(label);
    const hasValues = tokens.values.some((v) => v.kind !== 'blank');
    // A caption moves to its block.
    const caption = captions.findIndex((c) => c !== undefined && key === c);
    if (caption >= 0 && !hasValues) {
      const first = rows.findIndex((r) => r.row.block === section.blocks[caption]);
      if (first > p) p = first;
      pending = undefined;
      continue;
    }
    const text = pending && !tokens.pipes ? pending.text + key : key;
    const found = new Set(bigrams(text));
    let best = -1;
    let bestScore = 0;
    // Nearer rows are preferred: the form's order is the prior, the label the evidence.
    let bestRank = 0;
    for (let k = p; k < rows.length; k++) {
      const s = containment((rows[k] as RowEntry).key, found);
      const rank = s - 0.01 * (k - p);
      // Without numbers, or far ahead, a label must match well: header lines half-match rows too.
      const needed = !hasValues || k - p > 8 ? 0.8 : 0.5;
      if (s >= needed && (best < 0 || rank > bestRank + 0.05)) {
        best = k;
        bestScore = s;
        bestRank = rank;
      }
    }
    const keySet = new Set(bigrams(key));
    const groupScore = Math.max(0, ...groups.map((g) => containment(g.key, keySet)));
    // A line that is rather a group heading (（六）其他处理) than the row it resembles (3.其他).
    const isGroup = groupScore >= 0.8 && groupScore > bestScore + 0.2;
    if (best >= 0 && bestScore >= 0.5 && !isGroup) {
      if (!hasValues && !tokens.pipes) {
        pending = { text, line, row: best }; // PDF text: the numbers may follow on the next line
        continue;
      }
      pending = undefined;
      assign(best, tokens, line, bestScore, label);
      continue;
    }
    if (hasValues && pending?.row !== undefined && (key === '' || bestScore < 0.5)) {
      const k = pending.row;
      pending = undefined;
      assign(k, tokens, line, 1, '');
      continue;
    }
    if (hasValues && groupScore >= 0.8) {
      findings.push({ code: 'GROUP_WITH_VALUES', severity: 'warning', line: line.no, section: section.key, message: msg(`“${label}”是分组标题，却带有数值（${tokens.values.length} 个）；其下各项无法据此拆分，按空白处理`, `“${label}” is a group heading but carries numbers; they cannot be split among its items, which are left blank`) });
      pending = undefined;
      continue;
    }
    if (hasValues && p < rows.length && /\p{Script=Han}{2,}/u.test(label)) {
      findings.push({ code: 'ROW_NOT_RECOGNIZED', severity: 'warning', line: line.no, section: section.key, message: msg(`“${label}”不是表格中的行，其数值未读取`, `“${label}” is not a row of the form; its numbers were not read`) });
      pending = undefined;
      continue;
    }
    if (hasValues && p < rows.length) {
      findings.push({ code: 'ROW_BY_ORDER', severity: 'warning', line: line.no, section: section.key, row: (rows[p] as RowEntry).row.path, message: msg(`标签无法辨认，按顺序读作“${(rows[p] as RowEntry).row.row.label}”`, `label unreadable; read by order as “${(rows[p] as RowEntry).row.row.labelEn}”`) });
      assign(p, tokens, line, 1, '');
      pending = undefined;
      continue;
    }
    if (!tokens.pipes && !hasValues) pending = { text, line, ...(pending?.row !== undefined && { row: pending.row }) };
  }
  if (pending?.row !== undefined && !seen.has(pending.row)) assign(pending.row, { labels: [], values: [], pipes: true }, pending.line, 1, '');
  reportMissing(p, rows.length);
}

/** Reads section 四: fifteen numbers in a row under an unreadable header, or its three rows by label. */
export function readReviewLitigation(section: TableSectionTemplate, layout: EditionLayout, lines: readonly Line[], cells: Map<number, CellValue>, findings: ParseFinding[]): void {
  const sectionCells = layout.cells.filter((c) => c.section.key === section.key);
  const values: { token: ValueToken; line: Line }[] = [];
  let labelled = false;
  for (const line of lines) {
    const tokens = tokenize(line.raw);
    if (!tokens || !tokens.values.some((v) => v.kind !== 'blank')) continue;
    if (tokens.labels.length > 0) labelled = true;
    for (const token of tokens.values) values.push({ token, line });
  }
  if (labelled) {
    readRows(section, layout, lines, cells, findings);
    return;
  }
  while (values.length > sectionCells.length) {
    if (values.at(-1)?.token.kind === 'blank') values.pop();
    else if (values[0]?.token.kind === 'blank') values.shift();
    else break;
  }
  if (values.length !== sectionCells.length) {
    if (values.length > 0) {
      findings.push({ code: 'VALUE_COUNT', severity: 'error', line: values[0]?.line.no as number, section: section.key, message: msg(`表四应有 ${sectionCells.length} 个数，实有 ${values.length} 个，按空白处理`, `table IV: expected ${sectionCells.length} numbers, found ${values.length}; left blank`) });
    }
    return;
  }
  sectionCells.forEach((cell, i) => {
    const { token, line } = values[i] as { token: ValueToken; line: Line };
    const read = toCell(token, cell.column);
    if (read.problem) findings.push({ code: 'VALUE_INVALID', severity: 'error', line: line.no, section: section.key, row: cell.path, column: cell.column.key, message: msg(`${describeCell(cell).zh}：${read.problem.zh}`, `${describeCell(cell).en}: ${read.problem.en}`) });
    cells.set(cell.index, read.value);
  });
}
