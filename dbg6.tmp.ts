import { readFileSync } from 'node:fs';
import { parseReport, renderHtml } from './src/index.js';
import { parseHtml } from './src/html/index.js';
import { parsePdf } from './src/pdf/index.js';
import { seedReport } from './src/testing/index.js';
const h = parseHtml(renderHtml(seedReport, { standalone: true }), { explain: true });
console.log(
  h.sources?.length,
  h.sources?.slice(0, 2),
  h.sources?.find((s) => s.key === 'requests.received.total'),
);
const p = await parsePdf(new Uint8Array(readFileSync('/work/shared/samples/huaian-2024.pdf')), { explain: true });
console.log(
  p.sources?.length,
  p.sources?.find((s) => s.key === 'requests.received.total'),
  p.sources?.filter((s) => !s.box).length,
);
