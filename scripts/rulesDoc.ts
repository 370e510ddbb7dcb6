/**
 * Renders docs/rules.md from the rule catalogue. `npm run docs:rules` writes it; a test fails when
 * the committed file differs from what the catalogue says.
 */
import { rules } from 'ogi-report';

/** A rule's setting in a profile, as the table shows it: its severity, or `off`. */
function profileText(r: (typeof rules)[number], profile: 'draft' | 'submit'): string {
  const s = r.profiles[profile];
  return s === 'on' ? r.severity : s;
}

export function rulesMarkdown(): string {
  const lines = [
    '---',
    'group: Guides',
    '---',
    '',
    '# Consistency rules (勾稽关系)',
    '',
    '<!-- Generated from the rule catalogue (`rules`) by `npm run docs:rules`. Do not edit by hand. -->',
    '',
    'Each rule is data in the catalogue exported as `rules`. The arithmetic rules are derived from the',
    'template: a total column sums its row, a total row sums its sibling rows, and the note printed in',
    'table III is the balance. A blank cell is an unknown non-negative integer, so a relation is found to',
    '**hold**, to be **broken** whatever the blanks hold, to hold only if the blanks take values the',
    'checker names (**inferred**), or to be **not assessable**. Broken findings carry the rule’s severity;',
    'inferred and not-assessable ones are `info`.',
    '',
    '| id | title | editions | severity | draft | submit | needs | relation |',
    '|---|---|---|---|---|---|---|---|',
    ...rules.map(
      (r) =>
        `| ${r.id} | ${r.title.zh}<br>${r.title.en} | ${r.editions.join(', ')} | ${r.optIn ? 'off' : r.severity} | ${profileText(r, 'draft')} | ${profileText(r, 'submit')} | ${r.optIn ? 'turned on (`rules: { ' + r.id + ": 'on' }`)" : r.crossYear ? 'the previous report, where it applies' : r.aggregateOnly ? 'an aggregate report and the reports it aggregates (`children`)' : '—'} | ${r.relation.zh}<br>${r.relation.en} |`,
    ),
    '',
    '## Profiles',
    '',
    '`checkReport(report, { profile })` applies a set of settings for a purpose; `rules` overrides it rule',
    'by rule. **draft** is lenient while a report is being filled in: blank rows are notes, sums that do',
    'not add up yet are warnings, invalid values stay errors. **submit** is what a supervisor would',
    'reject: blank rows and broken sums are errors, and the numbers the prose quotes are checked (R9). A',
    'setting names the severity of the rule’s broken findings (and of R0’s blank-row findings); inferred',
    'and not-assessable findings of the sums stay `info`.',
    '',
    '## References',
    '',
    ...rules.map((r) => `- **${r.id}** ${r.reference.zh} — ${r.reference.en}`),
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('rulesDoc.ts')) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesMarkdown());
}
