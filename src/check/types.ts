import type { CellValue } from '../model/cell.js';
import type { LocalizedText, Locale } from '../model/localizedText.js';
import type { FoundCellKey, Location } from '../model/location.js';
import type { Report } from '../model/report.js';
import type { Edition } from '../template/types.js';

/**
 * How much a finding matters: `error` (the report is wrong), `warning` (probably wrong, or
 * incomplete), `info` (worth knowing: a value the blanks must take, a rule that cannot be assessed).
 * @category Checks
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * What the checker concluded about a relation:
 * `broken` — no values of the blank cells can satisfy it;
 * `inferred` — it holds only if the blank cells take the values named in `inferred`;
 * `not_assessable` — the blanks leave it open.
 * Relations that hold give no finding.
 * @category Checks
 */
export type FindingStatus = 'broken' | 'inferred' | 'not_assessable';

/**
 * Identifiers of the rules in the catalogue: R1–R10 of the spec, and R0 for completeness
 * (blank rows, not-applicable cells, edition vs year, the previous report's identity).
 * @category Checks
 */
export type RuleId = 'R0' | 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9' | 'R10';

/**
 * The kind of relation or observation a finding is about; its code is `<kind>_<STATUS>`.
 * @category Checks
 */
export type FindingKind =
  | 'BALANCE'
  | 'OUTCOME_SUM'
  | 'APPLICANT_SUM'
  | 'REVIEW_LITIGATION_SUM'
  | 'CARRY_OVER'
  | 'STOCK'
  | 'ITEMS'
  | 'PUBLISHED_TOTAL'
  | 'ROLL_UP'
  | 'INVALID_VALUE'
  | 'PROSE_NUMBER'
  | 'BLANK_ROWS'
  | 'NOT_APPLICABLE_AS_ZERO'
  | 'EDITION_YEAR'
  | 'PREVIOUS_REPORT';

/**
 * A finding's stable code, e.g. `BALANCE_BROKEN`, `OUTCOME_SUM_NOT_ASSESSABLE`, `BLANK_ROWS_BROKEN`.
 * @category Checks
 */
export type FindingCode = `${FindingKind}_${Uppercase<FindingStatus>}`;

/**
 * Where a finding is: a {@link Location} that always names the place in the form's own words.
 * @category Checks
 */
export type FindingLocation = Location & {
  /** The location in the form's own words, e.g. 表三 · 三、本年度办理结果 · （七）总计 · 总计. */
  readonly where: LocalizedText;
};

/**
 * A cell that takes part in a relation, with its value.
 * @category Checks
 */
export interface Operand {
  /** The cell key, e.g. `requests.received.total`. */
  readonly key: FoundCellKey;
  /** The cell in the form's own words. */
  readonly where: LocalizedText;
  /** Which report the cell is from: this year's, the previous year's, or one the aggregate sums (R10). */
  readonly report: 'current' | 'previous' | 'child';
  /** For a `child` operand: which of the reports aggregated it comes from. */
  readonly source?: {
    /** The agency name of that report. */
    readonly agency: string;
    /** Its position among the `children` given to `checkReport`. */
    readonly index: number;
  };
  /** The reported value: a number, `null` (blank), `'NA'` (counted as 0), or `undefined` when unreadable (see R8). */
  readonly value: CellValue | undefined;
  /** `actual` operands make up the reported side, `expected` operands the side it is checked against. */
  readonly side: 'actual' | 'expected';
  /** `1` when the cell is added, `-1` when subtracted (e.g. 本年废止件数 in R6). */
  readonly coefficient: 1 | -1;
}

/**
 * A value a blank cell must take for a relation to hold.
 * @category Checks
 */
export interface InferredValue {
  /** The cell key. */
  readonly key: FoundCellKey;
  /** The cell in the form's own words. */
  readonly where: LocalizedText;
  /** The value it must take. */
  readonly value: number;
}

/**
 * One finding: what rule, how bad, what the checker concluded, where, the numbers, and why.
 * @category Checks
 */
