/**
 * The inspector's annotations of a rendered report: which cells the findings, repairs and parse
 * findings are about, how each is marked, and the lists of findings shown under each table.
 */
import { esc, token } from '../_internal/escapeHtml.js';
import type { Finding } from '../check/types.js';
import type { LocalizedText, Locale } from '../model/localizedText.js';
import type { ParseFinding } from '../parse/parseFinding.js';
import { repairText, shown } from '../repair/repairText.js';
import type { Repair } from '../repair/types.js';
import { cellsOfRow, type EditionLayout } from '../template/layout.js';

/** What the inspector is given: findings of `checkReport`, repairs of `suggestRepairs`, findings of a reader. */
export interface InspectorInput {
  readonly findings?: readonly Finding[];
  readonly repairs?: readonly Repair[];
  readonly parseFindings?: readonly ParseFinding[];
  readonly locale: Locale;
}

/** The marks of one value cell. */
export interface CellMark {
  readonly classes: Set<string>;
  /** Ids of the notes about the cell. */
  readonly notes: string[];
  readonly titles: string[];
  inferred?: string;
  change?: { readonly from: string; readonly to: string; readonly alternative: boolean };
}

/** One entry of a list under a table: a finding or a parse finding, with the cells it links to. */
interface Note {
  readonly id: string;
  readonly severity: string;
  readonly label: string;
  readonly text: string;
  readonly cells: readonly string[];
  readonly repair?: string;
}

/** Annotations for a report's page. */
export interface Annotations {
  readonly marks: ReadonlyMap<string, CellMark>;
  /** Notes by section key; `''` for those about no section (edition, year, the reports compared). */
  readonly notes: ReadonlyMap<string, readonly Note[]>;
  readonly locale: Locale;
}

/** The element id of a value cell. */
export const cellId = (key: string) => `ogi-${token(key.replaceAll('.', '-'))}`;

/**
 * Everything below comes from the caller — findings and repairs may have been stored as JSON and
 * handed back — so each value is escaped or made a token where it is written, never trusted.
 */

const STATUS_CLASS = { broken: 'ogi-broken', inferred: 'ogi-inferred', not_assessable: 'ogi-open' } as const;

const LEGEND: readonly (readonly [cls: string, text: LocalizedText])[] = [
  [
    'ogi-culprit',
    { zh: '最可能的更正所改的格（原值 → 更正值）', en: 'the cell the most likely repair changes (printed → repaired)' },
  ],
  ['ogi-related', { zh: '同一不成立关系中的其他格', en: 'other cells of a broken relation' }],
  ['ogi-broken', { zh: '关系不成立的格', en: 'cells of a broken relation' }],
  ['ogi-inferred', { zh: '空白格须取的值', en: 'the value a blank cell must take' }],
  ['ogi-open', { zh: '使关系无法判断的空白格', en: 'blank cells that leave a relation open' }],
  ['ogi-repair', { zh: '建议的更正（原值 → 更正值）', en: 'suggested repair (printed → repaired)' }],
  ['ogi-alternative', { zh: '同样可能的更正，任选其一', en: 'equally likely repairs: any one of them' }],
  ['ogi-doubt', { zh: '读取时有疑问的格', en: 'cells the reader doubted' }],
];

/** A cell's marks, created on first use. */
export function markOf(marks: Map<string, CellMark>, key: string): CellMark {
  let m = marks.get(key);
  if (!m) {
    m = { classes: new Set(), notes: [], titles: [] };
    marks.set(key, m);
  }
  return m;
}

/** The section a finding belongs under: its own, or its first cell's. */
const sectionOf = (f: { readonly location?: { readonly section?: string } }, cells: readonly string[]) =>
  f.location?.section ?? cells[0]?.split('.')[0] ?? '';

/** Marks the findings' cells and lists each finding under its section. */
function addFindings(a: { marks: Map<string, CellMark>; notes: Map<string, Note[]> }, input: InspectorInput): void {
  for (const f of input.findings ?? []) {
    const id = `ogi-f-${token(f.fingerprint)}`;
    const cls = Object.hasOwn(STATUS_CLASS, f.status) ? STATUS_CLASS[f.status] : 'ogi-open';
    const inferred = new Map((f.inferred ?? []).map((i) => [i.key as string, String(i.value)]));
    const own = f.operands.filter((o) => o.report === 'current').map((o) => o.key as string);
    // Broken: every cell of the relation. Inferred: the blanks that must take a value. Open: the blanks.
    const marked =
      f.status === 'broken'
        ? own
        : f.status === 'inferred'
          ? [...inferred.keys()]
          : f.operands.filter((o) => o.report === 'current' && o.value === null).map((o) => o.key as string);
    const cells = [...new Set([...marked, ...(f.location.key ? [f.location.key as string] : [])])];
    for (const key of marked) {
      const m = markOf(a.marks, key);
      m.classes.add(cls);
      m.notes.push(id);
      m.titles.push(f.message[input.locale]);
      const v = inferred.get(key);
      if (v !== undefined) m.inferred = v;
    }
    const section = sectionOf(f, cells);
    const repair = input.repairs && repairText(f, input.repairs, input.locale);
    const note: Note = {
      id,
      severity: f.severity,
      label: `${f.rule} ${f.code}`,
      text: f.message[input.locale],
      cells,
      ...(repair && { repair }),
    };
    a.notes.set(section, [...(a.notes.get(section) ?? []), note]);
  }
}

