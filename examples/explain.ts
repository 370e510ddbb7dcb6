import { parseReport, renderText } from 'ogi-report';
import { seedReport } from 'ogi-report/fixtures';

// "Why 18?" — each cell read says where it was printed and how it was decided.
const page = renderText(seedReport);
const { sources } = parseReport(page, { explain: true });
const received = sources?.find((s) => s.key === 'requests.received.total');
console.log(received?.text, received?.span.line, received?.row, received?.value); // → 18 27 label printed

// The same page crawled onto one line without its cell borders: the digits ran together
// (1800000018), and the sum rules chose the split; the span is the digits of this one cell.
const crawled = page.replace(/\s*\|\s*|\n/g, '');
const split = parseReport(crawled, { explain: true }).sources?.find((s) => s.key === 'requests.received.total');
console.log(split?.value, split?.split?.by, crawled.slice(split?.span.start, split?.span.end)); // → split sums 18
