import type { Finding } from '../check/types.js';
import type { Locale } from '../model/localizedText.js';
import type { Repair } from './types.js';

/** A printed value as shown in a repair: `/` for not applicable, nothing for blank. */
export const shown = (v: unknown) => (v === 'NA' ? '/' : v === null ? '' : String(v));

/**
 * The repair line of a broken finding: the part of its best repair that resolves it (a repair of the whole
 * report may also change other tables), or the distinct tied alternatives.
 */
export function repairText(f: Finding, repairs: readonly Repair[], locale: Locale): string | undefined {
  if (f.status !== 'broken') return undefined; // a repair answers what is wrong, not what is open
  const best = repairs.find((r) => r.resolves.includes(f.fingerprint));
  if (!best) return undefined;
  const changes = (r: Repair) => (r.parts.find((p) => p.resolves.includes(f.fingerprint)) ?? r).changes;
  const one = (r: Repair) =>
    changes(r)
      .map((c) => `${c.where[locale]} ${shown(c.from)} → ${c.to}`)
      .join(locale === 'zh' ? '；' : '; ');
  const tied = [...new Set(repairs.filter((r) => r.rank === best.rank && r.resolves.includes(f.fingerprint)).map(one))];
  if (tied.length > 1)
    return locale === 'zh'
      ? `可能的更正（${tied.length} 个同样可能，表内关系无法区分）：${tied.join(' 或 ')}`
      : `Possible repairs (${tied.length}, equally likely; the relations cannot tell them apart): ${tied.join(' or ')}`;
  return locale === 'zh' ? `最可能的更正：${one(best)}` : `Most likely repair: ${one(best)}`;
}
