/**
 * Normalisation for matching what a published report prints against the template: full-width forms
 * and Kangxi radicals (NFKC), traditional script (the form's vocabulary), converter artefacts,
 * punctuation variants. {@link normalizeText} keeps, for every character it produces, the offset of
 * the character it came from, so that findings can name the line and prose can be kept as printed.
 */

// Traditional → simplified for the characters of the form's labels and headings, and the usual
// words around them. Pairs: traditional, simplified.
const PAIRS =
  '總总體体況况動动開开請请復复複复議议訟讼問问題题進进報报項项條条規规範范檔档發发數数廢废現现許许決决罰罚強强業业費费額额單单萬万對对減减務务採采購购' +
  '組组織织機机構构會会計计結结轉转繼继續续辦办區区這这屬属於于國国穩稳護护權权類类內内過过執执詢询無无關关沒没補补後后確确訪访舉举當当認认獲获繳缴納纳' +
  '維维糾纠審审經经據据係系為为處处門门網网頁页統统達达稱称說说與与專专應应產产價价點点種种須须導导歷历個个們们來来時时間间實实際际' +
  '還还讓让選选職职責责聯联標标準准歲岁縣县鄉乡鎮镇廳厅傳传線线訴诉諮咨覆复資资訊讯圖图書书頭头員员廣广電电話话視视頻频筆笔';
const T2S = new Map<string, string>();
const S2T = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const t = PAIRS[i] as string;
  const s = PAIRS[i + 1] as string;
  T2S.set(t, s);
  if (!S2T.has(s)) S2T.set(s, t);
}

/** The unified ideographs (U+4E00–U+9FFF). */
const IDEOGRAPHS = 0x4e00;
const IDEOGRAPHS_END = 0x9fff;
/** Per unified ideograph, 1 when it has a simplified form here: a look-up per character of a page. */
const TRADITIONAL = new Uint8Array(IDEOGRAPHS_END - IDEOGRAPHS + 1);
for (const t of T2S.keys()) {
  const code = t.charCodeAt(0);
  if (t.length === 1 && code >= IDEOGRAPHS && code <= IDEOGRAPHS_END) TRADITIONAL[code - IDEOGRAPHS] = 1;
}

/** Pinyin left in by converters: `態(tài)`. Bounded, so it cannot backtrack on long input. */
const PINYIN = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]/g;

/** Converts traditional characters of the form's vocabulary to simplified, one by one. */
function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += T2S.get(ch) ?? ch;
  return out;
}

/** Converts simplified characters of the form's vocabulary to traditional (for test styles). */
export function toTraditional(text: string): string {
  let out = '';
  for (const ch of text) out += S2T.get(ch) ?? ch;
  return out;
}

/** Text normalised for reading, with the origin of each of its UTF-16 units in the input. */
export interface Normalized {
  /** NFKC, simplified, pinyin removed; line breaks kept as `\n`. */
  readonly text: string;
  /** `origin[i]` is the offset in the input of the character that produced `text[i]`. */
  readonly origin: Int32Array;
}

/** The form of one input character for reading: NFKC, then simplified; `\r\n` and `\r` become `\n`. */
function normalChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // ASCII and the unified ideographs are their own NFKC form: only the script table applies.
  if (code < 0x80) return ch;
  if (code >= IDEOGRAPHS && code <= IDEOGRAPHS_END) return T2S.get(ch) ?? ch;
  const n = ch.normalize('NFKC');
  return n.length === 1 ? (T2S.get(n) ?? n) : toSimplified(n);
}

/**
 * Normalises a whole text in one pass (linear), keeping each output unit's input offset.
 * @param input - the text as published.
 * @returns the normalised text and its origin map.
 */
