// The terminal quiz's answer reader (issue 19): numbers and letters, single and multiple response, `q` to quit.
// Properties over generated inputs (fixed seed, bounded runs) plus the spellings the issue lists.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { quiz } from '../../src/core';

const RUNS = { seed: 19, numRuns: 300 };
const LETTERS = 'abcde';

describe('quiz: reading an answer', () => {
  it('accepts 1,3 / 1 3 / AC / a c for a choose-two item, and 2 / b / B for a single one', () => {
    for (const typed of ['1,3', '1 3', 'AC', 'a c', ' 1, 3 ', 'c,a', '3 1']) assert.deepEqual(quiz.parseChoice(typed, 5, 2), { kind: 'choice', indexes: [0, 2] }, typed);
    for (const typed of ['2', 'b', 'B', ' 2 ']) assert.deepEqual(quiz.parseChoice(typed, 4), { kind: 'choice', indexes: [1] }, typed);
    for (const typed of ['q', 'Q', 'quit']) assert.equal(quiz.parseChoice(typed, 4).kind, 'quit');
  });

  it('rejects what is not an option, and the wrong number of picks', () => {
    for (const [typed, keys] of [['5', 1], ['e', 1], ['0', 1], ['x', 1], ['1', 2], ['1,2,3', 2], ['', 1], ['ab', 1]] as const) assert.equal(quiz.parseChoice(typed, 4, keys).kind, 'invalid', typed);
  });

  it('any set of options, typed as numbers or letters with any separator, reads back as that set', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }).chain((n) => fc.tuple(fc.constant(n), fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: n }))),
        fc.constantFrom(',', ' ', ', ', ';', ''),
        fc.boolean(),
        fc.boolean(),
        ([n, picks], separator, asLetters, upper) => {
          const tokens = picks.map((i) => (asLetters ? LETTERS[i] : String(i + 1)));
          // Numbers need a separator; letters may run together ("AC").
          const typed = (separator === '' && !asLetters ? tokens.join(' ') : tokens.join(separator));
          const parsed = quiz.parseChoice(upper ? typed.toUpperCase() : typed, n, picks.length);
          assert.deepEqual(parsed, { kind: 'choice', indexes: [...picks].sort((a, b) => a - b) });
        },
      ),
      RUNS,
    );
  });

  it('never throws and never returns an index outside the options, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 3 }), (typed, n, keys) => {
        const parsed = quiz.parseChoice(typed, n, keys);
        if (parsed.kind === 'choice') {
          assert.equal(parsed.indexes.length, keys);
          for (const i of parsed.indexes) assert.ok(i >= 0 && i < n);
        }
      }),
      RUNS,
    );
  });

  it('a session scores a multiple-response answer as right only when the whole set is right', () => {
    const q = { answerIndex: 0, answerIndexes: [0, 2] };
    assert.equal(quiz.isRightChoice(q, [0, 2]), true);
    assert.equal(quiz.isRightChoice(q, [2, 0]), true);
    assert.equal(quiz.isRightChoice(q, [0]), false);
    assert.equal(quiz.isRightChoice(q, [0, 1, 2]), false);
    assert.equal(quiz.isRightChoice({ answerIndex: 1, answerIndexes: [1] }, 1), true);
  });
});
