/**
 * Normalisation for matching what a published report prints against the template: full-width forms,
 * traditional script (the form's vocabulary), converter artefacts, punctuation variants.
 */

// Traditional → simplified for the characters of the form's labels and headings, and the usual
// words around them. Pairs: traditional, simplified.
const PAIRS =
  '總总體体況况動动開开請请復复複复議议訟讼問问題题進进報报項项條条規规範范檔档發发數数廢废現现許许決决罰罚強强業业費费額额單单萬万對对減减務务採采購购' +
  '組组織织機机構构會会計计結结轉转繼继續续辦办區区這这屬属於于國国穩稳護护權权類类內内過过執执詢询無无關关沒没補补後后確确訪访舉举當当認认獲获繳缴納纳' +
  '維维糾纠審审經经據据係系為为處处門门網网頁页統统達达稱称說说與与專专應应產产價价點点種种須须導导歷历個个們们來来時时間间實实現现際际況况' +
  '決决還还讓让選选職职責责聯联標标準准歲岁縣县鄉乡鎮镇廳厅傳传線线訴诉舉举諮咨詢询覆复資资訊讯條条圖图書书頭头員员廣广電电話话視视頻频';
const T2S = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) T2S.set(PAIRS[i] as string, PAIRS[i + 1] as string);

/** Pinyin left in by converters: `態(tài)`. */
const PINYIN = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]/g;

/** Converts traditional characters of the form's vocabulary to simplified, one by one. */
export function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += T2S.get(ch) ?? ch;
  return out;
}

/**
 * A line of a published report, cleaned for reading: NFKC (full-width digits and punctuation to
 * half-width), converter pinyin removed, traditional characters of the form simplified.
 */
export function cleanLine(line: string): string {
  return toSimplified(line.normalize('NFKC').replace(PINYIN, ''));
}

/**
 * A label reduced to what identifies it: simplified CJK, letters and digits only (ordinals like
 * （一） or 1、 keep their numeral); converter swaps undone (档案 → 文件).
 */
export function labelKey(label: string): string {
  return cleanLine(label)
    .replace(/档案/g, '文件')
    .replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
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
