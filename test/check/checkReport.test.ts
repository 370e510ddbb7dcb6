import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkReport,
  emptyReport,
  layoutOf,
  setCell,
  setCells,
  rules,
  type Finding,
  type Report,
  type Edition,
} from '../../src/index.js';
import { seedReport } from '../../examples/seedReport.js';
import { arbitraryReport } from '../../src/testing/index.js';

const broken = (findings: readonly Finding[]) => findings.filter((f) => f.status === 'broken');
const at = (f: Finding) => f.location.key ?? `${f.location.section}:${f.location.row ?? ''}:${f.location.column ?? ''}`;

describe('the seed report (盐城市人社局 2020)', () => {
  const { findings, summary } = checkReport(seedReport);

  it('breaks R3 on the （七）总计 row and R1 in the 自然人 column whatever the blank holds — and nothing else', () => {
    expect(broken(findings).map((f) => [f.rule, f.code, f.severity, at(f)])).toEqual([
      ['R1', 'BALANCE_BROKEN', 'error', 'requests::naturalPerson'],
      ['R3', 'APPLICANT_SUM_BROKEN', 'error', 'requests.outcomes.total.total'],
    ]);
    const r3 = findings.find((f) => f.rule === 'R3')!;
    expect([r3.actual, r3.expected, r3.delta]).toEqual([0, 26, -26]);
    expect(r3.location.where.zh).toBe('表三 · 三、本年度办理结果 · （七）总计 · 总计');
    expect(r3.operands.map((o) => [o.key.split('.').at(-1), o.value, o.side])).toEqual([
      ['total', 0, 'actual'],
      ['naturalPerson', 26, 'expected'],
      ['commercialEnterprise', 0, 'expected'],
      ['researchInstitution', 0, 'expected'],
      ['publicInterestOrganization', 0, 'expected'],
      ['legalServiceAgency', 0, 'expected'],
      ['otherOrganization', 0, 'expected'],
    ]);
    const r1 = findings.find((f) => f.code === 'BALANCE_BROKEN')!;
    expect(r1.message.en).toContain('broken whatever the blank cells hold');
    expect(r1.operands.find((o) => o.key === 'requests.carriedForward.naturalPerson')?.value).toBeNull();
  });

  it('says R1 in the 总计 column holds only if 四、结转下年度继续办理 · 总计 is 18', () => {
    const inferred = findings.find((f) => f.code === 'BALANCE_INFERRED')!;
    expect(inferred.severity).toBe('info');
    expect(inferred.inferred).toContainEqual({
      key: 'requests.carriedForward.total',
      where: {
        zh: '表三 · 四、结转下年度继续办理 · 总计',
        en: 'Table III · 4. Carried forward to the next year · Total',
      },
      value: 18,
    });
    expect(inferred.inferred?.filter((i) => i.value !== 0)).toHaveLength(1);
  });

  it('finds R2 not assessable, and reports the blank rows once each, not as a cascade', () => {
    const r2 = findings.filter((f) => f.rule === 'R2');
    expect(r2.map((f) => [f.status, at(f)])).toEqual([
      ['not_assessable', 'requests.outcomes.total.naturalPerson'],
      ['inferred', 'requests:outcomes.disclosed:'],
    ]);
    const blanks = findings.filter((f) => f.code === 'BLANK_ROWS_NOT_ASSESSABLE');
    expect(blanks.map((f) => [f.severity, f.location.where.zh])).toEqual([
      ['warning', '表三 · 三、本年度办理结果 · （一）予以公开 至 5.要求行政机关确认或重新出具已获取信息'],
      ['warning', '表三 · 四、结转下年度继续办理'],
    ]);
    expect(findings).toHaveLength(7);
    expect(summary).toMatchObject({ ok: false, errors: 2, warnings: 2, infos: 3 });
  });

  it('is deterministic: same findings, same order, same fingerprints on every run', () => {
    const again = checkReport(seedReport).findings;
    expect(again).toEqual(findings);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length);
    expect(findings.map((f) => f.fingerprint)).toMatchInlineSnapshot(`
      [
        "10bc297a924959",
        "1e4caccf879a93",
        "1d2f840cc0d1c9",
        "1d178a38e0159d",
        "1c2bda660f4883",
        "12021ea12e8640",
        "0ff4f173d1c779",
      ]
    `);
  });
});

