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