/** Shows the top-ranked repairs on their cells: one repair as “26 → 18”, tied ones as alternatives. */
function addRepairs(marks: Map<string, CellMark>, repairs: readonly Repair[]): void {
  const top = repairs.filter((r) => r.rank === (repairs[0]?.rank ?? 1));
  const alternative = top.length > 1;
  for (const r of top) {
    for (const c of r.changes) {
      const m = markOf(marks, c.key);
      m.classes.add(alternative ? 'ogi-alternative' : 'ogi-repair');
      m.change = { from: shown(c.from), to: String(c.to), alternative };
    }
    for (const c of r.fills) {
      const m = markOf(marks, c.key);
      m.classes.add('ogi-repair');
      m.change = { from: '', to: String(c.to), alternative };
    }
  }
}

/** Marks the cells a reader doubted (the cell named, or every cell of the rows named). */
function addParseFindings(
  a: { marks: Map<string, CellMark>; notes: Map<string, Note[]> },
  input: InspectorInput,
  layout: EditionLayout,
): void {
  (input.parseFindings ?? []).forEach((f, i) => {
    if (f.severity === 'info') return;
    const id = `ogi-p-${i}`;
    const loc = f.location;
    const rows = loc?.section ? (f.rows ?? (loc.row ? [loc.row] : [])).map((r) => `${loc.section}.${r}`) : [];
    const cells = loc?.key
      ? [loc.key as string]
      : rows.flatMap((r) => {
          const row = layout.rowByKey.get(r);
          return row ? cellsOfRow(layout, row).map((c) => c.key as string) : [];
        });
    for (const key of cells) {
      const m = markOf(a.marks, key);
      m.classes.add('ogi-doubt');
      m.notes.push(id);
      m.titles.push(f.message[input.locale]);
    }
    const section = sectionOf(f, cells);
    a.notes.set(section, [
      ...(a.notes.get(section) ?? []),
      { id, severity: f.severity, label: f.code, text: f.message[input.locale], cells },
    ]);
  });
}

/** The annotations of a page, or undefined when there is nothing to show. */
export function annotate(input: InspectorInput, layout: EditionLayout): Annotations | undefined {
  if (!input.findings && !input.repairs && !input.parseFindings) return undefined;
  const a = { marks: new Map<string, CellMark>(), notes: new Map<string, Note[]>() };
  addFindings(a, input);
  if (input.repairs) addRepairs(a.marks, input.repairs);
  addParseFindings(a, input, layout);
  return { ...a, locale: input.locale };
}

/** A value cell's attributes and content with its marks. */
export function markedCell(key: string, text: string, a: Annotations | undefined): string {
  const m = a?.marks.get(key);
  const base = `data-key="${esc(key)}" id="${cellId(key)}"`;
  if (!m) return `<td ${base}>${esc(text)}</td>`;
  const attrs = [
    base,
    m.classes.size > 0 ? `class="${[...m.classes].join(' ')}"` : '',
    m.notes.length > 0 ? `data-notes="${m.notes.join(' ')}"` : '',
    m.titles.length > 0 ? `title="${esc(m.titles.join('\n'))}"` : '',
    m.inferred !== undefined ? `data-inferred="${esc(m.inferred)}"` : '',
  ].filter(Boolean);
  let content = esc(text);
  if (m.change)
    content = `${m.change.from === '' ? '' : `<del>${esc(m.change.from)}</del> → `}<ins>${esc(m.change.to)}</ins>`;
  else if (m.inferred !== undefined && text === '')
    content = `<span class="ogi-inferred-value">(${esc(m.inferred)})</span>`;
  return `<td ${attrs.join(' ')}>${content}</td>`;
}

/** The list of notes under a section's tables (empty when there are none). */
export function notesList(a: Annotations | undefined, section: string): string {
  const notes = a?.notes.get(section);
  if (!a || !notes || notes.length === 0) return '';
  const cellsWord = a.locale === 'zh' ? '相关单元格' : 'cells';
  const items = notes.map((n) => {
    const links = n.cells.map((k, i) => `<a href="#${cellId(k)}">${i + 1}</a>`).join(' ');
    const repair = n.repair ? `<span class="ogi-repair-note">${esc(n.repair)}</span>` : '';
    return `<li id="${n.id}" class="ogi-${token(n.severity)}">[${esc(n.label)}] ${esc(n.text)}${links ? ` <span class="ogi-links">${cellsWord}：${links}</span>` : ''}${repair}</li>`;
  });
  return `<ol class="ogi-findings">\n${items.join('\n')}\n</ol>`;
}

/** The legend of the marks that occur on the page (empty when none does). */
export function legend(a: Annotations | undefined): string {
  if (!a) return '';
  const used = new Set([...a.marks.values()].flatMap((m) => [...m.classes]));
  const items = LEGEND.filter(([cls]) => used.has(cls)).map(
    ([cls, text]) => `<li><span class="${cls}"></span>${esc(text[a.locale])}</li>`,
  );
  return items.length === 0 ? '' : `<ul class="ogi-legend">\n${items.join('\n')}\n</ul>`;
}
