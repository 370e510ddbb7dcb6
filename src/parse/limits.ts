/**
 * The readers' limits: what a server reading uploads may let one file cost. Each has a safe default
 * (a published report is 10–500 KB of text, a few pages, tables of a few hundred cells), can be
 * raised per call, and when hit gives a `LIMIT_EXCEEDED` finding naming it — never a crash.
 */
import { misuse } from '../_internal/options.js';
import type { ParseFinding } from './parseFinding.js';
import { words } from './words.js';
import type { LocalizedText } from '../model/localizedText.js';

/**
 * Limits of a reader (`parseReport`, `parseHtml`, `parseDocx`, `parsePdf`), for input nobody vouches
 * for. Each is a positive safe integer; any left out takes its default ({@link DEFAULT_LIMITS}).
 * @example
 * ```ts
 * parseHtml(page, { limits: { inputBytes: 64 * 1024 * 1024 } }); // a very long page, trusted
 * ```
 * @category Parsing
 */
export interface ReadLimits {
  /** The input's size: UTF-16 code units of a text or page, bytes of a PDF or Word file. */
  readonly inputBytes?: number;
  /** Bytes the compressed parts of a file may inflate to (a Word file's document.xml; a PDF's streams). */
  readonly inflatedBytes?: number;
  /** PDF pages read (the pages after it are not). */
  readonly pages?: number;
  /** Grid slots of all the tables of a page or Word document together (merged cells count every slot they cover). */
  readonly gridSlots?: number;
  /**
   * Findings of one code about positions in the input (not about a row of the form) kept as they are;
   * the rest are counted in one finding of that code. Findings about a row of the form are bounded by
   * the form and always kept.
   */
  readonly findingsPerCode?: number;
}

/**
 * The limits a reader applies when the caller sets none: generous for any published report, small
 * enough that a hostile file costs a server little.
 * @example
 * ```ts
 * console.log(DEFAULT_LIMITS.pages); // 200
 * ```
 * @category Parsing
 */
export const DEFAULT_LIMITS: Readonly<Required<ReadLimits>> = Object.freeze({
  /** 16 MiB: a crawled report page is 10–500 KB, a report PDF 0.1–5 MB. */
  inputBytes: 16 * 1024 * 1024,
  /** 64 MiB: a report's document.xml is 0.1–2 MB; a PDF's page streams a few MB. */
  inflatedBytes: 64 * 1024 * 1024,
  /** 200 pages: reports run 4–30 pages. */
  pages: 200,
  /** 100,000 slots: the report's three tables have about 600; a page's layout tables a few thousand. */
  gridSlots: 100_000,
  /** 20: more than any real report has of one code, few enough to read. */
  findingsPerCode: 20,
});

const LIMIT_NAMES = Object.keys(DEFAULT_LIMITS) as (keyof ReadLimits)[];

/** Validates a `limits` option (misuse throws) and fills in the defaults. */
export function checkLimits(fn: string, value: unknown): Readonly<Required<ReadLimits>> {
  if (value === undefined) return DEFAULT_LIMITS;
  const invalid = misuse(fn);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    invalid('limits 应为对象', 'limits must be an object');
  const given = value as Record<string, unknown>;
  for (const [name, n] of Object.entries(given)) {
    if (!(LIMIT_NAMES as string[]).includes(name))
      invalid(
        `未知限制“${name}”（可用：${LIMIT_NAMES.join('、')}）`,
        `unknown limit “${name}” (known: ${LIMIT_NAMES.join(', ')})`,
      );
    if (n !== undefined && (typeof n !== 'number' || !Number.isSafeInteger(n) || n <= 0))
      invalid(
        `限制 ${name} 应为正整数，而非 ${String(n)}`,
        `limit ${name} must be a positive integer, not ${String(n)}`,
      );
  }
  return { ...DEFAULT_LIMITS, ...(given as ReadLimits) };
}

/** What each limit bounds, in words. */
const LIMIT_WORDS: Record<keyof ReadLimits, { zh: string; en: string }> = {
  inputBytes: { zh: '输入大小', en: 'the input size' },
  inflatedBytes: { zh: '解压后大小', en: 'the inflated size' },
  pages: { zh: '页数', en: 'the number of pages' },
  gridSlots: { zh: '表格单元格数', en: 'the number of table cells' },
  findingsPerCode: { zh: '同类发现数', en: 'the number of findings of one kind' },
};

/**
 * The finding for a limit hit: which limit, its value, and what was done instead (`zh`/`en`: the
 * reader's consequence, e.g. "nothing was read").
 */
export function limitExceeded(name: keyof ReadLimits, value: number, instead: LocalizedText): ParseFinding {
  return {
    code: 'LIMIT_EXCEEDED',
    severity: 'error',
    limit: { name, value },
    message: words.limitExceeded(LIMIT_WORDS[name], name, value, instead),
  };
}

/**
 * Keeps the first `perCode` findings of each code that are about positions in the input (no form
 * row); the rest of that code become one finding with their count and the range of lines or rows
 * they span. Findings about a row of the form are always kept. Order is kept; linear.
 */
export function coalesceFindings(findings: readonly ParseFinding[], perCode: number): readonly ParseFinding[] {
  const seen = new Map<string, number>();
  const dropped = new Map<string, ParseFinding[]>();
  const out: ParseFinding[] = [];
  for (const f of findings) {
    if (f.location?.row !== undefined) {
      out.push(f);
      continue;
    }
    const n = (seen.get(f.code) ?? 0) + 1;
    seen.set(f.code, n);
    if (n <= perCode) out.push(f);
    else {
      const list = dropped.get(f.code) ?? [];
      // Only the first and last of the rest are needed: the count and the range.
      if (list.length < 2) list.push(f);
      else list[1] = f;
      dropped.set(f.code, list);
    }
  }
  for (const [code, [first, last]] of dropped) {
    const more = (seen.get(code) ?? 0) - perCode;
    const at = rangeWords(first as ParseFinding, (last ?? first) as ParseFinding);
    out.push({
      code: (first as ParseFinding).code,
      severity: (first as ParseFinding).severity,
      ...((first as ParseFinding).line !== undefined && { line: (first as ParseFinding).line }),
      ...((first as ParseFinding).source !== undefined && { source: (first as ParseFinding).source }),
      count: more,
      message: words.moreOfCode(more, code, at),
      // A finding standing for several has none of its code's own fields; the code is the first's
      // (past 25 codes TypeScript no longer relates a code-typed literal to the union member by member).
    } as ParseFinding);
  }
  return out;
}

/** The span of the findings left out, by line (text) or page / table row (files). */
function rangeWords(first: ParseFinding, last: ParseFinding): { zh: string; en: string } {
  const where = (f: ParseFinding) =>
    f.line !== undefined
      ? `${f.line}`
      : f.source?.kind === 'pdf'
        ? `p.${f.source.page}`
        : f.source?.kind === 'html' && f.source.row !== undefined
          ? `${(f.source.table ?? 0) + 1}:${f.source.row + 1}`
          : undefined;
  const [a, b] = [where(first), where(last)];
  if (a === undefined || b === undefined) return { zh: '', en: '' };
  return words.span(first.line !== undefined ? 'lines' : first.source?.kind === 'pdf' ? 'pages' : 'rows', a, b);
}
