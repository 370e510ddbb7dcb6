/** pdf.js's worker module, loaded into the page's thread by pdf-reader.js (it ships no types). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
