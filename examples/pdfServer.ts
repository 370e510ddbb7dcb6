import { readFile } from 'node:fs/promises';
import { MessageChannel, Worker } from 'node:worker_threads';
import { PDFWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parsePdf } from 'ogi-report/pdf';

// pdf.js parses on a thread of its own: a damaged upload cannot take the server down with it.
const { port1, port2 } = new MessageChannel();
const thread = new Worker(
  `const { workerData } = require('node:worker_threads');
process.on('unhandledRejection', () => {}); // pdf.js's own stray rejections: harmless in this thread
import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((m) => m.WorkerMessageHandler.initializeFromPort(workerData.port));`,
  { eval: true, workerData: { port: port2 }, transferList: [port2] },
);
const worker = new PDFWorker({ port: port1 as never, verbosity: 0 }); // serves every upload, one after another

// Uploads nobody vouches for: limits (here the defaults, spelled out) and the worker.
const limits = { inputBytes: 16 * 1024 * 1024, pages: 200, inflatedBytes: 64 * 1024 * 1024 };
const file = new Uint8Array(await readFile(new URL(import.meta.resolve('ogi-report/docs/samples/seed-2019.pdf'))));
const good = await parsePdf(file, { worker, limits });
const damaged = await parsePdf(file.slice(0, 20_000), { worker, limits });
console.log(good.report?.requests.received.total, damaged.report === undefined, damaged.findings[0]?.code); // → 18 true NO_REPORT_FOUND

worker.destroy();
await thread.terminate();
