/**
 * ogi-report: a typed model of the annual report on open government information work
 * (政府信息公开工作年度报告). The national template of each edition is described once, as data;
 * types, schemas, builders and serialisers are derived from it.
 *
 * @packageDocumentation
 * @document ../docs/getting-started.md
 * @document ../docs/model.md
 * @document ../docs/checking.md
 * @document ../docs/reading.md
 * @document ../docs/tallying.md
 * @document ../docs/testing.md
 * @document ../docs/datasets.md
 * @document ../docs/rules.md
 * @document ../CHANGELOG.md
 */

export { Decimal } from 'decimal.js';

// Template: the form as data
export type {
  BalanceTemplate,
  BlockTemplate,
  ColumnTemplate,
  Edition,
  EditionTemplate,
  GroupTemplate,
  MoneyUnit,
  RowTemplate,
  SectionTemplate,
  TableSectionTemplate,
  ValueKind,
} from './template/types.js';
export { editions, templates } from './template/templates.js';
export { editionForYear } from './template/editionForYear.js';
export { cellsOfRow, layoutOf, type CellLayout, type EditionLayout, type RowLayout } from './template/layout.js';
export { describeCell, describeRow, describeRows } from './template/describeCell.js';

// Model
export {
  NOT_APPLICABLE,
  type CellOfKind,
  type CellValue,
  type CountCell,
  type Money,
  type MoneyCell,
  type NotApplicable,
  type SignedCell,
} from './model/cell.js';
export { money } from './model/money.js';
export type {
  AdministrativeLevel,
  Agency,
  ApplicantKey,
  OutcomeKeyOf,
  RowKey,
  RowKeyOf,
  CellAt,
  CellKey,
  CellKeyOf,
  MoneyJson,
  ProseSectionKey,
  Report,
  Report2019,
  Report2021,
  ReportJson,
  ReportJsonOf,
  ReportOf,
  Scope,
  TableSectionKey,
} from './model/report.js';
export { administrativeLevels } from './model/administrativeLevels.js';
export type { LocalizedText, Locale } from './model/localizedText.js';
export type { Issue, IssueCode } from './model/issue.js';
export type { FoundCellKey, Location, SectionKey } from './model/location.js';
export { OgiReportError, isOgiReportError, type OgiReportErrorCode } from './model/ogiReportError.js';
export { reportJsonSchema, reportSchema, type ReportSchema } from './model/reportSchema.js';

// Repairs
export { applyRepair, suggestRepairs } from './repair/suggestRepairs.js';
export type { Slip } from './repair/slips.js';
export type { Repair, RepairChange, RepairOptions, RepairPart, RepairResult, UnrepairedPart } from './repair/types.js';

// Builders
export { emptyReport, type EmptyReportOptions } from './build/emptyReport.js';
export { getCell } from './build/getCell.js';
export { setCell, setCells, type CellUpdates } from './build/setCell.js';
export { setRow, setSection } from './build/setRow.js';
export { fillTotals, type CellChange, type FillTotalsOptions, type FillTotalsResult } from './build/fillTotals.js';
export {
  requestCaseSchema,
  reviewLitigationCaseSchema,
  type RequestCaseRow,
  type ReviewLitigationCaseRow,
} from './build/caseSchemas.js';
export { tallyRequests, type RequestCase, type TallyResult } from './build/tallyRequests.js';
export { tallyReviewLitigation, type ReviewLitigationCase } from './build/tallyReviewLitigation.js';
export { explainCell, type Explainable, type Provenance } from './build/explainCell.js';
export { REGISTER_FIELD_NAMES, type RegisterField, type TallyOptions } from './_internal/tally.js';

// Serialization and parsing
export { renderText } from './format/renderText.js';
export { renderMarkdown } from './format/renderMarkdown.js';
export {
  fromJsonLines,
  fromWideCsv,
  jsonLinesOf,
  readJsonLines,
  readWideCsv,
  toJsonLines,
  toWideCsv,
  wideCsvLines,
  type DatasetEntry,
  type DatasetInput,
  type DatasetMeta,
  type DatasetRead,
  type DatasetResult,
  type WideCsvOptions,
} from './format/datasets.js';
export {
  codebook,
  codebookCsv,
  type CodebookEntry,
  type CodebookKind,
  type CodebookOptions,
} from './format/codebook.js';
export { renderHtml, type RenderHtmlOptions } from './format/renderHtml.js';
export { htmlStyles } from './format/htmlStyles.js';
export { csvLines, fromCsv, fromCsvReports, readCsv, toCsv } from './format/csv.js';
export type { CsvOptions } from './format/csvText.js';
export {
  parseReport,
  type HtmlPosition,
  type LimitHit,
  type ParseFinding,
  type ParseFindingBase,
  type ParseFindingFields,
  type RunReading,
  type ParseFindingCode,
  type ParseOptions,
  type ParseResult,
  type PdfPosition,
  type SourcePosition,
} from './parse/parseReport.js';
export { DEFAULT_LIMITS, type ReadLimits } from './parse/limits.js';
export type { CellSource, PdfBox, SplitDecision, TextSpan } from './parse/cellSource.js';
export {
  fromJSON,
  fromJSONOrThrow,
  toJSON,
  toJSONValue,
  type ReadResult,
} from './format/json.js';
export type { Failure, NonEmpty, Result } from './model/result.js';

// Checks
export {
  auditReport,
  type Audit,
  type AuditOptions,
  type Cause,
  type CauseKind,
  type Verdict,
} from './check/audit.js';
export {
  auditReports,
  auditsToCsv,
  type AuditEntry,
  type CauseCount,
  type JurisdictionAudit,
  type LinkedAudit,
} from './check/auditMany.js';
export { checkReport } from './check/checkReport.js';
export { formatAudit, formatFindings, type FormatFindingsOptions } from './check/formatFindings.js';
export { rules } from './check/catalogue.js';
export type {
  CheckOptions,
  CheckResult,
  CheckSummary,
  Finding,
  FindingCode,
  FindingKind,
  FindingLocation,
  FindingStatus,
  InferredValue,
  Operand,
  Rule,
  RuleId,
  Profile,
  RuleSetting,
  Severity,
} from './check/types.js';

// Analysis: many reports at once
export { sumReports, type PartialSum, type SumOptions, type SumResult } from './analyze/sumReports.js';
export { compareReports, type CellDifference, type Comparison, type Unmatched } from './analyze/compareReports.js';
export { convertEdition, type ConvertResult, type NotCarried } from './analyze/convertEdition.js';
export {
  computeIndicators,
  indicators,
  type Indicator,
  type IndicatorDefinition,
  type IndicatorSelector,
} from './analyze/indicators.js';
