/**
 * `npm run demo`: builds the seed report (盐城市人社局 2020) with the model, prints it as canonical
 * JSON, then checks it and prints the findings — in Chinese, or in English with `--lang en`.
 */
import { checkReport, formatFindings, fromJSON, toJSON } from 'ogi-report';
import { seedReport } from './seedReport.js';

const locale = process.argv.includes('--lang') && process.argv[process.argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'zh';

const text = toJSON(seedReport);
console.log(text);
const back = fromJSON(text);
if (!back.success) throw new Error('the seed report did not read back from JSON');

const { findings, summary } = checkReport(seedReport, { locale });
console.log(locale === 'zh' ? '── 勾稽关系检查 ──' : '── Consistency check ──');
console.log(formatFindings(findings, { locale }));
console.log(summary.text);
