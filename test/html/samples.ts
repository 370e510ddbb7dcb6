/**
 * HTML in the shapes government sites publish, generated for any report from its printed form:
 * Word-exported pages, the three tables in one `<table>`, an article inside a layout table with site
 * chrome, and markup with unclosed cells. Written here, not collected: the reader is measured on
 * pages it has never seen.
 */
import { printedForm, type PrintedLine } from '../../src/format/renderText.js';
import type { Report } from '../../src/index.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Word paragraph with its spans and the empty `<o:p>` Word leaves in every paragraph. */
const msoP = (text: string, style = 'font-size:16.0pt;font-family:仿宋_GB2312') =>
  `<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt'><span style='${style}'>${text === '' ? '&nbsp;' : esc(text)}<span lang=EN-US><o:p></o:p></span></span></p>`;

/** A Word table cell: a centred paragraph in a span; blank cells hold `&nbsp;`. */
const msoTd = (text: string, attrs = '') =>
  `<td${attrs} width=64 valign=center style='width:48.0pt;border:solid windowtext 1.0pt;border-top:none;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'><span lang=EN-US style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体'>${text === '' ? '&nbsp;' : esc(text)}<o:p></o:p></span></p></td>`;

/** Header rows of table 三 laid out as Word users draw them: no 申请人情况 row, the note spanning two rows. */
function wordRequestsHeader(line: PrintedLine, second: PrintedLine | undefined): string {
  const groups = line.labels;
  const sub = second?.labels ?? [];
  return `<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>${msoTd(groups[0] ?? '', ' colspan=3 rowspan=2')}${msoTd('自然人', ' rowspan=2')}${msoTd('法人或其他组织', ' colspan=5')}${msoTd('总计', ' rowspan=2')}</tr><tr>${sub.map((s) => msoTd(s)).join('')}</tr>`;
}

/** Word's vertical group label: one character per line. */
const vertical = (label: string) => [...label].map(esc).join('<br>');

/**
 * A Word-exported page (Office HTML): conditional comments, `MsoNormal` paragraphs and spans in
 * every cell, `&nbsp;` in blank cells, headers of 三 merged differently, the group label of 三's
 * outcomes written vertically.
 */
export function wordHtml(report: Report): string {
  const out: string[] = [
    `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal{margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线} --></style><!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]--></head><body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'><div class=WordSection1 style='layout-grid:15.6pt'>`,
  ];
  const lines = printedForm(report);
  let table = false;
  let opened = new Set<string>();
  const close = () => {
    if (table) out.push('</table>');
    table = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as PrintedLine;
    if (line.kind === 'title')
      out.push(
        `<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>${esc(line.labels[0] ?? '')}</span></b></p>`,
      );
    else if (line.kind === 'heading')
      close(), out.push(msoP(line.labels[0] ?? '', 'font-size:16.0pt;font-family:黑体'));
    else if (line.kind === 'prose') for (const p of (line.labels[0] ?? '').split('\n')) out.push(msoP(p));
    else if (line.kind === 'caption') close(), out.push(msoP(line.labels[0] ?? ''));
    else {
      if (!table)
        out.push(
          `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>`,
        ),
          (table = true),
          (opened = new Set());
      if (line.kind === 'header') {
        if (line.section === 'requests') {
          const next = lines[i + 1];
          const third = lines[i + 2];
          if (next?.kind === 'header' && third?.kind === 'header') {
            out.push(wordRequestsHeader(next, third));
            i += 2;
            continue;
          }
        }
        out.push(`<tr>${line.labels.map((l) => msoTd(l)).join('')}</tr>`);
        continue;
      }
      const rows = line.rows ?? [];
      const row = rows[0];
      if (line.section === 'requests' && row && row.ancestors.length > 0) {
        // Each group label once, spanning its rows; the outcome group label written vertically.
        const cells = row.ancestors.map((a, level) => {
          if (opened.has(a.key)) return '';
          opened.add(a.key);
          const span = lines.filter((l) => l.rows?.[0]?.ancestors[level] === a).length;
          return msoTd(level === 0 ? vertical(a.label) : a.label, ` rowspan=${span}`);
        });
        const own = 3 - row.ancestors.length;
        out.push(
          `<tr>${cells.join('')}${msoTd(row.row.label, own > 1 ? ` colspan=${own}` : '')}${line.values.map((v) => msoTd(v)).join('')}</tr>`,
        );
      } else
        out.push(
          `<tr>${line.labels.map((l, k) => msoTd(l, line.section === 'requests' && k === 0 ? ' colspan=3' : '')).join('')}${line.values.map((v) => msoTd(v)).join('')}</tr>`,
        );
    }
  }
  close();
  out.push('</div></body></html>');
  return out.join('\n');
}

/** The three table sections in one `<table>`: headings and captions as rows spanning the table. */
export function oneTableHtml(report: Report): string {
  const out: string[] = [];
  let inTable = false;
  for (const line of printedForm(report)) {
    const span = (t: string) => `<tr><td colspan="12"><b>${esc(t)}</b></td></tr>`;
    if (line.kind === 'title') out.push(`<h2 class="title">${esc(line.labels[0] ?? '')}</h2>`);
    else if (
      line.kind === 'heading' &&
      (line.section === 'proactiveDisclosure' || line.section === 'requests' || line.section === 'reviewLitigation')
    ) {
      if (!inTable) out.push('<table border="1" class="content-table">'), (inTable = true);
      out.push(span(line.labels[0] ?? ''));
    } else if (line.kind === 'heading') {
      if (inTable) out.push('</table>'), (inTable = false);
      out.push(`<p><strong>${esc(line.labels[0] ?? '')}</strong></p>`);
    } else if (line.kind === 'prose') out.push(...(line.labels[0] ?? '').split('\n').map((p) => `<p>${esc(p)}</p>`));
    else if (line.kind === 'caption') out.push(span(line.labels[0] ?? ''));
    else
      out.push(
        `<tr>${[...line.labels, ...line.values].map((c) => `<td>${c === '' ? '&nbsp;' : esc(c)}</td>`).join('')}</tr>`,
      );
  }
  if (inTable) out.push('</table>');
  return out.join('\n');
}

/** An article inside a page-layout table, with a site's navigation, breadcrumb, scripts and footer around it. */
export function layoutTableHtml(article: string): string {
  return `<!DOCTYPE html><html><head><title>年度报告_某某市人民政府</title><script>var a = "<table><tr><td>1</td></tr></table>";</script><style>td{padding:2px}</style></head><body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li>信息公开年报</li></ul></div>
<table width="100%" border="0"><tr><td class="crumb">当前位置：首页 &gt; 政务公开 &gt; 年度报告</td></tr><tr><td class="article">
<div class="TRS_Editor">${article}</div>
</td></tr></table>
<div style="display:none">隐藏内容 9 9 9</div>
<script>document.write('<p>统计代码</p>')</script>
</body></html>`;
}

/** Markup as careless editors leave it: no `</td>`, `</th>`, `</tr>`, no `<tbody>`, upper-case tags. */
export function unclosedHtml(html: string): string {
  return html
    .replace(/<\/t[dhr]>/g, '')
    .replace(/<\/?tbody>/g, '')
    .replace(/<\/?thead>/g, '')
    .replace(/<table/g, '<TABLE')
    .replace(/<\/table>/g, '</TABLE>');
}
