/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The playground: reports dropped in the page are read with the library's public browser entries,
 * audited, shown with the inspector, and each cell's source shown on click. Nothing leaves the page:
 * pdf.js, its worker, its CMaps and fonts are served beside it.
 */
import {
  auditReport,
  auditReports,
  auditsToCsv,
  fromCsvReports,
  fromJSON,
  fromJsonLines,
  fromWideCsv,
  htmlStyles,
  parseReport,
  renderHtml,
  toJSON,
  toJsonLines,
  toWideCsv,
  type Audit,
  type CellSource,
  type ParseFinding,
  type Report,
} from 'ogi-report';

type Locale = 'zh' | 'en';

/** Where a report came from, to show a cell's source. */
type Origin =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'html'; readonly html: string }
  | { readonly kind: 'pdf'; readonly bytes: Uint8Array }
  | { readonly kind: 'docx' }
  | { readonly kind: 'data' };

/** One file read: a report (or why not), with what the reader said and where each cell came from. */
interface Entry {
  readonly name: string;
  readonly origin: Origin;
  readonly report?: Report;
  readonly findings: readonly ParseFinding[];
  readonly sources: readonly CellSource[];
  readonly problem?: string;
  /** Milliseconds from the file's bytes to the audit's verdict. */
  readonly ms: number;
  audit?: Audit;
}

const WORDS = {
  zh: {
    files: '文件',
    agency: '机关',
    year: '年度',
    edition: '版本',
    verdict: '结论',
    causes: '原因',
    notReport: '不是年度报告',
    downloads: '下载',
    json: 'JSON',
    jsonl: 'JSON Lines',
    wide: '宽表 CSV',
    table: '检查结果表（CSV）',
    docx: 'Word',
    page: '网页',
    source: '来源',
    clickCell: '点击表中任一数字，查看它从哪里读出。',
    noSource: '此格没有来源（空白，或由其他格推出）。',
    series: '与上年报告关联',
    before: '上年报告',
    verdicts: { consistent: '一致', inconsistent: '不一致', incomplete: '无法完全判断' },
    how: {
      printed: '印在本格',
      split: '由连在一起的数字拆分',
      joined: '由跨行断开的数字接回',
      repeated: '由被合并的相同行还原',
      implied: '按旧版式推为 0',
    },
    row: { label: '按标签找到本行', order: '按表格顺序找到本行', group: '分组标题印为一行' },
    ms: '读取用时',
  },
  en: {
    files: 'File',
    agency: 'Agency',
    year: 'Year',
    edition: 'Edition',
    verdict: 'Verdict',
    causes: 'Causes',
    notReport: 'not an annual report',
    downloads: 'Download',
    json: 'JSON',
    jsonl: 'JSON Lines',
    wide: 'wide CSV',
    table: 'findings table (CSV)',
    docx: 'Word',
    page: 'web page',
    source: 'Source',
    clickCell: 'Click any number of the form to see where it was read from.',
    noSource: 'This cell has no source (blank, or derived from others).',
    series: 'linked to the year before',
    before: 'Year before',
    verdicts: { consistent: 'Consistent', inconsistent: 'Inconsistent', incomplete: 'Incomplete' },
    how: {
      printed: 'printed in its cell',
      split: 'split from digits run together',
      joined: 'joined from a number broken over lines',
      repeated: 'restored from merged identical lines',
      implied: '0 by the older layout',
    },
    row: {
      label: 'row found by its label',
      order: 'row found by the form’s order',
      group: 'a group row printed as one',
    },
    ms: 'read in',
  },
} as const;

const STATIC: Record<string, { zh: string; en: string }> = {
  title: {
    zh: '政府信息公开工作年度报告：读取与检查',
    en: 'Annual reports on open government information: read and check',
  },
  input: { zh: '选择或拖入报告', en: 'Pick or drop reports' },
  formats: {
    zh: 'PDF、网页（HTML）、Word（.docx）、文本或 Markdown、JSON、JSON Lines、CSV（长表或宽表），可一次多个。一切都在本页中处理，不上传。',
    en: 'PDF, web pages (HTML), Word (.docx), text or Markdown, JSON, JSON Lines, CSV (long or wide), many at once. Everything happens in this page; nothing is uploaded.',
  },
  pick: { zh: '选择文件', en: 'Pick files' },
  drop: { zh: '或把文件拖到这里', en: 'or drop files here' },
  paste: { zh: '粘贴文本', en: 'Paste text' },
  read: { zh: '读取', en: 'Read' },
};

