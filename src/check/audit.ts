/**
 * The auditor's verdict on one report: the checker's findings, the repairs and the reader's doubts
 * folded into causes — one slip that breaks eight relations is one cause with its repair, not eight
 * symptoms — and a summary a person can read.
 */
import { pushAll } from '../_internal/arrays.js';
import { checkedOptions, optionKinds } from '../_internal/options.js';
import { assertReport } from '../_internal/assertEdition.js';
import type { FoundCellKey } from '../model/location.js';
import type { LocalizedText, Locale } from '../model/localizedText.js';
import type { Report } from '../model/report.js';
import type { ParseFinding } from '../parse/parseFinding.js';
import { shown } from '../repair/repairText.js';
import { suggestRepairs } from '../repair/suggestRepairs.js';
import type { Repair, RepairChange } from '../repair/types.js';
import { checkReport } from './checkReport.js';
import type { Finding, Profile } from './types.js';
import { cellsOfRow, layoutOf, type EditionLayout } from '../template/layout.js';
import { describeRow } from '../template/describeCell.js';

/**
 * What an audit concludes: every relation holds (`consistent`), some relation is broken whatever
 * the blanks hold (`inconsistent`), or none is broken but blanks, unread cells or the reader's errors
 * leave some open (`incomplete`).
 * @category Checks
 */
export type Verdict = 'consistent' | 'inconsistent' | 'incomplete';

/**
 * What kind of cause: a `slip` a repair mends; `unrepairable`, broken relations no repair of a few
 * cells mends; `unread`, a row the reader could not read as printed; `blank`, rows left blank;
 * `other`, a broken relation no repair explains.
 * @category Checks
 */
export type CauseKind = 'slip' | 'unrepairable' | 'unread' | 'blank' | 'other';

/**
 * One cause of what an audit found: the cells it is about (by key and in the form's words), the
 * findings it explains, its most likely repair, who should act, and one sentence saying so.
 * @category Checks
 */
export interface Cause {
  /** What kind of cause. */
  readonly kind: CauseKind;
  /** Who should act: the `publisher` (the report is wrong or incomplete) or the `reader` (a badly printed page was not read). */
  readonly actor: 'publisher' | 'reader';
  /** The cells the cause is about. */
  readonly cells: readonly FoundCellKey[];
  /** The fingerprints of the checker's findings it explains. */
  readonly findings: readonly string[];
  /** For a slip: the changes of the most likely repair. */
  readonly repair?: readonly RepairChange[];
  /** For a slip: how many other repairs are as likely (0 when the relations identify it). */
  readonly alternatives?: number;
  /** The cause in one sentence, in both languages. */
  readonly message: LocalizedText;
}

/**
 * Options of {@link auditReport}.
 * @category Checks
 */
export interface AuditOptions {
  /** What the reader doubted when it read the report (from `parseReport`, `parseHtml`, `parsePdf`). */
  readonly parseFindings?: readonly ParseFinding[];
  /** Last year's report, for the cross-year rules. */
  readonly previous?: Report;
  /** The reports an aggregate sums, for the roll-up rule. */
  readonly children?: readonly Report[];
  /** `'submit'` (default: what a supervisor would reject) or `'draft'`. */
  readonly profile?: Profile;
  /** The language of the findings' messages (`'zh'` default); the summary and causes speak both. */
  readonly locale?: Locale;
}

/**
 * An audit: the verdict, a summary a person can read, the causes, and everything under them.
 * @category Checks
 */
export interface Audit {
  /** The report audited. */
  readonly report: Report;
  /** The verdict. */
  readonly verdict: Verdict;
  /** One paragraph: what is wrong, the most likely fix, what could not be read. */
  readonly summary: LocalizedText;
  /** The causes, most serious first: slips, relations no repair mends, other broken relations, unread rows, blanks. */
  readonly causes: readonly Cause[];
  /** Every finding of the checker, with its fingerprint. */
  readonly findings: readonly Finding[];
  /** The repairs, best first. */
  readonly repairs: readonly Repair[];
  /** The reader's findings, as given. */
  readonly parseFindings: readonly ParseFinding[];
}

