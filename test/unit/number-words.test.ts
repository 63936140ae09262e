import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { numberTokens } from '../../src/core/kb/claims/number-words';
import { parseQuantities } from '../../src/core/kb/claims/quantity';

/** The one number tokenizer of the claims checker (src/core/kb/claims/number-words.ts), as a table. */
describe('number tokenizer', () => {
  const TABLE: ReadonlyArray<readonly [string, readonly number[]]> = [
    ['nine hundred seconds', [900]],
    ['four hundred KB', [400]],
    ['ten thousand two hundred forty MB', [10240]],
    ['two hundred fifty-six KB', [256]],
    ['two hundred and fifty-six KB', [256]],
    ['three thousand and eight MB', [3008]],
    ['twenty-nine seconds', [29]],
    ['twenty nine seconds', [29]],
    ['a hundred layers', [100]],
    ['a thousand executions', [1000]],
    ['one thousand', [1000]],
    ['twenty-five thousand events', [25000]],
    ['two million', [2_000_000]],
    ['a quarter of a meg', [0.25]],
    ['half a gig', [0.5]],
    ['half an hour', [0.5]],
    ['up to an hour', [1]],
    ['1,024 MB and 0.25 MB and .5 GB', [1024, 0.25, 0.5]],
    ['five five', [5, 5]],
    ['twenty thirty', [20, 30]],
    ['python3.12 and nodejs22.x', []],
    ['someone, often, ones, headquarter, tens', []],
    ['hundred', []],
    ['the and a of', []],
  ];
  for (const [text, values] of TABLE) it(`“${text}” → ${JSON.stringify(values)}`, () => assert.deepEqual(numberTokens(text).map((t) => t.value), values));

  it('the quantity reader takes its numbers from the tokenizer (units, words, fractions, articles)', () => {
    const base = (s: string) => parseQuantities(s).map((q) => q.base);
    assert.deepEqual(base('nine hundred seconds'), [900]);
    assert.deepEqual(base('ten thousand two hundred forty MB'), [10240 * 1024 ** 2]);
    assert.deepEqual(base('two hundred fifty-six KB'), [256 * 1024]);
    assert.deepEqual(base('up to an hour'), [3600]);
    assert.deepEqual(base('a second layer'), []);
    assert.deepEqual(base('half the memory'), []);
  });
});
