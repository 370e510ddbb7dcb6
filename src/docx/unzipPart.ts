/**
 * One part of a Word file (a ZIP archive), inflated as a stream under a byte cap: a small file whose
 * part inflates to gigabytes (a zip bomb) stops at the cap instead of exhausting memory. The input
 * goes in small chunks, so one push can inflate to at most about 1,032 times its size.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

/** Bytes of compressed input per push: 16 KiB inflate to at most ~16.5 MB at deflate's greatest ratio. */
const CHUNK = 16 * 1024;

/** The part's bytes; `'tooLarge'` past the cap; undefined when the archive has no such part or is not a ZIP. */
export type UnzippedPart = Uint8Array | 'tooLarge' | undefined;

/**
 * Inflates the part named `name` of the archive `bytes`, stopping at `cap` bytes of output.
 * Never throws: a damaged archive gives what could be read, or undefined.
 */
export function unzipPart(bytes: Uint8Array, name: string, cap: number): UnzippedPart {
  const chunks: Uint8Array[] = [];
  let size = 0;
  // An object, not a `let`: the callbacks change it, which flow analysis cannot see.
  const at: { state: 'reading' | 'done' | 'tooLarge' | 'failed' } = { state: 'reading' };
  let found = false;
  let file: UnzipFile | undefined;
  const unzip = new Unzip((f) => {
    if (f.name !== name || found) return;
    found = true;
    file = f;
    f.ondata = (error, chunk, final) => {
      if (error) return void (at.state = 'failed');
      size += chunk.length;
      if (size > cap) {
        at.state = 'tooLarge';
        f.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) at.state = 'done';
    };
    f.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let i = 0; i < bytes.length && at.state === 'reading'; i += CHUNK)
      unzip.push(bytes.subarray(i, i + CHUNK), i + CHUNK >= bytes.length);
  } catch {
    if (at.state === 'reading') at.state = 'failed';
  }
  if (at.state === 'tooLarge') return 'tooLarge';
  if (!file || at.state !== 'done') return undefined;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
