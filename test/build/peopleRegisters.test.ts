/**
 * Registers as people keep them (#34): a 500-record 台账 in mixed words — short forms, synonyms,
 * Chinese field names, Date objects, numeric ids, three date spellings — tallies to the same report as
 * its keyed twin; every vocabulary word maps to its row, or to candidates that contain it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editions, layoutOf, tallyRequests, type RequestCase } from '../../src/index.js';
import { readTerm } from '../../src/build/vocabulary.js';
import { toTraditional } from '../../src/parse/normalize.js';
import { arbitraryRequestRegister } from '../../src/testing/index.js';
import { expectSameReport } from '../helpers.js';

/** The words people write for each applicant column (one per record, in turn). */
const applicantWords: Record<string, readonly string[]> = {
  naturalPerson: ['自然人', '公民', '个人'],
  commercialEnterprise: ['商业企业', '企业', '公司'],
  researchInstitution: ['科研机构', '科研院所'],
  publicInterestOrganization: ['社会公益组织', '公益组织'],
  legalServiceAgency: ['法律服务机构', '律师事务所', '律所'],
  otherOrganization: ['其他组织', '其他单位'],
};

/** An outcome key in the words a register uses: the row's label short form, or with its group. */
function outcomeWords(key: string, i: number): string {
  const row = layoutOf('2021').outcomeRows.find((r) => r.path === `outcomes.${key}`);
  const label = (row?.row.label ?? key)
    .replace(/^[（(][一二三四五六七八九十]+[)）]|^\d+\./, '')
    .replace(/（[^）]*）$/, '');
  const group = row?.ancestors[1]?.label ?? '';
  return [label, `${group}${row?.row.label ?? ''}`, toTraditional(label)][i % 3] as string;
}

/** A date in one of the spellings people use. */
function spelled(iso: string, i: number): string | Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [
    iso,
    `${y}/${m}/${d}`,
    `${y}.${String(m).padStart(2, '0')}.${String(d).padStart(2, '0')}`,
    `${y}年${m}月${d}日`,
    new Date(y, m - 1, d),
  ][i % 5] as string | Date;
}

describe('a register written as people keep it', () => {
  it('500 records in mixed words, field names, ids and dates tally to the report of their keyed twin', () => {
    const samples = fc.sample(arbitraryRequestRegister('2021', [2023, 2024]), {
      numRuns: 200,
      seed: 42,
    }) as RequestCase[][];
    const register = samples.flat().slice(0, 500);
    expect(register.length).toBe(500);
    const people = register.map((c, i) => {
      const applicant = (applicantWords[c.applicant] as readonly string[])[
        i % (applicantWords[c.applicant]?.length ?? 1)
      ];
      const closed =
        c.closed === undefined
          ? {}
          : { 办结日期: spelled(c.closed as string, i + 2), 办理结果: outcomeWords(c.outcome as string, i) };
      return i % 2 === 0
        ? { 编号: i + 1, 申请人类型: applicant, 收到日期: spelled(c.received as string, i), ...closed }
        : {
            id: i + 1,
            applicant,
            received: spelled(c.received as string, i),
            ...(c.closed !== undefined && {
              outcome: outcomeWords(c.outcome as string, i),
              closed: spelled(c.closed as string, i + 1),
            }),
          };
    });
    const twin = register.map((c, i) => ({ ...c, id: String(i + 1) }));
    const a = tallyRequests(people, { reportYear: 2024, agency: { name: '某局' } });
    const b = tallyRequests(twin, { reportYear: 2024, agency: { name: '某局' } });
    if (!a.success) throw new Error(a.issues.map((x) => x.message.en).join('\n'));
    expect(b.success).toBe(true);
    if (b.success) expectSameReport(a.report, b.report);
  });

  it('a fields option names the columns a register calls otherwise', () => {
    const r = tallyRequests([{ 台账号: 'x1', 来文单位类型: '公民', 登记时间: '2024/3/1' }], {
      reportYear: 2024,
      fields: { id: '台账号', applicant: '来文单位类型', received: '登记时间' },
    });
    expect(r.success && r.report.requests.received.naturalPerson).toBe(1);
  });

  it('a value of a million digits is refused at once (the numbering pattern would rescan it)', () => {
    const r = tallyRequests([{ id: 1, applicant: '1'.repeat(1_000_000), received: '2024-01-01' }], {
      reportYear: 2024,
    });
    expect(r.success === false && r.issues[0]?.code).toBe('UNKNOWN_APPLICANT');
  });

  it('a date that could be read two ways, or that does not exist, is refused with the record named', () => {
    const r = tallyRequests(
      [
        { id: 1, applicant: '公民', received: '01/02/2024' },
        { id: 2, applicant: '公民', received: '2024年2月30日' },
        { id: 3, applicant: '公民', received: new Date(Number.NaN) },
      ],
      { reportYear: 2024 },
    );
    expect(r.success === false && r.issues.map((i) => [i.code, i.caseId])).toEqual([
      ['INVALID_DATE', '1'],
      ['INVALID_DATE', '2'],
      ['INVALID_DATE', '3'],
    ]);
  });
});

