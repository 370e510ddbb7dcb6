/**
 * `npm run demo`: reads the seed report (盐城市人社局 2020, as published: traditional script, `|`-flattened
 * tables, a damaged section 三) with parseReport, prints the tables as read and the report as JSON, then
 * checks it and prints the findings — in Chinese, or in English with `--lang en`.
 */
import { readFileSync } from 'node:fs';
import { checkReport, formatFindings, parseReport, renderText, suggestRepairs, toJSON } from 'ogi-report';
import { seedReport } from './seedReport.js';

const locale = process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'zh';
const say = (zh: string, en: string) => console.log(`\n── ${locale === 'zh' ? zh : en} ──`);

const published = readFileSync(new URL('./yancheng-hrss-2020.txt', import.meta.url), 'utf8');
const { report, findings: doubts } = parseReport(published, { agency: seedReport.agency });
if (!report) throw new Error('the seed text was not recognised as a report');

say('读取结果（表格）', 'Tables as read');
const text = renderText(report);
console.log(text.slice(text.indexOf('二、'), text.indexOf('五、')).trimEnd());
say('读取时的疑点', 'Doubts while reading');
console.log(doubts.length === 0 ? (locale === 'zh' ? '无' : 'none') : doubts.map((d) => `第 ${d.line ?? '-'} 行 ${d.code} ${d.message[locale]}`).join('\n'));
const same = toJSON(report) === toJSON({ ...seedReport, overview: report.overview, problems: report.problems, otherMatters: report.otherMatters });
console.log(locale === 'zh' ? `与手工录入的数据${same ? '完全一致' : '不一致'}` : `Figures ${same ? 'identical to' : 'differ from'} the ones typed in by hand`);

say('JSON', 'JSON');
console.log(toJSON(report));

const { findings, summary } = checkReport(report, { locale });
say('勾稽关系检查', 'Consistency check');
const { repairs } = suggestRepairs(report);
console.log(formatFindings(findings, { locale, repairs }));
console.log(summary.text);
console.log(repairs[0]?.why[locale] ?? '');
