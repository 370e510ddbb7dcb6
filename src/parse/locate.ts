/** Finding the sections and recognising the edition of a published report. */
import { layoutOf } from '../template/layout.js';
import { editions, templates } from '../template/templates.js';
import type { Edition } from '../template/types.js';
import { bigrams, containment, labelKey } from './normalize.js';
import type { Line } from './parseFinding.js';

/** The sections' printed ordinals, 一 … 六 (the same in both editions). */
export const ORDINALS: readonly string[] = templates['2021'].sections.map((s) => s.ordinal);
/** A title line: 某某局2020年政府信息公开工作年度报告. */
export const TITLE = /^(.{1,60}?)(\d{4})\s*年(?:度)?政府信息公开工作(?:年度)?报告/;
/** The sections' keys, in printed order. */
export const sectionKeys: readonly string[] = templates['2021'].sections.map((s) => s.key);

const keysOf = (e: Edition) => [...new Set(layoutOf(e).cells.flatMap((c) => [labelKey(c.column.label), labelKey(c.row.label)]))];
const ownKeys = new Map<Edition, readonly string[]>();

/** The labels only edition `e` prints (memoised): they tell the editions apart. */
function own(e: Edition): readonly string[] {
  let keys = ownKeys.get(e);
  if (!keys) {
    const others = editions.filter((x) => x !== e).flatMap(keysOf);
    keys = keysOf(e).filter((k) => k.length >= 4 && !others.some((o) => o.includes(k) || k.includes(o)));
    ownKeys.set(e, keys);
  }
  return keys;
}

const rowKeys = new Map<string, readonly string[]>();
/** Bigrams of a label's key (memoised: template labels recur on every call). */
export function labelBigrams(label: string): readonly string[] {
  let b = rowKeys.get(label);
  if (!b) {
    b = bigrams(labelKey(label));
    rowKeys.set(label, b);
  }
  return b;
}

/** The edition whose own column and row labels the tables use most. */
export function detectEdition(lines: readonly Line[]): Edition | undefined {
  const text = labelKey(lines.map((l) => l.clean).join(''));
  let best: Edition | undefined;
  let bestHits = 0;
  for (const e of editions) {
    const hits = own(e).filter((k) => text.includes(k)).length;
    if (hits > bestHits) {
      best = e;
      bestHits = hits;
    }
  }
  return best;
}

/** Finds the line where each section starts, in order; a heading must start with its ordinal. */
export function findHeadings(lines: readonly Line[]): (number | undefined)[] {
  const template = templates['2021'];
  const keys = template.sections.map((s) => labelBigrams(s.heading.slice(2)));
  const starts: (number | undefined)[] = [];
  let from = 0;
  for (let s = 0; s < 6; s++) {
    const ordinal = ORDINALS[s] as string;
    for (let i = from; i < lines.length; i++) {
      const text = (lines[i] as Line).clean.replace(/^#+\s+/, '').trim();
      if (!text.startsWith(ordinal) || !/^.[、.．\s]/.test(text) || text.includes('|') || text.length > 60) continue;
      if (containment(keys[s] as readonly string[], new Set(bigrams(labelKey(text.slice(2))))) >= 0.5) {
        starts[s] = i;
        from = i + 1;
        break;
      }
    }
  }
  return starts;
}
