/**
 * The inspector showing an audit (`renderHtml(report, { audit })`): the verdict and summary first,
 * then each cause once — its words, who should act, its cells named and linked — the culprit cells
 * (those its repair changes) marked strongly with the change, the rest of each broken relation
 * lightly, the reader's doubts on their cells, and, where blanks matter, why a blank is an unknown.
 * Every finding stays listed at the end, once, without repeating the repair under it.
 *
 * The audit may have been stored and handed back: each value is escaped or made a token where it is
 * written, never trusted.
 */
import { esc, token } from '../_internal/escapeHtml.js';
import type { Audit, Cause } from '../check/audit.js';
import type { LocalizedText, Locale } from '../model/localizedText.js';
import { shown } from '../repair/repairText.js';
import { describeCell, describeRow } from '../template/describeCell.js';
import { cellsOfRow, type EditionLayout } from '../template/layout.js';
import { cellId, markOf, type Annotations, type CellMark } from './inspector.js';

const VERDICT: Record<string, LocalizedText> = {
  consistent: { zh: '一致', en: 'Consistent' },
  inconsistent: { zh: '不一致', en: 'Inconsistent' },
  incomplete: { zh: '无法完全判断', en: 'Incomplete' },
};

const ACTOR: Record<string, LocalizedText> = {
  publisher: { zh: '应由发布机关更正', en: 'for the publisher to correct' },
  reader: {
    zh: '应对照原件核对（页面未能可靠读出）',
    en: 'for the reader to check against the original (the page was not read reliably)',
  },
};

const WORDS = {
  verdict: { zh: '结论', en: 'Verdict' },
  causes: { zh: '原因', en: 'Causes' },
  cells: { zh: '涉及单元格', en: 'Cells' },
  findings: { zh: '全部检查结果', en: 'All findings' },
  blank: {
    zh: '空白格按未知数处理，不按 0：检查和更正把它当作任意非负整数，只有各关系能确定其值时才填出。若本意为 0，报告应填写 0。',
    en: 'A blank cell counts as an unknown, not as 0: the checks and repairs treat it as any count, and fill it only where the relations fix its value. If 0 is meant, the report should print 0.',
  },
} as const;

/** Whether blanks take part in what the audit found: blank causes, open relations, filled blanks, bounded changes. */
function blanksMatter(audit: Audit): boolean {
  return (
    audit.causes.some((c) => c.kind === 'blank') ||
    audit.findings.some((f) => f.status !== 'broken' && f.operands.some((o) => o.value === null)) ||
    (audit.repairs[0]?.fills.length ?? 0) > 0 ||
    (audit.repairs[0]?.changes.some((c) => c.bounded) ?? false)
  );
}

/** The marks of an audit: culprits strongly, the rest of each broken relation lightly, doubts and blanks. */
export function auditAnnotations(audit: Audit, locale: Locale): Annotations {
  const marks = new Map<string, CellMark>();
  const mark = (key: string, cls: string, id: string, title: string) => {
    const m = markOf(marks, key);
    m.classes.add(cls);
    if (!m.notes.includes(id)) m.notes.push(id);
    if (!m.titles.includes(title)) m.titles.push(title);
    return m;
  };
  audit.causes.forEach((cause, i) => {
    const id = `ogi-c-${i + 1}`;
    const title = String(cause.message?.[locale] ?? '');
    if (cause.kind === 'slip')
      for (const c of cause.repair ?? []) {
        const m = mark(String(c.key), 'ogi-culprit', id, title);
        m.change = { from: shown(c.from), to: String(c.to), alternative: (cause.alternatives ?? 0) > 0 };
      }
    else if (cause.kind === 'unread') for (const k of cause.cells) mark(String(k), 'ogi-doubt', id, title);
    else if (cause.kind === 'blank') for (const k of cause.cells) mark(String(k), 'ogi-open', id, title);
    else for (const k of cause.cells) mark(String(k), 'ogi-broken', id, title);
  });
  for (const f of audit.findings)
    if (f.status === 'broken')
      for (const o of f.operands)
        if (o.report === 'current' && !marks.get(String(o.key))?.classes.has('ogi-culprit'))
          markOf(marks, String(o.key)).classes.add('ogi-related');
  return { marks, notes: new Map(), locale };
}

