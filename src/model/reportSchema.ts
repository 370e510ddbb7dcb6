import * as z from 'zod/v4';
import { AGENCY_NAME } from '../_internal/agencyName.js';
import { assertEdition } from '../_internal/assertEdition.js';
import { DECIMAL_TEXT, Dec } from '../_internal/decimal.js';
import { FIRST_REPORT_YEAR, LAST_REPORT_YEAR, editions, templates } from '../template/templates.js';
import { administrativeLevels } from './administrativeLevels.js';
import type { ColumnTemplate, Edition, RowTemplate, ValueKind } from '../template/types.js';
import { NOT_APPLICABLE, type Money } from './cell.js';
import type { AdministrativeLevel, ReportJsonOf, ReportOf } from './report.js';

/**
 * The report schema of one edition (or of either, discriminated by `edition`): it validates a
 * report as written in JSON and outputs the in-memory {@link ReportOf | report}, money as `Decimal`.
 * @category Schemas
 */
export type ReportSchema<E extends Edition> = z.ZodType<ReportOf<E>, ReportJsonOf<E>>;

const notApplicable = z.literal(NOT_APPLICABLE).meta({ description: 'not applicable (printed /, -, — or 无)' });
const blank = z.null().meta({ description: 'blank: not reported' });

const moneyJson = z
  .strictObject({
    amount: z
      .string()
      .regex(DECIMAL_TEXT)
      .meta({ description: 'canonical non-negative decimal, e.g. "830000" or "0.092"' }),
    unit: z.enum(['元', '万元']),
  })
  .transform((m): Money => ({ amount: new Dec(m.amount), unit: m.unit }));

const cellSchemas: Record<ValueKind, () => z.ZodType> = {
  count: () => z.union([z.int().min(0), blank, notApplicable]),
  signed: () => z.union([z.int(), blank, notApplicable]),
  money: () => z.union([moneyJson, blank, notApplicable]),
};

function cellSchema(column: ColumnTemplate): z.ZodType {
  return cellSchemas[column.kind]().meta({ description: `${column.label} · ${column.labelEn}` });
}

function rowsShape(rows: readonly RowTemplate[], columns: readonly ColumnTemplate[]): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const row of rows) {
    const inner = row.children
      ? rowsShape(row.children, columns)
      : Object.fromEntries(columns.map((c) => [c.key, cellSchema(c)]));
    shape[row.key] = z.strictObject(inner).meta({ description: `${row.label} · ${row.labelEn}` });
  }
  return shape;
}

function buildEditionSchema(edition: Edition): z.ZodType {
  const shape: Record<string, z.ZodType> = {
    edition: z.literal(edition),
    reportYear: z
      .int()
      .min(FIRST_REPORT_YEAR)
      .max(LAST_REPORT_YEAR)
      .meta({ description: 'the calendar year reported on' }),
    agency: z.strictObject({
      name: z.string().regex(AGENCY_NAME, 'must be one non-blank line'),
      code: z.string().optional(),
      level: z.enum(administrativeLevels as [AdministrativeLevel, ...AdministrativeLevel[]]).optional(),
    }),
    scope: z.enum(['self', 'aggregate']),
  };
  const template = templates[edition];
  for (const section of template.sections) {
    shape[section.key] = section.blocks
      ? z.strictObject(Object.assign({}, ...section.blocks.map((b) => rowsShape(b.rows, b.columns))))
      : z.string();
  }
  return z.strictObject(shape).meta({ title: `${templates[edition].title} (${edition})` });
}

const cache = new Map<Edition | 'any', z.ZodType>();

/**
 * The zod schema of reports of either edition, discriminated by `edition`. Built from the
 * templates on first use. Compose it into your own schemas (zod is a peer dependency, so yours and
 * ours are the same zod).
 * @returns the schema; its input is the JSON form, its output the in-memory report.
 * @example
 * ```ts
 * const envelope = z.object({ submittedBy: z.string(), report: reportSchema() });
 * ```
 * @category Schemas
 */
export function reportSchema(): ReportSchema<Edition>;
/**
 * The zod schema of reports of one edition, built from its template on first use.
 * @param edition - an edition key (see `editions`).
 * @returns the schema; its input is the JSON form, its output the in-memory report.
 * @throws {@link index!OgiReportError} `UNKNOWN_EDITION` for any other edition.
 * @example
 * ```ts
 * const result = reportSchema('2021').safeParse(JSON.parse(text));
 * ```
 * @category Schemas
 */
export function reportSchema<E extends Edition>(edition: E): ReportSchema<E>;
export function reportSchema(edition?: Edition): z.ZodType {
  if (edition !== undefined) assertEdition(edition);
  const key = edition ?? 'any';
  let schema = cache.get(key);
  if (schema === undefined) {
    schema =
      edition === undefined
        ? z.discriminatedUnion(
            'edition',
            editions.map((e) => reportSchema(e) as unknown as z.ZodObject) as [z.ZodObject, ...z.ZodObject[]],
          )
        : buildEditionSchema(edition);
    cache.set(key, schema);
  }
  return schema;
}

/**
 * The JSON Schema (draft 2020-12) of reports as written by `toJSON`, for users outside
 * TypeScript.
 * @param edition - an edition, or nothing for any.
 * @returns a JSON Schema object.
 * @example
 * ```ts
 * await writeFile('report-2021.schema.json', JSON.stringify(reportJsonSchema('2021'), null, 2));
 * ```
 * @category Schemas
 */
export function reportJsonSchema(edition?: Edition): Record<string, unknown> {
  const schema = edition === undefined ? reportSchema() : reportSchema(edition);
  return z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
}
