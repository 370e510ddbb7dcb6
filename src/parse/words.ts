/**
 * The reader's words: every message of its findings, in both languages, in one place — the
 * stages decide, and say what they decided with these. A message is built from typed fields (the
 * rows' names in the form's words, counts, readings), never from sentences assembled in the stages.
 */
import type { LocalizedText } from '../model/localizedText.js';
import { msg } from './parseFinding.js';
import type { RegroupKind } from './regroup.js';

/** A row's label in both languages, as the template spells it. */
interface Label {
  readonly label: string;
  readonly labelEn: string;
}

/** What stands behind a row placed by the form's order besides the order: its sums, its labels, or nothing. */
export type ByOrderWhy = 'sums' | 'labels' | 'order';

/** How a run's values lost their cells: run together, broken over lines, or identical lines merged. */
export type RunKind = 'digits' | RegroupKind;

const RUN_WORDS: Record<RunKind, LocalizedText> = {
  digits: { zh: '数字连在一起', en: 'digits run together' },
  joined: { zh: '数字跨行断开', en: 'numbers broken over lines' },
  repeated: { zh: '相同的相邻行被合并', en: 'identical neighbouring lines merged' },
};

const NONE: LocalizedText = { zh: '', en: '' };

export const words = {
  /** NO_REPORT_FOUND: why nothing was read. */
  noReport: {
    notText: msg('输入不是文本', 'The input is not text'),
    notBytes: msg('输入不是字节数组', 'The input is not a Uint8Array'),
    noHeadings: msg('未找到年度报告的章节标题', 'No headings of the annual report were found'),
    notDocx: msg('不是 Word 文档（.docx）：无法读取', 'Not a Word document (.docx): nothing could be read'),
    notPdfPages: (why?: LocalizedText) =>
      why
        ? msg(`输入不是 PDF 页面：${why.zh}`, `The input is not a list of PDF pages: ${why.en}`)
        : msg('输入不是 PDF 页面', 'The input is not a list of PDF pages'),
    noTextLayer: msg(
      'PDF 中没有文本层（扫描件需先经文字识别）',
      'The PDF has no text layer (a scanned file needs OCR first)',
    ),
    pdfUnopenable: (error: string) => msg(`无法打开 PDF：${error}`, `The PDF could not be opened: ${error}`),
    aborted: (page: number) =>
      msg(
        `读取在第 ${page} 页前被调用方中止（signal）`,
        `The read was aborted by the caller (signal) before page ${page}`,
      ),
  },
  /** What a reader did instead when it hit a limit (the LIMIT_EXCEEDED finding's second half). */
  instead: {
    nothingRead: msg('未读取', 'nothing was read'),
    documentXmlNotRead: msg('word/document.xml 未读取', 'word/document.xml was not read'),
    firstPages: (pages: number, limit: number) =>
      msg(`共 ${pages} 页，只读取前 ${limit} 页`, `the file has ${pages} pages; only the first ${limit} were read`),
    spansIgnored: (table: number) =>
      msg(
        `表格${table}的合并单元格未展开，各单元格按一格读取`,
        `the merged cells of table ${table} were read as one slot each`,
      ),
  },
  /** CELL_SEVERAL_VALUES: an HTML or Word cell holding several numbers (`at`: where, in words). */
  cellSeveralValues: (at: LocalizedText, text: string) =>
    msg(
      `${at.zh}的单元格含多个数值（“${text}”），未读取`,
      `The cell at ${at.en} holds several values (“${text}”); left blank`,
    ),
  /** CELL_MERGED: a value cell merged over several slots, read at its first. */
  cellMerged: (at: LocalizedText, text: string) =>
    msg(
      `数值“${text}”的单元格跨行或跨列合并，只读入其首格，${at.zh}留空`,
      `The cell holding “${text}” is merged over several rows or columns; it is read at its first slot, and ${at.en} is left blank`,
    ),
  /** A finding that stands for several of its code beyond `findingsPerCode` (`span`: the lines or rows they cover). */
  moreOfCode: (more: number, code: string, span: LocalizedText) =>
    msg(
      `另有 ${more} 条同类（${code}）发现${span.zh}，未逐条列出`,
      `${more} more findings of this kind (${code})${span.en}, not listed one by one`,
    ),
  /** The span of findings left out: lines of text, pages of a PDF, or rows of an HTML table. */
  span: (kind: 'lines' | 'pages' | 'rows', from: string, to: string) => {
    const word = { lines: ['行', 'lines'], pages: ['页', 'pages'], rows: ['表:行', 'table:row'] }[kind];
    return msg(`（${word[0]} ${from}–${to}）`, ` (${word[1]} ${from}–${to})`);
  },
  /** LIMIT_EXCEEDED: a reader's limit hit (`what`: the limit in words; `then`: what was done instead). */
  limitExceeded: (what: LocalizedText, name: string, value: number, then: LocalizedText) =>
    msg(
      `超过${what.zh}限制 ${name}（${value}）：${then.zh}`,
      `The input exceeds the limit on ${what.en}, ${name} (${value}): ${then.en}`,
    ),
  /** SECTION_MISSING: a heading not found (`ordinal` as printed: 三, III). */
  sectionMissing: (ordinal: { zh: string; en: string }, heading: { zh: string; en: string }) =>
    msg(
      `未找到第${ordinal.zh}部分“${heading.zh}”的标题`,
      `The heading of section ${ordinal.en} (${heading.en}) was not found`,
    ),
  /** SECOND_REPORT: another report after this one. */
  secondReport: (line: number) =>
    msg(
      `第 ${line} 行起是另一份年度报告，未读取：请将其分开读取`,
      `Another annual report starts at line ${line}; it was not read — read it separately`,
    ),
  /** AGENCY_UNKNOWN. */
  agencyUnknown: msg('未读到机关名称', 'No agency name found'),
  /** EDITION_UNKNOWN. */
  editionUnknown: msg(
    '无法确定报告格式版本，请在选项中指定 edition',
    'The edition could not be recognised; give it in the options',
  ),
  /** YEAR_UNKNOWN: no year is guessed — a guessed year would be a wrong number. */
  yearUnknown: msg(
    '未读到报告年度：请在选项中给出 reportYear（猜测的年度会是错误的数字）',
    'No report year found: give it as reportYear in the options (a guessed year would be a wrong number)',
  ),
  /** LABEL_VARIANT: a label that differs from the row's but anchors it. */
  labelVariant: (row: Label) =>
    msg(`标签与“${row.label}”不完全一致，按该行读取`, `label read as “${row.labelEn}” although it differs`),
  /** ROW_BY_ORDER: a row placed by the form's order. */
  rowByOrder: (row: Label, why: ByOrderWhy) =>
    why === 'sums'
      ? msg(
          `标签无法辨认，按表格顺序读作“${row.label}”：别无他行可填，且该行各项勾稽关系均成立`,
          `label unreadable; read by the form's order as “${row.labelEn}”: no other row could take it, and every sum rule on the row holds`,
        )
      : why === 'labels'
        ? msg(
            `标签与数值分行印出，按表格顺序读作“${row.label}”：别无他行可填，且各行标签均印在其数值同一侧`,
            `label printed apart from the numbers; read by the form's order as “${row.labelEn}”: no other row could take it, and every such label stands on the same side of its numbers`,
          )
        : msg(
            `标签无法辨认，按表格顺序读作“${row.label}”`,
            `label unreadable; read by the form's order as “${row.labelEn}”`,
          ),
  /** GROUP_WITH_VALUES: a group heading printed with numbers its items cannot be told from. */
  groupWithValues: (label: string) =>
    msg(
      `“${label}”是分组标题，却作为一行印出数值；其下各项无法据此拆分，按空白处理`,
      `“${label}” is a group heading printed as one row with numbers; they cannot be split among its items, which are left blank`,
    ),
  /** GROUP_AS_ROW: a group row printed as one row, folded into its last item. */
  groupAsRow: (label: string, last: Label) =>
    msg(
      `“${label}”按旧版式印为一行：其数值计入“${last.label}”，其余各项按 0 读取`,
      `“${label}” is printed as one row (the older layout): its numbers are read into “${last.labelEn}”, its other items as 0`,
    ),
  /** VALUE_COUNT: rows' values that cannot be matched to their cells. */
  valueCount: (where: LocalizedText, expected: number, found: number, why: 'spacedInside' | 'edges' | 'count') =>
    why === 'spacedInside'
      ? msg(
          `${where.zh}：本页空格不在格与格之间，${found} 个数无法对应到 ${expected} 个格，按空白处理`,
          `${where.en}: spaces on this page fall inside numbers; ${found} numbers cannot be matched to ${expected} cells; left blank`,
        )
      : why === 'edges'
        ? msg(
            `${where.zh}：格数多于 ${expected} 个且两端都有空格，无法确定数值属于哪几格，按空白处理`,
            `${where.en}: more than ${expected} cells with blanks at both ends; which cells the values fill cannot be told; left blank`,
          )
        : msg(
            `${where.zh}：应有 ${expected} 个数，实有 ${found} 个，按空白处理`,
            `${where.en}: expected ${expected} numbers, found ${found}; left blank`,
          ),
  /** VALUE_INVALID: a cell's value that is no value of its column. */
  valueInvalid: (cell: LocalizedText, problem: LocalizedText) =>
    msg(`${cell.zh}：${problem.zh}，按空白处理`, `${cell.en}: ${problem.en}; left blank`),
  /** Why a printed value is no value of its cell (the VALUE_INVALID finding says it on its cell). */
  invalid: {
    negativeMoney: (text: string) => msg(`金额不能为负：${text}`, `money cannot be negative: ${text}`),
    moneyMeasure: (text: string) => msg(`金额不应带量词：${text}`, `money takes no measure word: ${text}`),
    notWhole: (text: string) => msg(`应为整数：${text}`, `expected a whole number: ${text}`),
    countUnit: (text: string) => msg(`件数不应带单位：${text}`, `a count takes no unit: ${text}`),
    tooLarge: (text: string) => msg(`数值过大：${text}`, `number too large: ${text}`),
    negativeCount: (text: string) => msg(`件数不能为负：${text}`, `a count cannot be negative: ${text}`),
  },
  /** What a value read with a note was read as (LEADING_ZERO, MEASURE_WORD, UNIT_ASSUMED). */
  note: {
    unitAssumed: msg('未注明单位，按“元”读取', 'no unit printed; read as 元'),
    leadingZero: (text: string, value: number) =>
      msg(
        `数字以 0 开头（${text}），按 ${value} 读取`,
        `number printed with a leading zero (${text}); read as ${value}`,
      ),
    measureWord: (measure: string, value: number) =>
      msg(`带量词“${measure}”，按 ${value} 读取`, `printed with the measure word “${measure}”; read as ${value}`),
  },
  /** A note on a cell's value (LEADING_ZERO, MEASURE_WORD, UNIT_ASSUMED). */
  cellNote: (cell: LocalizedText, note: LocalizedText) => msg(`${cell.zh}：${note.zh}`, `${cell.en}: ${note.en}`),
  /** ROW_NOT_RECOGNIZED: values beyond those listed. */
  moreUnread: (more: number) => msg(`另有 ${more} 组数值未读取`, `${more} more groups of values not read`),
  /** VALUES_UNPLACED: values that could belong to any of some rows. */
  valuesUnplaced: (values: number, rows: LocalizedText) =>
    msg(
      `${values} 个数值无法确定属于${rows.zh}中的哪一行，未读取`,
      `${values} value(s) could belong to any of ${rows.en}; not read`,
    ),
  /** ROW_NOT_RECOGNIZED: values after a label that is no row. */
  notARow: (values: number) =>
    msg(
      `${values} 个数值前的标签不是表格中的行，未读取`,
      `${values} value(s) after a label that is not a row of the form; not read`,
    ),
  /** ROW_MISSING: rows nothing was found for. */
  rowsMissing: (rows: LocalizedText, count: number) =>
    msg(`未找到 ${rows.zh}（${count} 行），按空白处理`, `${rows.en} (${count} row(s)) not found; left blank`),
  /** Why no reading of a run was taken. */
  runWhy: {
    noSplit: msg('没有一种拆分能使合计成立', 'no split makes the totals hold'),
    noRegrouping: msg('没有一种还原能使合计成立', 'no regrouping makes the totals hold'),
    tooManyRegroupings: msg('可能的还原过多（超出搜索上限）', 'too many possible regroupings (search bound reached)'),
    tooManySplits: msg('可能的拆分过多（超出搜索上限）', 'too many possible splits (search bound reached)'),
    noMoneySplit: msg('没有一种拆分能读作件数与金额', 'no split reads as counts and an amount'),
  },
  /** DIGITS_AMBIGUOUS: a run no reading was taken of. */
  runFailed: (rows: LocalizedText, kind: RunKind, printed: string, why: LocalizedText) =>
    msg(
      `${rows.zh}：${RUN_WORDS[kind].zh}（${printed}），${why.zh}，按空白处理`,
      `${rows.en}: ${RUN_WORDS[kind].en} (${printed}); ${why.en}; left blank`,
    ),
  /** DIGITS_AMBIGUOUS: a run with several equally good readings (`bounded`: the joint search stopped at its bound). */
  runAmbiguous: (rows: LocalizedText, kind: RunKind, count: string, listed: string, bounded: boolean) => {
    const bound = bounded ? msg('（联合搜索达到上限）', ' (joint search bound reached)') : NONE;
    const regrouped = kind !== 'digits';
    return msg(
      `${rows.zh}：${RUN_WORDS[kind].zh}，有 ${count} 种同样合理的${regrouped ? '还原' : '拆分'}${bound.zh}：${listed}；不一致的格按空白处理`,
      `${rows.en}: ${RUN_WORDS[kind].en} ${regrouped ? 'allow' : 'have'} ${count} equally good ${regrouped ? 'readings' : 'splits'}${bound.en}: ${listed}; the cells they disagree on are left blank`,
    );
  },
  /** DIGITS_SPLIT: a run split by the sum rules, with what the split rests on. */
  runSplit: (
    rows: LocalizedText,
    reading: string,
    note: 'forced' | 'broken' | 'byRowTotal' | 'chosen' | 'derived',
    broken = 0,
  ) => {
    const why = {
      forced: msg('（该读法使合计不成立）', ' (this reading breaks the totals)'),
      broken: msg(
        `（表中仍有 ${broken} 处合计关系不成立，拆分可能有误）`,
        ` (${broken} sum relation(s) of the table still break: the split may be wrong)`,
      ),
      byRowTotal: msg(
        '（仅凭行合计，列合计无法核对）',
        ' (by the row total only: the column sums could not confirm it)',
      ),
      chosen: msg(
        '（数字本身有多种拆分，此为使合计成立者；若报告合计本身有误，实际数值可能不同）',
        ' (the digits allow other splits: this is the one under which the sums hold; if the report’s own sums are wrong, the values may differ)',
      ),
      derived: msg('（由其他行与列合计推出）', ' (given by the other rows and the column sums)'),
    }[note];
    return msg(
      `${rows.zh}：数字连在一起，按合计关系拆分为 ${reading}${why.zh}`,
      `${rows.en}: digits run together, split by the sum rules into ${reading}${why.en}`,
    );
  },
  /** DIGITS_SPLIT: a run split the one way its digits allow, with no sum relation to confirm it (`also`: what else it might be). */
  onlyReading: (rows: LocalizedText, reading: string, also: LocalizedText = NONE) =>
    msg(
      `${rows.zh}：数字连在一起，拆分为 ${reading}（数字只容许这一种读法，无合计关系可核对${also.zh}）`,
      `${rows.en}: digits run together, split into ${reading} (the only reading of the digits; no sum relation can confirm it${also.en})`,
    ),
  /** What a lone number where counts and an amount were due might also be. */
  countLeftBlank: (amount: string) =>
    msg(`；若件数未填，则金额为 ${amount}`, `; if the count was left blank, the amount is ${amount}`),
  /** NUMBERS_JOINED: numbers broken over lines, joined by the sum rules. */
  numbersJoined: (rows: LocalizedText, printed: string, reading: string) =>
    msg(
      `${rows.zh}：数字跨行断开（${printed}），按合计关系接为 ${reading}`,
      `${rows.en}: numbers broken over lines (${printed}), joined by the sum rules into ${reading}`,
    ),
  /** LINES_MERGED: identical lines a crawler merged, restored by the sum rules. */
  linesMerged: (rows: LocalizedText, printed: string, reading: string) =>
    msg(
      `${rows.zh}：页面合并了相同的相邻行（${printed}），按合计关系还原为 ${reading}`,
      `${rows.en}: the page merged identical neighbouring lines (${printed}); restored by the sum rules as ${reading}`,
    ),
  /** LINES_SHIFTED: a page with a cell per line whose row, read in order, breaks its sums. */
  linesShifted: (rows: LocalizedText, broken: boolean) =>
    broken
      ? msg(
          `${rows.zh}：页面每格一行，按顺序读出的数值不合合计关系；若有空格的行丢失、数字跨行断开，数值可能错位`,
          `${rows.en}: the page prints a cell per line, and the values read in order break a sum; a blank cell's lost line and a number broken over lines would shift them`,
        )
      : msg(
          `${rows.zh}：页面每格一行，本节已有行丢失或数字断开，按顺序读出的数值无合计关系可核对，可能错位`,
          `${rows.en}: the page prints a cell per line and this section lost lines or broke numbers; no sum confirms the values read in order, which may be shifted`,
        ),
} as const;
