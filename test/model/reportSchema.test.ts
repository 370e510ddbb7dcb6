import { describe, expect, it } from 'vitest';
import * as z from 'zod/v4';
import {
  checkReport,
  parseReport,
  emptyReport,
  isOgiReportError,
  reportJsonSchema,
  reportSchema,
  toJSONValue,
  editions,
} from '../../src/index.js';

describe('reportSchema', () => {
  it('parses the JSON form into the model, money as Decimal', () => {
    const r = emptyReport({ edition: '2021', reportYear: 2022, agency: { name: 'x' } });
    const json = toJSONValue(r);
    const out = reportSchema('2021').parse({
      ...json,
      proactiveDisclosure: { ...json.proactiveDisclosure, fees: { amount: { amount: '0.092', unit: '万元' } } },
    });
    const fee = out.proactiveDisclosure.fees.amount;
    expect(fee !== null && fee !== 'NA' && fee.amount.toFixed()).toBe('0.092');
  });

  it('composes into a caller’s own schema', () => {
    const envelope = z.object({ submittedBy: z.string(), report: reportSchema() });
    const r = emptyReport({ edition: '2019', reportYear: 2020, agency: { name: 'x' } });
    expect(envelope.safeParse({ submittedBy: 'me', report: toJSONValue(r) }).success).toBe(true);
    expect(envelope.safeParse({ submittedBy: 'me', report: { ...toJSONValue(r), edition: '2021' } }).success).toBe(
      false,
    );
  });

  it('refuses an unknown edition with a coded error', () => {
    try {
      reportSchema('2020' as never);
      expect.unreachable();
    } catch (e) {
      expect(isOgiReportError(e) && e.code).toBe('UNKNOWN_EDITION');
    }
  });
});

describe('reportJsonSchema', () => {
  it.each(editions)('describes edition %s cells, with labels, for users outside TypeScript', (edition) => {
    const schema = reportJsonSchema(edition) as any;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    const received = schema.properties.requests.properties.received;
    expect(received.description).toBe('一、本年新收政府信息公开申请数量 · 1. New requests received this year');
    expect(received.required).toHaveLength(7);
    const cell = received.properties.naturalPerson;
    expect(cell.anyOf).toEqual([
      { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
      { type: 'null', description: 'blank: not reported' },
      { type: 'string', const: 'NA', description: 'not applicable (printed /, -, — or 无)' },
    ]);
  });

  it('describes both editions as one discriminated schema', () => {
    const schema = reportJsonSchema() as any;
    expect(schema.oneOf ?? schema.anyOf).toHaveLength(2);
  });
});

describe('OgiReportError speaks both languages', () => {
  it('every misuse error carries { zh, en }, with message the English', () => {
    const throwing = [
      () => emptyReport({ edition: '2019', reportYear: 2024, agency: { name: 'x' } }),
      () => reportSchema('2099' as never),
      () => parseReport('', { colour: 1 } as never),
      () => checkReport(seed(), { rules: { R99: 'off' } } as never),
    ];
    for (const f of throwing) {
      try {
        f();
        expect.unreachable();
      } catch (error) {
        expect(isOgiReportError(error)).toBe(true);
        const e = error as { text: { zh: string; en: string }; message: string };
        expect(e.text.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(e.message).toBe(e.text.en);
      }
    }
  });
});

function seed() {
  return emptyReport({ edition: '2021', reportYear: 2024, agency: { name: '某局' } });
}