let locale: Locale = 'zh';
const entries: Entry[] = [];
const $ = <T extends Element>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector);
const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

document.head.insertAdjacentHTML('beforeend', `<style>${htmlStyles}</style>`);

/** What pdf-reader.js gives the page. */
interface PdfReader {
  readonly parsePdf: typeof import('ogi-report/pdf')['parsePdf'];
  readonly pdfjs: typeof import('pdfjs-dist/legacy/build/pdf.mjs');
}
let pdfLoaded: Promise<PdfReader> | undefined;

/** pdf.js and the PDF reader, a script loaded the first time a PDF is dropped (they are most of the page's weight). */
function pdfReader(): Promise<PdfReader> {
  pdfLoaded ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('./pdf-reader.js', location.href).href;
    script.onload = () => resolve((globalThis as unknown as { ogiPlaygroundPdf: PdfReader }).ogiPlaygroundPdf);
    script.onerror = () => reject(new Error('pdf-reader.js did not load'));
    document.head.append(script);
  });
  return pdfLoaded;
}

const resources = {
  cMapUrl: new URL('./cmaps/', location.href).href,
  standardFontDataUrl: new URL('./standard_fonts/', location.href).href,
};

/** Reads one file with the reader its kind needs. */
async function readFile(file: File): Promise<Entry> {
  const t0 = performance.now();
  const name = file.name;
  const lower = name.toLowerCase();
  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = () => new TextDecoder().decode(bytes);
  const done = (
    origin: Origin,
    read: { report?: Report; findings?: readonly ParseFinding[]; sources?: readonly CellSource[]; problem?: string },
  ): Entry => {
    const audit = read.report && auditReport(read.report, { parseFindings: read.findings ?? [], locale });
    return {
      name,
      origin,
      findings: read.findings ?? [],
      sources: read.sources ?? [],
      ...(read.report && { report: read.report }),
      ...(read.problem && { problem: read.problem }),
      ...(audit && { audit }),
      ms: performance.now() - t0,
    };
  };
  if (lower.endsWith('.pdf') || (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) {
    const { parsePdf } = await pdfReader();
    return done({ kind: 'pdf', bytes: bytes.slice() }, await parsePdf(bytes, { explain: true, ...resources }));
  }
  if (lower.endsWith('.docx')) {
    const { parseDocx } = await import('ogi-report/docx');
    return done({ kind: 'docx' }, await parseDocx(bytes, { explain: true }));
  }
  if (lower.endsWith('.html') || lower.endsWith('.htm')) {
    const { parseHtml } = await import('ogi-report/html');
    const html = text();
    return done({ kind: 'html', html }, parseHtml(html, { explain: true }));
  }
  if (lower.endsWith('.json')) {
    const r = fromJSON(text());
    return done({ kind: 'data' }, r.success ? { report: r.report } : { problem: r.issues[0]?.message[locale] ?? '' });
  }
  if (lower.endsWith('.jsonl') || lower.endsWith('.csv')) return dataset(name, text(), t0);
  const t = text();
  return done({ kind: 'text', text: t }, parseReport(t, { explain: true }));
}

/** A file of many reports (JSON Lines, wide or long CSV): one entry per report. */
function dataset(name: string, text: string, t0: number): Entry {
  const results = name.endsWith('.jsonl')
    ? fromJsonLines(text)
    : (text.split('\n', 1)[0] ?? '').includes(',section,row,column,value')
      ? fromCsvReports(text)
      : fromWideCsv(text);
  const reports = results.flatMap((r) => (r.success ? [r.report] : []));
  for (const [i, report] of reports.slice(1).entries()) entries.push(dataEntry(`${name} #${i + 2}`, report, t0));
  const first = reports[0];
  if (!first) {
    const failed = results.find((r) => !r.success);
    return {
      name,
      origin: { kind: 'data' },
      findings: [],
      sources: [],
      problem: failed && !failed.success ? (failed.issues[0]?.message[locale] ?? '') : '',
      ms: 0,
    };
  }
  return dataEntry(reports.length > 1 ? `${name} #1` : name, first, t0);
}

function dataEntry(name: string, report: Report, t0: number): Entry {
  return {
    name,
    origin: { kind: 'data' },
    report,
    findings: [],
    sources: [],
    audit: auditReport(report, { locale }),
    ms: performance.now() - t0,
  };
}

/** The files read, in order; the page drawn again. */
async function readAll(files: readonly File[]): Promise<void> {
  for (const file of files) {
    try {
      entries.push(await readFile(file));
    } catch (e) {
      entries.push({ name: file.name, origin: { kind: 'data' }, findings: [], sources: [], problem: String(e), ms: 0 });
    }
  }
  draw();
}

/** Re-audits every report in the language chosen, with the years linked (auditReports). */
function relink(): ReturnType<typeof auditReports> | undefined {
  const withReports = entries.filter((e) => e.report);
  if (withReports.length === 0) return undefined;
  const city = auditReports(
    withReports.map((e) => ({ report: e.report as Report, parseFindings: e.findings, meta: { file: e.name } })),
    { locale },
  );
  withReports.forEach((e, i) => {
    const linked = city.audits[i]?.audit;
    if (linked) e.audit = linked;
  });
  return city;
}

function draw(): void {
  const city = relink();
  drawOverview(city);
  const reports = $('#reports') as HTMLElement;
  reports.innerHTML = entries.map((e, i) => panel(e, i)).join('\n');
}

const w = () => WORDS[locale];

function drawOverview(city: ReturnType<typeof auditReports> | undefined): void {
  const overview = $('#overview') as HTMLElement;
  overview.hidden = entries.length === 0;
  const withReports = entries.filter((e) => e.report);
  const rows = entries.map((e) => {
    const r = e.report;
    const verdict = e.audit ? w().verdicts[e.audit.verdict] : w().notReport;
    // The same agency's report for the year before, as auditReports linked it.
    const link = city?.audits[withReports.indexOf(e)]?.previous;
    const before = link === undefined ? '' : (withReports[link]?.name ?? '');
    return `<tr data-report="${esc(e.name)}"><td><a href="#panel-${entries.indexOf(e)}">${esc(e.name)}</a></td><td>${esc(r?.agency.name ?? '')}</td><td>${r?.reportYear ?? ''}</td><td>${esc(r?.edition ?? '')}</td><td data-verdict="${esc(e.audit?.verdict ?? 'none')}">${esc(verdict)}</td><td>${e.audit?.causes.length ?? ''}</td><td>${esc(before)}</td></tr>`;
  });
  const linked = city?.audits.filter((a) => a.previous !== undefined).length ?? 0;
  overview.innerHTML = `<h2>${esc(w().files)}</h2>
<div class="scroll"><table class="files"><thead><tr><th>${esc(w().files)}</th><th>${esc(w().agency)}</th><th>${esc(w().year)}</th><th>${esc(w().edition)}</th><th>${esc(w().verdict)}</th><th>${esc(w().causes)}</th><th>${esc(w().before)}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>
<p>${esc(w().series)}: ${linked}</p>
<p class="downloads">${esc(w().downloads)}:
<button type="button" data-download="json">${esc(w().json)}</button>
<button type="button" data-download="jsonl">${esc(w().jsonl)}</button>
<button type="button" data-download="wide">${esc(w().wide)}</button>
<button type="button" data-download="table">${esc(w().table)}</button></p>`;
}

function panel(e: Entry, i: number): string {
  if (!e.report || !e.audit)
    return `<article class="report" id="panel-${i}" data-report="${esc(e.name)}" data-verdict="none"><h2>${esc(e.name)}</h2><p class="problem">${esc(w().notReport)}${e.problem ? `：${esc(e.problem)}` : ''}</p></article>`;
  const page = renderHtml(e.report, { audit: e.audit, locale });
  return `<article class="report" id="panel-${i}" data-report="${esc(e.name)}" data-verdict="${esc(e.audit.verdict)}" data-ms="${Math.round(e.ms)}">
<h2>${esc(e.name)}</h2>
<p class="meta">${esc(w().ms)} ${Math.round(e.ms)} ms ·
<button type="button" data-download="docx" data-index="${i}">${esc(w().docx)}</button>
<button type="button" data-download="html" data-index="${i}">${esc(w().page)}</button></p>
<div class="split"><div class="form">${page}</div>
<aside class="source" aria-live="polite"><h3>${esc(w().source)}</h3><p class="hint">${esc(w().clickCell)}</p><div class="view"></div></aside></div>
</article>`;
}

/** Shows where a cell's value came from, marking it with `data-source-of`. */
async function showSource(article: HTMLElement, key: string): Promise<void> {
  const e = entries[Number(article.id.slice('panel-'.length))];
  const view = $('.source .view', article) as HTMLElement;
  const hint = $('.source .hint', article) as HTMLElement;
  for (const td of article.querySelectorAll('td.selected')) td.classList.remove('selected');
  article.querySelector(`td[data-key="${CSS.escape(key)}"]`)?.classList.add('selected');
  const s = e?.sources.find((x) => x.key === key);
  if (!e || !s) {
    hint.textContent = w().noSource;
    view.innerHTML = '';
    return;
  }
  const how = `${w().how[s.value]}${s.split ? ` (${s.split.by}, ${s.split.readings})` : ''} · ${w().row[s.row]}`;
  hint.textContent = `${key}: ${s.text} — ${how}`;
  if (e.origin.kind === 'text') {
    const t = e.origin.text;
    const from = Math.max(0, t.lastIndexOf('\n', Math.max(0, s.span.start - 400)));
    const to = t.indexOf('\n', Math.min(t.length, s.span.end + 400));
    view.innerHTML = `<pre>${esc(t.slice(from, s.span.start))}<mark data-source-of="${esc(key)}">${esc(t.slice(s.span.start, s.span.end))}</mark>${esc(t.slice(s.span.end, to < 0 ? t.length : to))}</pre>`;
    $('mark', view)?.scrollIntoView({ block: 'center' });
  } else if (e.origin.kind === 'html' && s.source?.kind === 'html') await showHtmlCell(view, e.origin.html, s, key);
  else if (e.origin.kind === 'pdf' && s.source?.kind === 'pdf') await showPdfBox(view, e.origin.bytes, s, key);
  else {
    const at =
      s.source?.kind === 'html'
        ? `table ${(s.source.table ?? 0) + 1}, row ${(s.source.row ?? 0) + 1}, column ${(s.source.column ?? 0) + 1}`
        : '';
    view.innerHTML = `<p data-source-of="${esc(key)}">${esc(at)}</p>`;
  }
}

/** The page, drawn in a frame that runs no script, with the cell read outlined. */
async function showHtmlCell(view: HTMLElement, html: string, s: CellSource, key: string): Promise<void> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.setAttribute('title', 'source');
  frame.srcdoc = html;
  view.replaceChildren(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument;
  if (!doc || s.source?.kind !== 'html') return;
  const table = doc.querySelectorAll('table')[s.source.table ?? 0];
  const cell = table && gridCell(table, s.source.row ?? 0, s.source.column ?? 0);
  if (!cell) return;
  cell.setAttribute('data-source-of', key);
  cell.style.outline = '3px solid #c62828';
  cell.scrollIntoView({ block: 'center' });
}

/** The cell of a table at a grid row and column (merged cells counted once per slot they cover). */
function gridCell(table: HTMLTableElement, row: number, column: number): HTMLTableCellElement | undefined {
  const taken: boolean[][] = [];
  const rows = [...table.rows];
  for (let r = 0; r < rows.length; r++) {
    let c = 0;
    for (const cell of rows[r]?.cells ?? []) {
      while (taken[r]?.[c]) c++;
      for (let dr = 0; dr < Math.max(1, cell.rowSpan); dr++)
        for (let dc = 0; dc < Math.max(1, cell.colSpan); dc++) {
          taken[r + dr] ??= [];
          (taken[r + dr] as boolean[])[c + dc] = true;
          if (r + dr === row && c + dc === column) return cell;
        }
      c += Math.max(1, cell.colSpan);
    }
  }
  return undefined;
}

/** The PDF page drawn with pdf.js, the item's box outlined. */
async function showPdfBox(view: HTMLElement, bytes: Uint8Array, s: CellSource, key: string): Promise<void> {
  if (s.source?.kind !== 'pdf' || !s.box) return;
  const { pdfjs } = await pdfReader();
  const doc = await pdfjs.getDocument({ data: bytes.slice(), ...resources, cMapPacked: true }).promise;
  const page = await doc.getPage(s.source.page);
  const scale = Math.min(1.5, (view.clientWidth || 600) / page.getViewport({ scale: 1 }).width);
  const viewport = page.getViewport({ scale });
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(viewport.width);
  canvas.height = Math.ceil(viewport.height);
  const box = document.createElement('div');
  box.className = 'box';
  box.setAttribute('data-source-of', key);
  const b = s.box;
  Object.assign(box.style, {
    left: `${(b.x - 2) * scale}px`,
    top: `${(b.y - 2) * scale}px`,
    width: `${(b.width + 4) * scale}px`,
    height: `${(b.height + 4) * scale}px`,
  });
  const wrap = document.createElement('div');
  wrap.className = 'pdf-page';
  wrap.append(canvas, box);
  view.replaceChildren(wrap);
  await page.render({ canvas, canvasContext: canvas.getContext('2d') as CanvasRenderingContext2D, viewport }).promise;
  box.scrollIntoView({ block: 'center' });
  await doc.destroy();
}

/** A file to save. */
function save(name: string, data: BlobPart, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([data], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

async function download(kind: string, index: number): Promise<void> {
  const withReports = entries.filter((e) => e.report);
  const rows = withReports.map((e) => ({
    report: e.report as Report,
    meta: { file: e.name },
    findings: e.findings,
    ...(e.audit && { audit: e.audit }),
  }));
  if (kind === 'json')
    save('reports.json', `[${withReports.map((e) => toJSON(e.report as Report)).join(',\n')}]\n`, 'application/json');
  if (kind === 'jsonl') save('reports.jsonl', toJsonLines(rows), 'application/x-ndjson');
  if (kind === 'wide') save('reports.csv', toWideCsv(rows), 'text/csv');
  if (kind === 'table') {
    const city = relink();
    if (city) save('findings.csv', auditsToCsv(city), 'text/csv');
  }
  const e = entries[index];
  if (kind === 'html' && e?.report)
    save(
      `${e.name}.html`,
      renderHtml(e.report, { standalone: true, ...(e.audit && { audit: e.audit }), locale }),
      'text/html',
    );
  if (kind === 'docx' && e?.report) {
    const { renderDocx } = await import('ogi-report/docx');
    save(
      `${e.name}.docx`,
      (await renderDocx(e.report)).slice(),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  }
}

function translate(): void {
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = STATIC[el.dataset['i18n'] as string];
    if (text) el.textContent = text[locale];
  }
  ($('#lang') as HTMLButtonElement).textContent = locale === 'zh' ? 'English' : '中文';
}

($('#files') as HTMLInputElement).addEventListener('change', (ev) => {
  const input = ev.target as HTMLInputElement;
  void readAll([...(input.files ?? [])]);
});
const drop = $('#drop') as HTMLElement;
drop.addEventListener('dragover', (ev) => ev.preventDefault());
drop.addEventListener('drop', (ev) => {
  ev.preventDefault();
  void readAll([...(ev.dataTransfer?.files ?? [])]);
});
($('#paste-read') as HTMLButtonElement).addEventListener('click', () => {
  const text = ($('#paste-text') as HTMLTextAreaElement).value;
  void readAll([new File([text], `pasted-${entries.length + 1}.txt`, { type: 'text/plain' })]);
});
($('#lang') as HTMLButtonElement).addEventListener('click', () => {
  locale = locale === 'zh' ? 'en' : 'zh';
  translate();
  draw();
});
document.addEventListener('click', (ev) => {
  const target = ev.target as HTMLElement;
  const button = target.closest<HTMLButtonElement>('button[data-download]');
  if (button) return void download(button.dataset['download'] as string, Number(button.dataset['index'] ?? -1));
  const td = target.closest<HTMLElement>('.report td[data-key]');
  const article = td?.closest<HTMLElement>('article.report');
  if (td && article) void showSource(article, td.dataset['key'] as string);
});
// Cells are reachable by keyboard: Tab to a cell, Enter to see its source.
document.addEventListener('keydown', (ev) => {
  const td = (ev.target as HTMLElement).closest?.<HTMLElement>('.report td[data-key]');
  const article = td?.closest<HTMLElement>('article.report');
  if (ev.key === 'Enter' && td && article) void showSource(article, td.dataset['key'] as string);
});
new MutationObserver(() => {
  for (const td of document.querySelectorAll<HTMLElement>('.report td[data-key]:not([tabindex])')) td.tabIndex = 0;
}).observe($('#reports') as HTMLElement, { childList: true, subtree: true });
translate();