/** Reader codes that leave a row's cells unread or doubtful: a row a person must read from the page. */
const UNREAD = new Set([
  'ROW_MISSING',
  'ROW_NOT_RECOGNIZED',
  'VALUE_COUNT',
  'VALUES_UNPLACED',
  'VALUE_INVALID',
  'DIGITS_AMBIGUOUS',
  'CELL_SEVERAL_VALUES',
  'CELL_MERGED',
]);

const changeText = (c: RepairChange, lang: 'zh' | 'en') =>
  `${c.where[lang]} ${shown(c.from) || (lang === 'zh' ? '（空白）' : '(blank)')} → ${c.to}`;

/**
 * Audits a report: checks it, looks for the most likely repairs, and folds the findings, repairs and
 * the reader's doubts into causes — the findings one repair explains are one cause, with that
 * repair; the doubts about one row are one cause; each blank row is one — and a verdict with a
 * summary in both languages. Every underlying finding stays available, with its fingerprint.
 * @param report - the report to audit.
 * @param options - `parseFindings`, `previous`, `children`, `profile`, `locale`.
 * @returns the audit.
 * @throws {@link index!OgiReportError} `INVALID_ARGUMENT` for something that is not a report, or options that are not valid.
 * @example
 * ```ts
 * const { report, findings } = parseReport(publishedText);
 * if (report) console.log(auditReport(report, { parseFindings: findings }).summary.zh);
 * ```
 * @category Checks
 */
export function auditReport(report: Report, options: AuditOptions = {}): Audit {
  checkedOptions('auditReport', options, {
    parseFindings: optionKinds.array,
    previous: optionKinds.object,
    children: optionKinds.array,
    profile: optionKinds.string,
    locale: optionKinds.locale,
  });
  assertReport('auditReport', report);
  const { parseFindings = [], previous, children, profile, locale } = options;
  const context = { ...(previous && { previous }), ...(children && { children }) };
  const { findings } = checkReport(report, { ...context, ...(profile && { profile }), ...(locale && { locale }) });
  const { repairs, unrepaired } = suggestRepairs(report, context);
  const causes = [
    ...slipCauses(layoutOf(report.edition), repairs, findings),
    ...unrepaired.map(
      (u): Cause => ({
        kind: 'unrepairable',
        actor: 'publisher',
        cells: u.cells,
        findings: u.findings,
        message: {
          zh: `${u.findings.length} 项关系不成立，改动少数几格无法使其成立：请核对 ${u.cells.length} 格的原始数据`,
          en: `${u.findings.length} relation(s) are broken and no change of a few cells mends them: check the ${u.cells.length} cells against the source`,
        },
      }),
    ),
  ];
  const explained = new Set(causes.flatMap((c) => c.findings));
  for (const f of findings) if (f.status === 'broken' && !explained.has(f.fingerprint)) causes.push(otherCause(f));
  const unread = unreadCauses(parseFindings, layoutOf(report.edition));
  pushAll(causes, unread);
  // A row the reader did not find is blank in the report: one cause, the reader's (someone must look
  // at the page), not also a blank one for the publisher.
  const unreadCells = new Set(unread.flatMap((c) => c.cells));
  pushAll(
    causes,
    blankCauses(findings).filter((c) => !c.cells.every((k) => unreadCells.has(k))),
  );
  const verdict = verdictOf(findings, parseFindings);
  return { report, verdict, summary: summaryOf(verdict, causes), causes, findings, repairs, parseFindings };
}

/**
 * The most likely repair as causes: its changes grouped into slips — changes in one row or one column
 * of table 三, changes that meet in a relation they break, the two cells of a swap, and changes that only mend relations
 * through blanks (no finding names them) are one slip (one wrong row is one cause) — each with the
 * findings about its cells.
 */
function slipCauses(layout: EditionLayout, repairs: readonly Repair[], findings: readonly Finding[]): Cause[] {
  const top = repairs[0];
  if (!top) return [];
  const alternatives = repairs.filter((r) => r.rank === top.rank).length - 1;
  const cellsOf = new Map(
    findings.map((f) => [f.fingerprint, new Set(f.operands.filter((o) => o.report === 'current').map((o) => o.key))]),
  );
  // Grouped across parts too: a value of table 四 entered one cell off crosses from one block into the next.
  const broken = new Set(findings.filter((f) => f.status === 'broken').map((f) => f.fingerprint));
  return slipsOf(layout, top.changes, top.resolves, cellsOf, broken).map((slip) =>
    slipCause(slip.changes, slip.findings, alternatives),
  );
}

