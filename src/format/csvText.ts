/** CSV as text: quoting, splitting into records, and a cell's value from its data text. */

/** A field quoted as RFC 4180 needs it (a comma, a quote or a line break). */
export const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * Splits CSV text into records (RFC 4180: quoted fields may hold commas, quotes and line breaks).
 * With `quotedEmpty`, a field written `""` is given as that marker, told apart from an empty field.
 */
export function records(text: string, quotedEmpty?: string): string[][] | undefined {
  const out: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  let wasQuoted = false;
  const end = () => {
    row.push(wasQuoted && field === '' && quotedEmpty !== undefined ? quotedEmpty : field);
    field = '';
    wasQuoted = false;
  };
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = wasQuoted = true;
    else if (ch === ',') end();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      end();
      out.push(row);
      row = [];
    } else field += ch;
  }
  if (quoted) return undefined;
  if (field !== '' || wasQuoted || row.length > 0) {
    end();
    out.push(row);
  }
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
  for (const seg of path.slice(0, -1))
    node = (Object.hasOwn(node, seg) ? node[seg] : (node[seg] = {})) as Record<string, unknown>;
  node[path.at(-1) as string] = value;
}
