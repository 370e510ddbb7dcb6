/**
 * The stylesheet of {@link renderHtml}'s pages, on its own: the official form's look (宋体, ruled
 * tables, centred headers), tables that scroll sideways on a phone rather than squeeze their labels
 * to one character a line, the inspector's marks and legend, and A4 print rules (page margins, table
 * headers repeated on each page, rows never split across pages). Every rule is scoped to
 * `.ogi-report`, so the stylesheet can be added to any page that shows a fragment.
 * @example
 * ```ts
 * document.head.insertAdjacentHTML('beforeend', `<style>${htmlStyles}</style>`);
 * container.innerHTML = renderHtml(report, { findings });
 * ```
 * @category Serialization
 */
export const htmlStyles = `.ogi-report{font-family:"SimSun","Songti SC","Noto Serif CJK SC","Source Han Serif SC",serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.6;color:#000}
.ogi-report h1{text-align:center;font-size:1.4em}
.ogi-report h2{font-size:1.15em;margin-top:1.5em}
.ogi-report .ogi-scroll{overflow-x:auto;margin:.8em 0}
.ogi-report table.ogi{border-collapse:collapse;width:100%;font-size:.9em}
.ogi-report table.ogi caption{text-align:left;font-weight:bold;padding:.3em 0}
.ogi-report table.ogi th,.ogi-report table.ogi td{border:1px solid #000;padding:.25em .4em;text-align:center;vertical-align:middle}
.ogi-report table.ogi th[scope=row]{text-align:left;font-weight:normal;min-width:9em}
.ogi-report table.ogi th[scope=rowgroup]{min-width:4.5em}
.ogi-report table.ogi thead th{min-width:2.5em}
.ogi-report table.ogi td{min-width:2.5em;white-space:nowrap}
.ogi-report .ogi-broken{background:#fde2e1;outline:2px solid #c62828;outline-offset:-2px}
.ogi-report .ogi-open{background:#fff8e1}
.ogi-report .ogi-inferred{background:#e3f2fd}
.ogi-report .ogi-doubt{background:#f3e5f5;outline:2px dashed #6a1b9a;outline-offset:-2px}
.ogi-report td del{color:#c62828}
.ogi-report td ins{color:#1b5e20;font-weight:bold;text-decoration:none}
.ogi-report .ogi-repair,.ogi-report .ogi-alternative{background:#e8f5e9}
.ogi-report td.ogi-alternative ins::after{content:"?"}
.ogi-report .ogi-inferred-value{color:#0d47a1}
.ogi-report .ogi-findings{font-size:.9em;padding-left:1.6em}
.ogi-report .ogi-findings li{margin:.3em 0}
.ogi-report .ogi-findings .ogi-error{color:#b71c1c}
.ogi-report .ogi-findings .ogi-warning{color:#8d4e00}
.ogi-report .ogi-findings .ogi-repair-note{display:block;color:#1b5e20}
.ogi-report .ogi-culprit{background:#fde2e1;outline:3px solid #c62828;outline-offset:-3px;font-weight:bold}
.ogi-report .ogi-related{background:#fff3f2}
.ogi-report .ogi-audit{border:1px solid #999;padding:.6em 1em;margin:1em 0;font-size:.95em}
.ogi-report .ogi-audit[data-verdict=inconsistent]{border-color:#c62828}
.ogi-report .ogi-audit[data-verdict=consistent]{border-color:#2e7d32}
.ogi-report .ogi-summary-other{color:#555;font-size:.9em}
.ogi-report .ogi-blank-note{background:#fff8e1;padding:.3em .6em}
.ogi-report .ogi-causes{padding-left:1.6em}
.ogi-report .ogi-causes li{margin:.5em 0}
.ogi-report .ogi-causes .ogi-links{display:block;font-size:.9em}
.ogi-report .ogi-causes .ogi-links a{overflow-wrap:anywhere}
.ogi-report .ogi-actor{color:#555}
.ogi-report .ogi-legend{display:flex;flex-wrap:wrap;gap:.4em 1.2em;list-style:none;padding:0;font-size:.85em}
.ogi-report .ogi-legend span{display:inline-block;width:1.2em;height:1em;vertical-align:middle;margin-right:.3em;border:1px solid #999}
@page{size:A4;margin:20mm 18mm}
@media print{.ogi-report{max-width:none;margin:0;padding:0}.ogi-report .ogi-scroll{overflow:visible}.ogi-report table.ogi thead{display:table-header-group}.ogi-report table.ogi tr{break-inside:avoid;page-break-inside:avoid}.ogi-report h2{break-after:avoid;page-break-after:avoid}.ogi-report td.ogi-broken,.ogi-report td.ogi-culprit,.ogi-report .ogi-doubt{outline:none;border:2px solid #000}}`;
