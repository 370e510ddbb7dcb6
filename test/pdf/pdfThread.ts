/**
 * pdf.js on a thread of its own, as docs/reading.md's "Reading uploads on a server" sets it up
 * (examples/pdfServer.ts): a damaged file's stray rejections inside pdf.js stay in that thread.
 */
import { MessageChannel, Worker } from 'node:worker_threads';
import { PDFWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The thread's code: pdf.js's worker on the port it is given, its stray rejections ignored there. */
const THREAD = `const { workerData } = require('node:worker_threads');
process.on('unhandledRejection', () => {});
import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((m) => m.WorkerMessageHandler.initializeFromPort(workerData.port));`;

export function pdfThread(): { worker: PDFWorker; stop: () => Promise<void> } {
  const { port1, port2 } = new MessageChannel();
  const thread = new Worker(THREAD, { eval: true, workerData: { port: port2 }, transferList: [port2] });
  const worker = new PDFWorker({ port: port1 as never, verbosity: 0 });
  return { worker, stop: async () => void (worker.destroy(), await thread.terminate()) };
}