/**
 * Whether two changed cells share a row, or a column of table 三 (whose columns are sums; table 四's
 * blocks are not related by column): a relation broken, or holding only because the two changes
 * cancel out in it — either way one slip, not two.
 */
function related(layout: EditionLayout, a: string, b: string): boolean {
  const x = layout.cellByKey.get(a);
  const y = layout.cellByKey.get(b);
  if (!x || !y) return false;
  return (
    x.firstCell === y.firstCell || (x.section.key === 'requests' && x.section === y.section && x.column === y.column)
  );
}

/** A part's changes grouped into slips (union–find over shared broken relations, rows and swap pairs). */
function slipsOf(
  layout: EditionLayout,
  changes: readonly RepairChange[],
  resolves: readonly string[],
  cellsOf: ReadonlyMap<string, ReadonlySet<string>>,
  broken: ReadonlySet<string>,
): { changes: RepairChange[]; findings: string[] }[] {
  const parent = changes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  const join = (i: number, j: number) => (parent[find(i)] = find(j));
  const touching = (fp: string) => changes.flatMap((c, i) => (cellsOf.get(fp)?.has(c.key) ? [i] : []));
  const named = new Set<number>();
  // Linked through a relation broken as printed; one the blanks only leave open names cells far apart.
  for (const fp of resolves) {
    if (!broken.has(fp)) continue;
    const [first, ...rest] = touching(fp);
    for (const i of rest) join(i, first as number);
    if (first !== undefined) for (const i of [first, ...rest]) named.add(i);
  }
  // Changes no finding names mend relations only through blanks they share: together, one slip.
  const unnamed = changes.flatMap((_, i) => (named.has(i) ? [] : [i]));
  for (const i of unnamed.slice(1)) join(i, unnamed[0] as number);
  changes.forEach((a, i) =>
    changes.forEach((b, j) => {
      const swap = a.slip === 'swap' && b.slip === 'swap' && a.from === b.to && a.to === b.from;
      if (i < j && (swap || related(layout, a.key, b.key))) join(i, j);
    }),
  );
  const groups = new Map<number, { changes: RepairChange[]; findings: string[] }>();
  changes.forEach((c, i) => {
    const root = find(i);
    const g = groups.get(root) ?? { changes: [], findings: [] };
    g.changes.push(c);
    groups.set(root, g);
  });
  const slips = [...groups.values()];
  // Each finding under the slips whose cells it names; one naming none (mended by a fill) under the first.
  for (const fp of resolves) {
    const mine = slips.filter((g) => g.changes.some((c) => cellsOf.get(fp)?.has(c.key)));
    for (const g of mine.length > 0 ? mine : slips.slice(0, 1)) g.findings.push(fp);
  }
  return slips;
}

function slipCause(changes: readonly RepairChange[], findings: readonly string[], alternatives: number): Cause {
  return {
    kind: 'slip',
    actor: 'publisher',
    cells: changes.map((c) => c.key),
    findings,
    repair: changes,
    alternatives,
    message: {
      zh: `很可能是填报笔误：${changes.map((c) => changeText(c, 'zh')).join('；')}${alternatives > 0 ? `（另有 ${alternatives} 种同样可能的更正）` : ''}`,
      en: `Most likely a slip: ${changes.map((c) => changeText(c, 'en')).join('; ')}${alternatives > 0 ? ` (${alternatives} other repair(s) as likely)` : ''}`,
    },
  };
}

function otherCause(f: Finding): Cause {
  return {
    kind: 'other',
    actor: 'publisher',
    cells: f.operands.filter((o) => o.report === 'current').map((o) => o.key),
    findings: [f.fingerprint],
    message: f.message,
  };
}