export interface Finding {
  /** Stable code, `<kind>_<STATUS>`. */
  readonly code: FindingCode;
  /** The rule that produced it. */
  readonly rule: RuleId;
  /** How much it matters. */
  readonly severity: Severity;
  /** What the checker concluded. */
  readonly status: FindingStatus;
  /** Where it is. */
  readonly location: FindingLocation;
  /** The value the relation computes for the checked side, when every cell of that side is known (and the sum is a safe integer; the message states it exactly either way). */
  readonly expected?: number;
  /** The reported value of the checked side, when every cell of that side is known (and the sum is a safe integer). */
  readonly actual?: number;
  /** `actual − expected`, when both are known (and the difference is a safe integer). */
  readonly delta?: number;
  /** Every cell that takes part, with its location and value. */
  readonly operands: readonly Operand[];
  /** For `inferred`: the values the blank cells must take. */
  readonly inferred?: readonly InferredValue[];
  /** What is wrong and what to do, in Chinese and English. */
  readonly message: LocalizedText;
  /** A short hash of rule, code and location: the same for the same finding on every run. */
  readonly fingerprint: string;
}

/**
 * A rule setting: `'off'`, `'on'` (its default severity), or a severity for its broken findings.
 * @category Checks
 */
export type RuleSetting = 'off' | 'on' | Severity;

/**
 * A set of rule settings for a purpose: `draft` — lenient while a report is being filled in (blank
 * rows and unfinished sums are notes and warnings, invalid values still errors); `submit` — what a
 * supervisor would reject (blank rows and broken sums are errors, the prose's numbers are checked).
 * Each rule's setting per profile is part of the catalogue (`rules[i].profiles`, docs/rules.md).
 * @category Checks
 */
export type Profile = 'draft' | 'submit';

/**
 * Options of `checkReport`.
 * @category Checks
 */
export interface CheckOptions {
  /** The same body's report for the year before (either edition), for the cross-year rules R5–R7. */
  readonly previous?: Report;
  /** A set of settings for a purpose (`draft` or `submit`); `rules` overrides it rule by rule. Default: each rule's own severity. */
  readonly profile?: Profile;
  /** Turn rules on or off, or change the severity of their broken findings. R9 is off unless turned on. */
  readonly rules?: Partial<Record<RuleId, RuleSetting>>;
  /** For an aggregate report (`scope: 'aggregate'`): the reports it aggregates, for rule R10. */
  readonly children?: readonly Report[];
  /** Language of `summary.text`; findings always carry both. Default `'zh'`. */
  readonly locale?: Locale;
}

/**
 * Counts of findings and a one-line verdict.
 * @category Checks
 */
export interface CheckSummary {
  /** `true` when there is no error. */
  readonly ok: boolean;
  /** Number of errors. */
  readonly errors: number;
  /** Number of warnings. */
  readonly warnings: number;
  /** Number of infos. */
  readonly infos: number;
  /** Findings per rule. */
  readonly byRule: Readonly<Partial<Record<RuleId, number>>>;
  /** The verdict in one line, in the requested locale. */
  readonly text: string;
}

/**
 * What `checkReport` returns.
 * @category Checks
 */
export interface CheckResult {
  /** Findings in a deterministic order: by rule, then by position in the form. */
  readonly findings: readonly Finding[];
  /** Counts and verdict. */
  readonly summary: CheckSummary;
}

/**
 * A rule of the catalogue, as data.
 * @category Checks
 */
export interface Rule {
  /** Identifier, R0–R9. */
  readonly id: RuleId;
  /** Title in Chinese and English. */
  readonly title: LocalizedText;
  /** Where the rule comes from: the note printed in the template, the Regulations, or the layout. */
  readonly reference: LocalizedText;
  /** The editions it applies to. */
  readonly editions: readonly Edition[];
  /** Severity of its broken findings unless re-levelled. */
  readonly severity: Severity;
  /** `true` when it needs the previous year's report. */
  readonly crossYear: boolean;
  /** `true` when it runs only if turned on (R9). */
  readonly optIn: boolean;
  /** `true` when it applies only to aggregate reports, given the reports they aggregate (R10). */
  readonly aggregateOnly: boolean;
  /** The relation it checks, in words. */
  readonly relation: LocalizedText;
  /** Its setting in each profile (`'on'`: its own severity). */
  readonly profiles: Readonly<Record<Profile, RuleSetting>>;
}
