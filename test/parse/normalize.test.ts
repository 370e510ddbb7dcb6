import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelKey, normalizedKey, normalizeText } from '../../src/parse/normalize.js';

/** The normalisation one character at a time, as the reader defines it (the reference). */
function reference(input: string): { text: string; origin: number[] } {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < input.length; ) {
    const ch = String.fromCodePoint(input.codePointAt(i) as number);
    const out = ch === '\r' ? (input[i + 1] === '\n' ? '' : '\n') : formOf(ch);
    for (let k = 0; k < out.length; k++) origin.push(i);
    text += out;
    i += ch.length;
  }
  return { text: text.replace(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]/g, ''), origin };
}
/** One character's form: NFKC, then the form's traditional characters simplified. */
const formOf = (ch: string) => [...ch.normalize('NFKC')].map((c) => simplified(c)).join('');
const simplified = (c: string) => {
  // labelKey simplifies; a letter or Han character keeps its key, so it shows the simplified form.
  const k = labelKey(c);
  return k.length === 1 && /\p{Script=Han}/u.test(c) ? k : c;
};

describe('normalizeText', () => {
  const alphabet = fc.constantFrom(
    ...'a1 \r\n\t|总總體体況开開ＡＢ１２　（）(tài)⼆⾏丨、，。/-.:：💡é'.split(''),
    '\r\n',
    '💡',
  );
  it('gives each character its normal form, keeping the input offset of every unit', () => {
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')),
        (input) => {
          const got = normalizeText(input);
          const want = reference(input);
          expect(got.text).toBe(want.text);
          if (want.text.length === want.origin.length && !/\(tài\)/.test(input))
            expect([...got.origin]).toEqual(want.origin);
          expect(got.origin.length).toBe(got.text.length);
        },
      ),
      { numRuns: 500, seed: 20261202 },
    );
  });

  it('is what labelKey matches on: normalizedKey of the normalised text is labelKey of the text', () => {
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')),
        (input) => {
          expect(normalizedKey(normalizeText(input).text)).toBe(labelKey(input));
        },
      ),
      { numRuns: 300, seed: 20261202 },
    );
  });
});
