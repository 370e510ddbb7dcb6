import { readFile } from 'node:fs/promises';
import { renderHtml } from 'ogi-report';
import { parseHtml } from 'ogi-report/html';
import { parsePdf } from 'ogi-report/pdf';
import { seedReport } from 'ogi-report/fixtures';

// A web page: every <table> laid out as a grid, so no digit run has to be guessed.
// A cell holding two numbers is a finding with its table, row and grid column — never a guess.
const cell = 'id="ogi-requests-received-naturalPerson">';
const page = renderHtml(seedReport, { standalone: true }).replace(`${cell}18<`, `${cell}1 8<`);
const html = parseHtml(page, { agency: seedReport.agency });
console.log(html.report?.requests.received.total, html.report?.requests.received.naturalPerson); // → 18 null
console.log(html.findings[0]?.code, JSON.stringify(html.findings[0]?.source)); // → CELL_SEVERAL_VALUES {"kind":"html","table":5,"row":3,"column":3}

// A PDF file: its text items by position, so a blank cell is a column with no item, never a shift.
// (The seed report's PDF ships with the package for this guide; read your own file's bytes instead.)
const file = new URL(import.meta.resolve('ogi-report/docs/samples/seed-2019.pdf'));
const bytes = new Uint8Array(await readFile(file));
const pdf = await parsePdf(bytes);
console.log(pdf.report?.agency.name, pdf.report?.requests.outcomes.total.naturalPerson, pdf.findings.length); // → 盐城市人力资源和社会保障局 26 0
