/**
 * Fuzz inputs for the readers: random text over the form's own alphabet, and published reports in
 * every style mutated (slices deleted, duplicated, swapped, digits and separators sprinkled). A
 * seeded generator, so a failing input is reproduced by its index.
 */
import fc from 'fast-check';
import type { Report } from '../../src/index.js';
import { random } from '../../src/testing/asPublished.js';
import { arbitraryReport, asPublished, publishingStyles } from '../../src/testing/index.js';

/** The seeded generator the publishing styles use (mulberry32). */
export const rng = random;

const ALPHABET = [
  ...'一二三四五六七八九十、（）().|\t \n0123456789-—/无万元笔年度政府信息公开申请数量本年新收上结转办理结果予以部分不国家秘密总计行政复议诉讼维持纠正其他审结#表：:，,',
];
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

/** Texts the fuzzer starts from: reports in every publishing style. */
export function seeds(count: number): string[] {
  const reports: Report[] = fc.sample(arbitraryReport(), { numRuns: count, seed: 7 });
  return reports.map(
    (r, i) =>
      asPublished(r, publishingStyles[i % publishingStyles.length] as (typeof publishingStyles)[number], i).text,
  );
}

/** The i-th fuzz input. */
export function fuzzInput(i: number, base: readonly string[]): string {
  const r = rng(i * 2654435761);
  if (r() < 0.4) {
    const n = Math.floor(r() * 400);
    let s = '';
    for (let k = 0; k < n; k++) s += pick(r, ALPHABET);
    return s;
  }
  let s = pick(r, base);
  const edits = 1 + Math.floor(r() * 6);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(r() * (s.length + 1));
    const len = Math.floor(r() * 60);
    const op = Math.floor(r() * 5);
    if (op === 0) s = s.slice(0, at) + s.slice(at + len);
    else if (op === 1) s = s.slice(0, at) + s.slice(at, at + len).repeat(1 + Math.floor(r() * 4)) + s.slice(at);
    else if (op === 2) s = s.slice(0, at) + pick(r, ALPHABET).repeat(1 + Math.floor(r() * 30)) + s.slice(at);
    else if (op === 3) {
      const other = Math.floor(r() * s.length);
      s =
        s.slice(0, Math.min(at, other)) +
        s.slice(Math.max(at, other), Math.max(at, other) + len) +
        s.slice(Math.min(at, other) + len);
    } else s = s.slice(0, at) + String(Math.floor(r() * 1e6)) + s.slice(at);
  }
  return s;
}

/** A page or JSON text mutated like the texts (slices dropped, repeated, characters sprinkled). */
export function mutate(i: number, from: readonly string[]): string {
  const r = rng(i * 40503 + 7);
  let s = from[Math.floor(r() * from.length)] as string;
  for (let e = 0; e < 1 + Math.floor(r() * 5); e++) {
    const at = Math.floor(r() * s.length);
    const len = Math.floor(r() * 40);
    const op = Math.floor(r() * 3);
    s =
      op === 0
        ? s.slice(0, at) + s.slice(at + len)
        : op === 1
          ? s.slice(0, at) + s.slice(at, at + len).repeat(2 + Math.floor(r() * 3)) + s.slice(at)
          : s.slice(0, at) + '<>"/{}[]:,0-1'[Math.floor(r() * 13)] + s.slice(at);
  }
  return s;
}

/** Bytes with a few of them changed, dropped or repeated. */
export function mutateBytes(i: number, bytes: Uint8Array): Uint8Array {
  const r = rng(i * 7919 + 3);
  let out = bytes;
  for (let e = 0; e < 1 + Math.floor(r() * 4); e++) {
    const at = Math.floor(r() * out.length);
    const len = Math.floor(r() * 64);
    const op = Math.floor(r() * 3);
    const next =
      op === 0
        ? [out.subarray(0, at), out.subarray(at + len)]
        : op === 1
          ? [out.subarray(0, at + len), out.subarray(at)]
          : [out.subarray(0, at), Uint8Array.of(Math.floor(r() * 256)), out.subarray(at + 1)];
    const joined = new Uint8Array(next.reduce((n, p) => n + p.length, 0));
    let k = 0;
    for (const p of next) joined.set(p, k), (k += p.length);
    out = joined;
  }
  return out;
}