/** The reader's doubts, one cause per row: a person should read that row from the page. */
function unreadCauses(parseFindings: readonly ParseFinding[], layout: EditionLayout): Cause[] {
  const byRow = new Map<string, ParseFinding[]>();
  for (const f of parseFindings) {
    const row = f.location?.row;
    if (f.severity === 'info' || !UNREAD.has(f.code) || row === undefined) continue;
    // A doubt about a run of rows (digits run together across them) is a doubt about each.
    for (const r of f.rows ?? [row]) {
      const id = `${f.location?.section}.${r}`;
      const list = byRow.get(id);
      if (list) list.push(f);
      else byRow.set(id, [f]);
    }
  }
  return [...byRow].map(([id, fs]) => {
    const row = layout.rowByKey.get(id);
    const where = row ? describeRow(row) : ((fs[0] as ParseFinding).location?.where ?? { zh: '', en: '' });
    // The cells named, or the whole row when the doubt is about the row.
    const named = fs.flatMap((f) => (f.location?.key ? [f.location.key] : []));
    const cells = named.length > 0 || !row ? [...new Set(named)] : cellsOfRow(layout, row).map((c) => c.key);
    return {
      kind: 'unread',
      actor: 'reader',
      cells,
      findings: [],
      message: {
        zh: `${where.zh}：读取页面时未能确定（${[...new Set(fs.map((f) => f.code))].join('、')}），请对照原件核对此行`,
        en: `${where.en}: the page could not be read with certainty (${[...new Set(fs.map((f) => f.code))].join(', ')}); check this row against the original`,
      },
    };
  });
}

/** Each blank finding of the completeness rule (R0) as a cause: a blank counts as an unknown, never as zero. */
function blankCauses(findings: readonly Finding[]): Cause[] {
  return findings
    .filter((f) => f.code.startsWith('BLANK_ROWS'))
    .map((f) => ({
      kind: 'blank',
      actor: 'publisher',
      cells: f.operands.map((o) => o.key),
      findings: [f.fingerprint],
      // The completeness rule's words already say that blank is not zero, and what to write.
      message: f.message,
    }));
}

function verdictOf(findings: readonly Finding[], parseFindings: readonly ParseFinding[]): Verdict {
  if (findings.some((f) => f.status === 'broken' && f.severity === 'error')) return 'inconsistent';
  // Open: a relation that blanks of this report leave undecided (not a rule that lacks last year's report).
  const open = findings.some(
    (f) =>
      f.code.startsWith('BLANK_ROWS') ||
      (f.status !== 'broken' && f.operands.some((o) => o.report === 'current' && o.value === null)),
  );
  return open || parseFindings.some((f) => f.severity === 'error') ? 'incomplete' : 'consistent';
}

/** The summary paragraph: the verdict, the causes counted, the most likely fix, what could not be read. */
function summaryOf(verdict: Verdict, causes: readonly Cause[]): LocalizedText {
  const count = (k: CauseKind) => causes.filter((c) => c.kind === k).length;
  const head = {
    consistent: { zh: '报告各项关系均成立。', en: 'Every relation of the report holds.' },
    inconsistent: { zh: '报告存在不成立的关系。', en: 'The report breaks some of its relations.' },
    incomplete: {
      zh: '报告没有不成立的关系，但空白或未读出的格使部分关系无法判断。',
      en: 'No relation is broken, but blank or unread cells leave some open.',
    },
  }[verdict];
  const fix = causes.find((c) => c.kind === 'slip');
  const parts = [
    head,
    ...(causes.length > 0 ? [{ zh: `共 ${causes.length} 个原因。`, en: `${causes.length} cause(s).` }] : []),
    ...(fix
      ? [
          {
            zh: `最可能的更正：${fix.message.zh.replace(/^很可能是填报笔误：/, '')}。`,
            en: `Most likely fix: ${fix.message.en.replace(/^Most likely a slip: /, '')}.`,
          },
        ]
      : []),
    ...(count('unrepairable') > 0
      ? [
          {
            zh: `${count('unrepairable')} 处无法通过少量改动更正，需核对原始数据。`,
            en: `${count('unrepairable')} part(s) cannot be mended by a few changes: check the source data.`,
          },
        ]
      : []),
    ...(count('unread') > 0
      ? [
          {
            zh: `${count('unread')} 行未能从页面可靠读出，请对照原件。`,
            en: `${count('unread')} row(s) could not be read reliably from the page: check the original.`,
          },
        ]
      : []),
    ...(count('blank') > 0
      ? [
          {
            zh: `${count('blank')} 处空白（空白按未知数处理，不按 0）。`,
            en: `${count('blank')} blank(s) (a blank counts as unknown, not as 0).`,
          },
        ]
      : []),
  ];
  return { zh: parts.map((p) => p.zh).join(''), en: parts.map((p) => p.en).join(' ') };
}