export function normalizeText(input: string): Normalized {
  // Flat, growable buffers: a page of megabytes must not become millions of small objects.
  let origin: Int32Array = new Int32Array(input.length + 16);
  let n = 0;
  const chunks: string[] = [];
  let chunk = '';
  // Characters that are their own form are copied a stretch at a time, from `copied` to `i`.
  let copied = 0;
  for (let i = 0; i < input.length; ) {
    const code = input.charCodeAt(i);
    // ASCII but \r, and the unified ideographs without a simplified form, stand as they are.
    if (
      (code < 0x80 && code !== 0x0d) ||
      (code >= IDEOGRAPHS && code <= IDEOGRAPHS_END && TRADITIONAL[code - IDEOGRAPHS] === 0)
    ) {
      if (n === origin.length) origin = grow(origin, 1);
      origin[n++] = i++;
      continue;
    }
    chunk += input.slice(copied, i);
    const ch =
      code >= 0xd800 && code <= 0xdbff ? String.fromCodePoint(input.codePointAt(i) as number) : (input[i] as string);
    const out = ch === '\r' ? (input[i + 1] === '\n' ? '' : '\n') : normalChar(ch);
    if (n + out.length > origin.length) origin = grow(origin, out.length);
    for (let k = 0; k < out.length; k++) origin[n++] = i;
    chunk += out;
    if (chunk.length >= CHUNK) chunks.push(chunk), (chunk = '');
    i += ch.length;
    copied = i;
  }
  chunks.push(chunk + input.slice(copied));
  const joined = chunks.join('');
  // Remove converter pinyin, keeping the map aligned.
  const matches = [...joined.matchAll(PINYIN)];
  if (matches.length === 0) return { text: joined, origin: origin.slice(0, n) };
  const kept = new Int32Array(n);
  let m = 0;
  const parts: string[] = [];
  let last = 0;
  for (const match of matches) {
    const at = match.index;
    parts.push(joined.slice(last, at));
    kept.set(origin.subarray(last, at), m);
    m += at - last;
    last = at + match[0].length;
  }
  parts.push(joined.slice(last));
  kept.set(origin.subarray(last, n), m);
  m += n - last;
  return { text: parts.join(''), origin: kept.slice(0, m) };
}

/**
 * Text as printed, with only the radical code points (Kangxi radicals U+2F00–U+2FDF and the CJK
 * radicals supplement, which PDF producers emit for ordinary characters: ⼈ for 人) replaced by the
 * characters they stand for. Used for the prose and the agency's name, which are otherwise kept as
 * printed.
 */
export function unradical(text: string): string {
  return text.replace(RADICALS, (c) => c.normalize('NFKC'));
}
const RADICALS = /[\u2E80-\u2FDF]/g;

/** The buffer with room for `more` entries beyond its length, doubled. */
function grow(buffer: Int32Array, more: number): Int32Array {
  const grown = new Int32Array(buffer.length * 2 + more);
  grown.set(buffer);
  return grown;
}

/** Characters gathered into one string before the next (a long page is joined from a few thousand). */
const CHUNK = 4096;

/**
 * A line of a published report, cleaned for reading: NFKC (full-width digits and punctuation to
 * half-width, Kangxi radicals to their characters), converter pinyin removed, traditional
 * characters of the form simplified.
 */
function cleanLine(line: string): string {
  return toSimplified(line.normalize('NFKC').replace(PINYIN, ''));
}

/**
 * A label reduced to what identifies it: simplified CJK, letters and digits only (ordinals like
 * （一） or 1、 keep their numeral); converter swaps undone (档案 → 文件).
 */
export function labelKey(label: string): string {
  return normalizedKey(cleanLine(label));
}

/** {@link labelKey} of text that {@link normalizeText} already gave (no second NFKC or script pass). */
export function normalizedKey(text: string): string {
  return text.replace(/档案/g, '文件').replace(/[^\p{Script=Han}\p{L}\p{N}]+/gu, '');
}

/** Character bigrams of a key (a one-character key is its own bigram). */
export function bigrams(key: string): string[] {
  const chars = [...key];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
}

/** How much of `expected` (its bigrams) appears in `found`: 0 … 1. */
export function containment(expected: readonly string[], found: ReadonlySet<string>): number {
  if (expected.length === 0) return 0;
  let hit = 0;
  for (const b of expected) if (found.has(b)) hit++;
  return hit / expected.length;
}

/** Line starts of a text, for turning offsets into 1-based line numbers. */
export function lineStarts(input: string): Int32Array {
  const starts = [0];
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 10 || (c === 13 && input.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return Int32Array.from(starts);
}

/** The 1-based line of an input offset (binary search over {@link lineStarts}). */
export function lineAt(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
