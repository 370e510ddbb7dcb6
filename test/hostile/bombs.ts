/**
 * Hostile files made in the test, never committed: a deflate stream that inflates to any size
 * from a small input (fixed Huffman codes: 258 bytes per 13-bit back-reference, ~160:1), and a
 * ZIP archive holding one such part, with sizes that lie.
 */

/** Writes bits least-significant first, as deflate packs them. */
class BitWriter {
  private readonly bytes: Uint8Array;
  private at = 0;
  private bit = 0;
  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }
  /** Writes `n` bits of `value`, least significant first. */
  bits(value: number, n: number): void {
    for (let i = 0; i < n; i++) {
      if ((value >> i) & 1) this.bytes[this.at] = (this.bytes[this.at] as number) | (1 << this.bit);
      if (++this.bit === 8) (this.bit = 0), this.at++;
    }
  }
  /** A Huffman code: written most significant bit first. */
  code(value: number, n: number): void {
    for (let i = n - 1; i >= 0; i--) this.bits((value >> i) & 1, 1);
  }
  done(): Uint8Array {
    return this.bytes.subarray(0, this.at + 1);
  }
}

/** Fixed-Huffman code of a literal/length symbol. */
function fixedCode(w: BitWriter, symbol: number): void {
  if (symbol < 144) w.code(0x30 + symbol, 8);
  else if (symbol < 256) w.code(0x190 + symbol - 144, 9);
  else if (symbol < 280) w.code(symbol - 256, 7);
  else w.code(0xc0 + symbol - 280, 8);
}

/** A raw deflate stream: `prefix` as literals, then 'A' repeated until about `size` bytes. */
export function deflateBomb(prefix: string, size: number): Uint8Array {
  const repeats = Math.ceil(Math.max(0, size - prefix.length - 1) / 258);
  const w = new BitWriter(Math.ceil(((prefix.length + 2) * 9 + repeats * 13) / 8) + 16);
  w.bits(1, 1); // the last block
  w.bits(1, 2); // fixed Huffman codes
  for (const ch of prefix) fixedCode(w, ch.charCodeAt(0));
  fixedCode(w, 65); // 'A'
  for (let i = 0; i < repeats; i++) {
    fixedCode(w, 285); // length 258
    w.code(0, 5); // distance 1
  }
  fixedCode(w, 256); // end of block
  return w.done();
}

/** A ZIP archive of one deflated part; its sizes say `claimed` bytes (they may lie). */
export function zipOf(name: string, deflated: Uint8Array, claimed = 100): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  const local = new Uint8Array(30 + nameBytes.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, 8, true); // deflate
  lv.setUint32(18, deflated.length, true);
  lv.setUint32(22, claimed, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  const central = new Uint8Array(46 + nameBytes.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, deflated.length, true);
  cv.setUint32(24, claimed, true);
  cv.setUint16(28, nameBytes.length, true);
  central.set(nameBytes, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length + deflated.length, true);
  const out = new Uint8Array(local.length + deflated.length + central.length + end.length);
  out.set(local, 0);
  out.set(deflated, local.length);
  out.set(central, local.length + deflated.length);
  out.set(end, local.length + deflated.length + central.length);
  return out;
}

/** A zlib stream (as a PDF's FlateDecode holds it) that inflates to about `size` bytes of text. */
export function zlibBomb(size: number): Uint8Array {
  const raw = deflateBomb('BT ', size);
  const out = new Uint8Array(raw.length + 6);
  out.set([0x78, 0x01], 0); // zlib header: deflate, no preset dictionary
  out.set(raw, 2); // the Adler-32 after it is left 0: wrong, as in many damaged files
  return out;
}

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/**
 * A PDF of `pages` pages sharing one content stream (`content`, FlateDecode when `flate`; its text in
 * Helvetica as `/F1`, a resource every page inherits), with a correct cross-reference table.
 */
export function pdfOf(pages: number, content: Uint8Array, flate: boolean): Uint8Array {
  const font = '/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>';
  const parts: Uint8Array[] = [latin1('%PDF-1.4\n')];
  const offsets: number[] = [];
  let size = parts[0]?.length as number;
  const add = (...chunks: Uint8Array[]) => {
    offsets.push(size);
    for (const c of chunks) parts.push(c), (size += c.length);
  };
  const first = 4; // 1 catalog, 2 page tree, 3 content; pages from 4
  add(latin1('1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'));
  const kids = Array.from({ length: pages }, (_, i) => `${first + i} 0 R`).join(' ');
  add(latin1(`2 0 obj\n<< /Type /Pages /Kids [${kids}] /Count ${pages} ${font} >>\nendobj\n`));
  add(
    latin1(`3 0 obj\n<< /Length ${content.length}${flate ? ' /Filter /FlateDecode' : ''} >>\nstream\n`),
    content,
    latin1('\nendstream\nendobj\n'),
  );
  for (let i = 0; i < pages; i++)
    add(
      latin1(`${first + i} 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>\nendobj\n`),
    );
  const xref = size;
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(
    latin1(
      `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
    ),
  );
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, at), (at += p.length);
  return out;
}

/** A content stream printing `lines` (ASCII: digits and separators) one under the other. */
export function textContent(lines: readonly string[]): Uint8Array {
  const ops = lines.map((l, i) => `BT /F1 10 Tf 60 ${800 - i * 14} Td (${l.replace(/[()\\]/g, '')}) Tj ET`);
  return latin1(ops.join('\n'));
}