describe('every vocabulary word reads back', () => {
  it.each(editions)(
    'edition %s: each outcome label, with and without numbering and notes, in both scripts, names its row or a candidate list holding it',
    (edition) => {
      const layout = layoutOf(edition);
      for (const r of layout.outcomeRows) {
        const key = r.path.slice('outcomes.'.length);
        const group = r.ancestors[1]?.label ?? '';
        const bare = r.row.label.replace(/^[（(][一二三四五六七八九十]+[)）]|^\d+\./, '');
        const noNote = bare.replace(/（[^）]*）$/, '');
        for (const words of [r.row.label, bare, noNote, `${group}${r.row.label}`, `${group} ${noNote}`])
          for (const w of [words, toTraditional(words)]) {
            const reading = readTerm(edition, 'outcome', w);
            const names = reading.key !== undefined ? [reading.key] : (reading.ambiguous ?? []);
            expect([w, names.includes(key)]).toEqual([w, true]);
          }
      }
      for (const c of layout.applicantColumns)
        for (const w of [c.label, toTraditional(c.label), ...(c.group ? [`${c.group.label}${c.label}`] : [])]) {
          const reading = readTerm(edition, 'applicant', w);
          const names = reading.key !== undefined ? [reading.key] : (reading.ambiguous ?? []);
          expect([w, names.includes(c.key)]).toEqual([w, true]);
        }
    },
  );

  it('a group word names its items as candidates and guesses none; a typo gets its nearest word', () => {
    expect(readTerm('2021', 'outcome', '不予公开')).toMatchObject({
      ambiguous: expect.arrayContaining(['withheld.stateSecret']),
    });
    expect(readTerm('2021', 'outcome', '其他处理')).toMatchObject({
      ambiguous: ['other.amendmentOverdue', 'other.feeUnpaid', 'other.other'],
    });
    expect(readTerm('2019', 'outcome', '其他处理')).toEqual({ key: 'other' });
    expect(readTerm('2021', 'outcome', '予以公幵')).toEqual({ nearest: ['予以公开'] });
    expect(readTerm('2021', 'applicant', '法人')).toMatchObject({
      ambiguous: expect.arrayContaining(['commercialEnterprise']),
    });
  });
});

describe('parseReport does not invent a year (#34)', () => {
  it('no year in the text and none given: no report, YEAR_UNKNOWN as an error; given: read', async () => {
    const { parseReport, renderText } = await import('../../src/index.js');
    const { consistentReport2021 } = await import('../../src/testing/index.js');
    const text = renderText(consistentReport2021).replace(/\d{4}\s*年度?/g, '本年度');
    const blind = parseReport(text, { agency: consistentReport2021.agency });
    expect(blind.report).toBeUndefined();
    expect(blind.findings.map((f) => [f.code, f.severity])).toContainEqual(['YEAR_UNKNOWN', 'error']);
    const told = parseReport(text, {
      agency: consistentReport2021.agency,
      reportYear: consistentReport2021.reportYear,
    });
    expect(told.report?.reportYear).toBe(consistentReport2021.reportYear);
    expect(told.report?.requests).toEqual(consistentReport2021.requests);
  });
});
