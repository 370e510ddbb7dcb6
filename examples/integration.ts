/**
 * An integration as a filing system might write it: the annual report built from the agency's register.
 * `buildReportBuggy` carries a mistake integrators make — it counts requests still open on 31 December
 * as handled — which the checks catch.
 */
import { tallyRequests, type Report2021, type RequestCase } from 'ogi-report';

export function buildReport(register: RequestCase<'2021'>[], reportYear: number): Report2021 {
  const tally = tallyRequests(register, { reportYear, edition: '2021', agency: { name: '某某市某某局' } });
  if (!tally.success) throw new Error(tally.issues.map((i) => i.message.en).join('\n'));
  return tally.report;
}

export function buildReportBuggy(register: RequestCase<'2021'>[], reportYear: number): Report2021 {
  const r = buildReport(register, reportYear);
  const open = r.requests.carriedForward;
  // Bug: open requests added to 予以公开 (and to （七）总计), but left in 结转下年度 too.
  const add = (a: unknown, b: unknown) => (typeof a === 'number' ? a : 0) + (typeof b === 'number' ? b : 0);
  const disclosed = Object.fromEntries(Object.entries(r.requests.outcomes.disclosed).map(([k, v]) => [k, add(v, open[k as keyof typeof open])]));
  const total = Object.fromEntries(Object.entries(r.requests.outcomes.total).map(([k, v]) => [k, add(v, open[k as keyof typeof open])]));
  return { ...r, requests: { ...r.requests, outcomes: { ...r.requests.outcomes, disclosed, total } } } as Report2021;
}
