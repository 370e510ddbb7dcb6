import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../src/index.js';
import { evaluate, pack, type Relation } from '../../src/check/relation.js';
import { extractValues } from '../../src/_internal/cellValues.js';
import { term } from '../../src/check/ruleDefinition.js';

// Synthetic relations over 2019 cells: a count cell and a signed cell, in a bare report object.
const layout = layoutOf('2019');
const cell = (key: string) => layout.cellByKey.get(key)!;
const count = cell('proactiveDisclosure.licensing.itemsLastYear');
const other = cell('proactiveDisclosure.licensing.decisions');
const signed = cell('proactiveDisclosure.licensing.change');
const values = (licensing: Record<string, unknown>) => [
  extractValues({ proactiveDisclosure: { licensing } }, layout),
  undefined,
];
const rel = (op: 'eq' | 'ge', terms: Relation['terms']) =>
  pack({ rule: 'R7', kind: 'ITEMS', op, terms, location: { where: { zh: '', en: '' } }, order: 0 });

describe('evaluate', () => {
  const eq = rel('eq', [term(count, 'actual'), term(other, 'expected'), term(signed, 'expected')]);
  it('holds and breaks with every cell known', () => {
    expect(evaluate(eq, values({ itemsLastYear: 5, decisions: 3, change: 2 })).status).toBe('holds');
    expect(evaluate(eq, values({ itemsLastYear: 5, decisions: 3, change: -2 })).status).toBe('broken');
  });
  it('a blank signed cell may be negative: inferred, not broken', () => {
    const ev = evaluate(eq, values({ itemsLastYear: 1, decisions: 3, change: null }));
    expect(ev.status === 'inferred' && ev.forced.map(([, v]) => v)).toEqual([-2]);
  });
  it('a blank count cannot be negative: broken whatever it holds', () => {
    expect(evaluate(eq, values({ itemsLastYear: 1, decisions: null, change: 3 })).status).toBe('broken');
  });
  it('unknowns on both sides leave it open; all blank is skipped', () => {
    expect(evaluate(eq, values({ itemsLastYear: null, decisions: null, change: 3 })).status).toBe('not_assessable');
    expect(evaluate(eq, values({ itemsLastYear: null, decisions: null, change: null })).status).toBe('skip');
  });
  it('≥ holds whatever a blank on the larger side holds, breaks when no value could help, else open', () => {
    const ge = rel('ge', [term(count, 'actual'), term(other, 'expected')]);
    expect(evaluate(ge, values({ itemsLastYear: 3, decisions: 3 })).status).toBe('holds');
    expect(evaluate(ge, values({ itemsLastYear: 2, decisions: 3 })).status).toBe('broken');
    expect(evaluate(ge, values({ itemsLastYear: null, decisions: 3 })).status).toBe('not_assessable');
    expect(evaluate(ge, values({ itemsLastYear: 3, decisions: null })).status).toBe('not_assessable');
    const ge0 = rel('ge', [term(count, 'actual'), term(other, 'actual')]);
    expect(evaluate(ge0, values({ itemsLastYear: 0, decisions: null })).status).toBe('holds');
  });
  it('reads unreadable values as unknown, never throws', () => {
    for (const junk of [undefined, null, 5, 'x', [], { proactiveDisclosure: 5 }]) {
      expect(() => evaluate(eq, [extractValues(junk, layout), undefined])).not.toThrow();
    }
    expect(
      extractValues({ proactiveDisclosure: { licensing: { itemsLastYear: -1 } } }, layout).state[count.index],
    ).toBe(3);
  });
});
