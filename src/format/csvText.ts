import { misuse, optionRecord } from '../_internal/options.js';
/** CSV as text: quoting, splitting into records, and a cell's value from its data text. */

/** A field quoted as RFC 4180 needs it (a comma, a quote or a line break). */
export const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * Options of the CSV writers and readers ({@link index!toCsv}, {@link index!toWideCsv} and their readers).
 * @category Serialization
 */
export interface CsvOptions {
  /**
   * Spreadsheet formula injection (OWASP): a text field beginning with `=`, `+`, `-`, `@`, a tab or a
   * carriage return — an agency name or prose written `=HYPERLINK(…)` — would run as a formula when a
   * person opens the file in a spreadsheet. By default (`true`) the writers put a `'` before such a
   * field (numbers such as `-3` are left alone), so spreadsheets show it as text, and the readers take
   * the `'` off again: the round trip is exact. `false` writes and reads every field as it is, for
   * trusted pipelines; read such a file with `false` too.
   */
  readonly escapeFormulas?: boolean;
}

/** Checks the CSV options of `fn`; returns whether formulas are escaped. */
export function escapesFormulas(fn: string, options: unknown): boolean {
  const o = optionRecord(fn, options, new Set(['escapeFormulas']));
  if (o['escapeFormulas'] !== undefined && typeof o['escapeFormulas'] !== 'boolean')
    misuse(fn)('escapeFormulas 应为 true 或 false', 'escapeFormulas must be true or false');
  return o['escapeFormulas'] !== false;
}

/** Text a spreadsheet would take as a formula (after any `'` already escaping it). */
const FORMULA = /^'*[=+\-@\t\r]/;
/** A number as the writers print it (a signed count, an amount with its unit): never escaped. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?(?:元|万元)?$/;

/** A field as written with formulas escaped: a `'` before text a spreadsheet would run. */
export const formulaSafe = (s: string) => (FORMULA.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s);

/** A field as read with formulas escaped: the writer's `'` taken off (the inverse of {@link formulaSafe}). */
export const formulaText = (s: string) => {
  const rest = s.slice(1);
  return s.startsWith("'") && FORMULA.test(rest) && !PLAIN_NUMBER.test(rest) ? rest : s;
};

/** Where the unquoted field starting at `i` ends: the next comma or line break, or the end. */
function fieldEnd(text: string, i: number): number {
  let j = i;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 44 || c === 10 || c === 13) break; // , \n \r
  }
  return j;
}

/**
 * Splits CSV text into records (RFC 4180: quoted fields may hold commas, quotes and line breaks).
 * With `quotedEmpty`, a field written `""` is given as that marker, told apart from an empty field;
 * `decode` is applied to every field. Fields are sliced from the text, never built a character at a
 * time: linear in time, and a 100 MB field costs its own size.
 */
export function records(
  text: string,
  quotedEmpty?: string,
  decode: (field: string) => string = (f) => f,
): string[][] | undefined {
  const out: string[][] = [];
  let row: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (i >= text.length) return out;
  for (;;) {
    let value: string;
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      const parts: string[] = [];
      for (let from = i + 1; ; ) {
        const q = text.indexOf('"', from);
        if (q === -1) return undefined;
        parts.push(text.slice(from, q));
        if (text[q + 1] === '"') {
          parts.push('"');
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // Text after the closing quote (`"ab"c`) belongs to the field, as lenient readers take it.
      const end = fieldEnd(text, i);
      value = parts.join('') + text.slice(i, end);
      i = end;
    } else {
      const end = fieldEnd(text, i);
      value = text.slice(i, end);
      i = end;
    }
    row.push(quoted && value === '' && quotedEmpty !== undefined ? quotedEmpty : decode(value));
    if (i >= text.length) break;
    if (text[i] === ',') {
      i++;
      if (i >= text.length) {
        row.push(decode(''));
        break;
      }
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    i++;
    out.push(row);
    row = [];
    if (i >= text.length) return out;
  }
  out.push(row);
  return out;
}

const MONEY = /^(\d+(?:\.\d+)?)(元|万元)$/;

export function cellFromText(text: string): unknown {
  if (text === '') return null;
  if (text === 'NA') return 'NA';
  // A count as toCsv writes it: no leading zeros (`007` is left as text, for validation to name).
  if (/^-?(0|[1-9]\d*)$/.test(text)) return Number(text);
  const m = MONEY.exec(text);
  if (m) return { amount: m[1], unit: m[2] };
  return text; // left for validation to name
}

/** Sets `value` at a path of keys in plain JSON being built, making the objects on the way (own keys only). */
export function setPath(json: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = json;
  for (const seg of path.slice(0, -1)) {
    const next = Object.hasOwn(node, seg) ? node[seg] : undefined;
    // A value where an object is wanted (a blank amount, then its unit): an object, which validation then refuses.
    node = (typeof next === 'object' && next !== null ? next : (node[seg] = {})) as Record<string, unknown>;
  }
  node[path.at(-1) as string] = value;
}
