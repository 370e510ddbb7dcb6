import { parseReport, renderText, toCsv } from 'ogi-report';
import { seedText } from 'ogi-report/fixtures';

// The seed as published: traditional script, converter pinyin, `|`-flattened tables.
const { report, findings } = parseReport(seedText, { agency: { name: '盐城市人力资源和社会保障局' } });
console.log(report?.edition, report?.reportYear, findings.length); // → 2019 2020 0
console.log(report?.requests.outcomes.total.naturalPerson, report?.requests.carriedForward.total); // → 26 null

// PDF text: whitespace-aligned, a wrapped label, a page footer. Every doubt is a finding with its line.
const pdf = `某局2022年政府信息公开工作年度报告
一、总体情况
二、主动公开政府信息情况
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量   80  1  0  0  0  0  81
-2-
（二）部分公开（区分处理的，只计这一情
形，不计其他情形）   3  0  0  0  0  0  3
四、政府信息公开行政复议、行政诉讼情况
五、存在的主要问题及改进情况
六、其他需要报告的事项`;
const read = parseReport(pdf);
console.log(read.report?.edition, read.report?.requests.outcomes.partiallyDisclosed.total); // → 2021 3
console.log(read.findings.filter((f) => f.code === 'ROW_MISSING').length > 0); // → true

// Written back out: the published layout, or tidy CSV for analysis.
console.log(renderText(report!).split('\n')[0]); // → 盐城市人力资源和社会保障局2020年政府信息公开工作年度报告
console.log(toCsv(report!).split('\n')[0]); // → edition,reportYear,agency,section,row,column,value,rowLabel,columnLabel