describe('consistent reports', () => {
  it('give no error and no warning, in both editions', () => {
    fc.assert(
      fc.property(arbitraryReport({ consistent: true }), (r) => {
        const { findings, summary } = checkReport(r);
        expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
        expect(summary.ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a single changed cell of tables 三 or 四 is caught by the row-total rule that covers it, at that row', () => {
    const cells = (e: Edition) => layoutOf(e).cells.filter((c) => c.section.key !== 'proactiveDisclosure');
    fc.assert(
      fc.property(
        arbitraryReport({ consistent: true }).chain((r) =>
          fc.tuple(fc.constant(r), fc.constantFrom(...cells(r.edition)), fc.integer({ min: 1, max: 40 }), fc.boolean()),
        ),
        ([r, cell, by, up]) => {
          const old =
            (r as unknown as Record<string, Record<string, Record<string, unknown>>>) && readNumber(r, cell.segments);
          const next = up || old < by ? old + by : old - by;
          const changed = setCell(r, cell.key as never, next as never);
          const rule = cell.section.key === 'requests' ? 'R3' : 'R4';
          const totalKey = `${cell.section.key}.${cell.path}.total`;
          const hit = broken(checkReport(changed).findings).filter((f) => f.rule === rule);
          expect(hit.map((f) => f.location.key)).toEqual([totalKey]);
          expect(hit[0]?.operands.some((o) => o.key === cell.key)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function readNumber(r: Report, segments: readonly string[]): number {
  let node: unknown = r;
  for (const s of segments) node = (node as Record<string, unknown>)[s];
  return node === 'NA' ? 0 : (node as number);
}

describe('blank-aware evaluation', () => {
  const base = () => emptyReport({ edition: '2021', reportYear: 2022, agency: { name: 'x' } });
  const row = (path: string, values: (number | null)[]) =>
    Object.fromEntries(
      [...layoutOf('2021').applicantColumns.map((c) => c.key), 'total'].map((c, i) => [
        `requests.${path}.${c}`,
        values[i] ?? null,
      ]),
    );

  it('a blank total beside known parts: holds only if the total is their sum', () => {
    const r = setCells(base(), row('received', [3, 1, 0, 0, 0, 0, null]));
    const f = checkReport(r).findings.find((x) => x.rule === 'R3')!;
    expect([f.status, f.inferred?.[0]?.key, f.inferred?.[0]?.value]).toEqual([
      'inferred',
      'requests.received.total',
      4,
    ]);
  });

  it('a known total below its known parts is broken whatever a blank part holds', () => {
    const r = setCells(base(), row('received', [3, 1, null, 0, 0, 0, 2]));
    const f = checkReport(r).findings.find((x) => x.rule === 'R3')!;
    expect([f.status, f.severity, f.expected, f.actual]).toEqual(['broken', 'error', undefined, undefined]);
  });

  it('two blank parts under a known total that leaves room are not assessable', () => {
    const r = setCells(base(), row('received', [3, null, null, 0, 0, 0, 5]));
    const f = checkReport(r).findings.find((x) => x.rule === 'R3')!;
    expect([f.status, f.severity]).toEqual(['not_assessable', 'info']);
  });

  it('two blank parts under a total the known parts already reach must both be 0', () => {
    const r = setCells(base(), row('received', [3, null, null, 0, 0, 0, 3]));
    const f = checkReport(r).findings.find((x) => x.rule === 'R3')!;
    expect([f.status, f.inferred?.map((i) => i.value)]).toEqual(['inferred', [0, 0]]);
  });

  it('not applicable counts as 0, and says so once', () => {
    const r = setCells(base(), {
      ...row('received', [3, 0, 0, 0, 0, 0, 3]),
      'requests.received.commercialEnterprise': 'NA',
    });
    const { findings } = checkReport(r);
    expect(findings.filter((f) => f.rule === 'R3')).toEqual([]);
    const na = findings.filter((f) => f.code === 'NOT_APPLICABLE_AS_ZERO_INFERRED');
    expect(na).toHaveLength(1);
    expect(na[0]?.operands.map((o) => o.key)).toEqual(['requests.received.commercialEnterprise']);
  });

  it('an entirely blank table is one finding per table, nothing else', () => {
    const { findings } = checkReport(base());
    expect(findings.map((f) => [f.code, f.location.where.zh])).toEqual([
      ['BLANK_ROWS_NOT_ASSESSABLE', '表二'],
      ['BLANK_ROWS_NOT_ASSESSABLE', '表三'],
      ['BLANK_ROWS_NOT_ASSESSABLE', '表四'],
    ]);
  });
});

describe('options and robustness', () => {
  it('turns rules off and re-levels them', () => {
    expect(checkReport(seedReport, { rules: { R3: 'off', R1: 'off' } }).summary.errors).toBe(0);
    const relevelled = checkReport(seedReport, { rules: { R3: 'warning' } }).findings.find((f) => f.rule === 'R3');
    expect(relevelled?.severity).toBe('warning');
    expect(checkReport(seedReport, { rules: { R0: 'off' } }).findings.some((f) => f.rule === 'R0')).toBe(false);
  });

  it('writes the summary in the requested locale', () => {
    expect(checkReport(seedReport).summary.text).toBe('发现 2 个错误；2 个警告，3 条提示');
    expect(checkReport(seedReport, { locale: 'en' }).summary.text).toBe('2 error(s); 2 warning(s), 3 info(s)');
  });

  it('never throws, whatever it is given', () => {
    for (const junk of [
      null,
      undefined,
      42,
      'x',
      {},
      { edition: '2020' },
      { edition: '2021' },
      { edition: '2019', requests: 5 },
    ]) {
      const { findings } = checkReport(junk as never);
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.some((f) => f.severity === 'error')).toBe(true);
    }
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        checkReport({ ...(seedReport as object), requests: junk } as never);
      }),
    );
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(seedReport);
    checkReport(seedReport, { previous: seedReport });
    expect(JSON.stringify(seedReport)).toBe(before);
  });
});

describe('checkReport: options are validated, never silently ignored', () => {
  it.each([
    { rules: { R99: 'off' } },
    { rules: { R1: 'loud' } },
    { locale: 'zh-TW' },
    { colour: 'red' },
    { children: 'x' },
    'strict',
  ])('%j is INVALID_ARGUMENT', (options) => {
    expect(() => checkReport(seedReport, options as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
  it('valid settings pass', () => {
    expect(checkReport(seedReport, { rules: { R1: 'off', R9: 'on', R3: 'info' }, locale: 'en' }).summary.text).toMatch(
      /error|No errors/,
    );
  });
});

describe('profiles', () => {
  it('draft is lenient: the seed’s broken sums are warnings, its blank rows notes; invalid values stay errors', () => {
    const { findings, summary } = checkReport(seedReport, { profile: 'draft' });
    expect(summary.ok).toBe(true);
    expect(broken(findings).map((f) => [f.rule, f.severity])).toEqual([
      ['R1', 'warning'],
      ['R3', 'warning'],
    ]);
    expect(findings.filter((f) => f.code === 'BLANK_ROWS_NOT_ASSESSABLE').every((f) => f.severity === 'info')).toBe(
      true,
    );
    // An invalid value, as a plain object from elsewhere would hold it (the builders refuse it).
    const negative = {
      ...seedReport,
      requests: { ...seedReport.requests, received: { ...seedReport.requests.received, naturalPerson: -1 } },
    };
    expect(
      checkReport(negative as unknown as Report, { profile: 'draft' }).findings.some(
        (f) => f.rule === 'R8' && f.severity === 'error',
      ),
    ).toBe(true);
  });

  it('submit is what a supervisor rejects: blank rows are errors too, and the prose is checked', () => {
    const { findings, summary } = checkReport(seedReport, { profile: 'submit' });
    expect(summary.ok).toBe(false);
    expect(findings.filter((f) => f.code === 'BLANK_ROWS_NOT_ASSESSABLE').map((f) => f.severity)).toEqual([
      'error',
      'error',
    ]);
    expect(rules.every((r) => r.profiles.submit !== 'off')).toBe(true);
  });

  it('rules override the profile rule by rule; an unknown profile is refused in both languages', () => {
    const { findings } = checkReport(seedReport, { profile: 'submit', rules: { R0: 'off', R3: 'info' } });
    expect(findings.some((f) => f.rule === 'R0')).toBe(false);
    expect(findings.find((f) => f.rule === 'R3' && f.status === 'broken')?.severity).toBe('info');
    expect(() => checkReport(seedReport, { profile: 'final' as never })).toThrow(/profile must be 'draft' or 'submit'/);
  });
});
