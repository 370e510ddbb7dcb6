/**
 * A PDF file from positioned text, written by hand: one content stream per page, every item in the
 * non-embedded font STSong-Light with the UniGB-UCS2-H encoding — as many Chinese producers write
 * PDFs, and the case that needs pdf.js's CMaps to give any text at all. Half-width for ASCII (CIDs
 * 1–95), full-width for the rest.
 */
import type { PdfTextPage } from '../../src/pdf/index.js';

const hex = (s: string) =>
  [...s].map((c) => (c.codePointAt(0) as number).toString(16).padStart(4, '0').toUpperCase()).join('');

export function minimalPdf(pages: readonly PdfTextPage[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  const catalog = add('');
  const pageTree = add('');
  const font = add(
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [0 0 R] >>',
  );
  const cid = add(
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 0 0 R /DW 1000 /W [1 95 500] >>',
  );
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  );
  objects[font - 1] = (objects[font - 1] as string).replace('[0 0 R]', `[${cid} 0 R]`);
  objects[cid - 1] = (objects[cid - 1] as string).replace('/FontDescriptor 0 0 R', `/FontDescriptor ${descriptor} 0 R`);
  const kids: number[] = [];
  for (const p of pages) {
    const text = p.items
      .map((i) => `BT /F1 ${i.height} Tf ${i.x.toFixed(2)} ${(p.height - i.y).toFixed(2)} Td <${hex(i.str)}> Tj ET`)
      .join('\n');
    const stream = add(`<< /Length ${new TextEncoder().encode(text).length} >>\nstream\n${text}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 ${p.width} ${p.height}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const encoder = new TextEncoder();
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(encoder.encode(out).length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = encoder.encode(out).length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return encoder.encode(out);
}
