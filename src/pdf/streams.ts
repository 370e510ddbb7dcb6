/**
 * What a PDF's compressed streams inflate to, counted before pdf.js opens the file: pdf.js inflates
 * a stream whole and has no cap, so a 5 MB file of Flate bombs cost it 84 s and 11 GB. Each
 * zlib-compressed stream is inflated here as a stream (the platform's `DecompressionStream`),
 * counting bytes and stopping as soon as the total passes the cap. Linear in the file.
 */

/** The platform's streaming decompressor (Node ≥ 18, every current browser), typed here: `src` has no DOM types. */
interface Decompressor {
  readonly writable: { getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
  readonly readable: {
    getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(): Promise<void> };
  };
}
type DecompressorClass = new (format: 'deflate') => Decompressor;

/**
 * The total the file's zlib streams inflate to, or `'tooLarge'` as soon as it passes `cap`. A stream
 * that is damaged counts what it gave before the damage; a platform without `DecompressionStream`
 * counts nothing (pdf.js then reads the file unguarded).
 */
export async function inflatedSize(bytes: Uint8Array, cap: number): Promise<number | 'tooLarge'> {
  const Decompression = (globalThis as { DecompressionStream?: DecompressorClass }).DecompressionStream;
  if (!Decompression) return 0;
  let total = 0;
  for (let at = find(bytes, STREAM, 0); at !== -1; at = find(bytes, STREAM, at + STREAM.length)) {
    if (at >= 3 && bytes[at - 3] === 0x65 && bytes[at - 2] === 0x6e && bytes[at - 1] === 0x64) continue; // endstream
    let start = at + STREAM.length;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    if (!isZlibHeader(bytes[start], bytes[start + 1])) continue;
    const end = find(bytes, ENDSTREAM, start);
    const data = bytes.subarray(start, end === -1 ? bytes.length : end);
    const size = await inflateCounting(new Decompression('deflate'), data, cap - total);
    if (size === 'tooLarge') return 'tooLarge';
    total += size;
    if (end !== -1) at = end + ENDSTREAM.length - STREAM.length;
  }
  return total;
}

const STREAM = [0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // "stream"
const ENDSTREAM = [0x65, 0x6e, 0x64, 0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // "endstream"

/** The index of the byte sequence `word` in `bytes` from `from`, or -1: the typed array's own search for its first byte. */
function find(bytes: Uint8Array, word: readonly number[], from: number): number {
  for (let at = bytes.indexOf(word[0] as number, from); at !== -1; at = bytes.indexOf(word[0] as number, at + 1)) {
    let i = 1;
    while (i < word.length && bytes[at + i] === word[i]) i++;
    if (i === word.length) return at;
  }
  return -1;
}

/** The two bytes of a zlib header: deflate, a window size deflate allows, and the check bits. */
const isZlibHeader = (cmf: number | undefined, flg: number | undefined) =>
  cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && (cmf * 256 + flg) % 31 === 0;

/** Inflates `data`, counting its output; `'tooLarge'` as soon as it passes `cap`. */
async function inflateCounting(d: Decompressor, data: Uint8Array, cap: number): Promise<number | 'tooLarge'> {
  const writer = d.writable.getWriter();
  const reader = d.readable.getReader();
  // Written while reading: the output comes in chunks and is counted, never kept.
  const writing = (async () => {
    await writer.write(data);
    await writer.close();
  })().catch(() => undefined);
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value?.length ?? 0;
      if (size > cap) {
        await reader.cancel().catch(() => undefined);
        return 'tooLarge';
      }
    }
  } catch {
    // A damaged stream: what it gave before the damage counts.
  }
  await writing;
  return size;
}