/** Links to a cause's cells, in the form's words: a whole row by its name, other cells each by theirs. */
function cellLinks(keys: readonly string[], layout: EditionLayout, locale: Locale): string[] {
  // By row (the row's first cell); a key the form does not have (a stored audit) stands alone.
  const byRow = new Map<number | string, string[]>();
  for (const key of new Set(keys)) {
    const row = layout.cellByKey.get(key)?.firstCell ?? key;
    const list = byRow.get(row);
    if (list) list.push(key);
    else byRow.set(row, [key]);
  }
  const link = (key: string, name: string) => `<a href="#${cellId(key)}">${esc(name)}</a>`;
  return [...byRow.values()].flatMap((cells) => {
    const cell = layout.cellByKey.get(cells[0] as string);
    if (cell && cells.length === cellsOfRow(layout, cell).length)
      return [link(cells[0] as string, describeRow(cell)[locale])];
    return cells.map((key) => {
      const c = layout.cellByKey.get(key);
      return link(key, c ? describeCell(c)[locale] : key);
    });
  });
}

/** One cause as a list item: its words, who should act, its cells named and linked. */
function causeItem(cause: Cause, i: number, layout: EditionLayout, locale: Locale): string {
  const links = cellLinks(cause.cells.map(String), layout, locale);
  const actor = ACTOR[String(cause.actor)]?.[locale] ?? '';
  const cells =
    links.length > 0 ? `<span class="ogi-links">${esc(WORDS.cells[locale])}：${links.join('；')}</span>` : '';
  return [
    `<li id="ogi-c-${i + 1}" class="ogi-cause ogi-${token(String(cause.kind))}" data-kind="${token(String(cause.kind))}" data-actor="${token(String(cause.actor))}">`,
    `${esc(String(cause.message?.[locale] ?? ''))}`,
    actor ? ` <span class="ogi-actor">（${esc(actor)}）</span>` : '',
    cells,
    '</li>',
  ].join('');
}

/** Every finding once, by fingerprint, without its repair (the causes say it). */
function findingsList(audit: Audit, locale: Locale): string {
  if (audit.findings.length === 0) return '';
  const items = audit.findings.map(
    (f) =>
      `<li id="ogi-f-${token(String(f.fingerprint))}" class="ogi-${token(String(f.severity))}">[${esc(`${f.rule} ${f.code}`)}] ${esc(String(f.message?.[locale] ?? ''))}</li>`,
  );
  return `<details class="ogi-all-findings"><summary>${esc(WORDS.findings[locale])}（${audit.findings.length}）</summary>\n<ol class="ogi-findings">\n${items.join('\n')}\n</ol></details>`;
}

/** The audit's panel: verdict, summary in the page's language and the other, causes, the blank note, all findings. */
export function auditPanel(audit: Audit, layout: EditionLayout, locale: Locale): string {
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  const verdict = String(audit.verdict);
  const summary = audit.summary ?? { zh: '', en: '' };
  const causes = audit.causes.map((c, i) => causeItem(c, i, layout, locale));
  return [
    `<section class="ogi-audit" data-verdict="${token(verdict)}">`,
    `<p class="ogi-verdict"><strong>${esc(WORDS.verdict[locale])}：${esc(VERDICT[verdict]?.[locale] ?? verdict)}</strong></p>`,
    `<p class="ogi-summary" lang="${locale === 'zh' ? 'zh-CN' : 'en'}">${esc(String(summary[locale] ?? ''))}</p>`,
    `<p class="ogi-summary ogi-summary-other" lang="${other === 'zh' ? 'zh-CN' : 'en'}">${esc(String(summary[other] ?? ''))}</p>`,
    blanksMatter(audit) ? `<p class="ogi-blank-note">${esc(WORDS.blank[locale])}</p>` : '',
    causes.length > 0
      ? `<h2 class="ogi-causes-heading">${esc(WORDS.causes[locale])}</h2>\n<ol class="ogi-causes">\n${causes.join('\n')}\n</ol>`
      : '',
    findingsList(audit, locale),
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}
