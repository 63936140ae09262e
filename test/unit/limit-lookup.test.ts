// lookupLimits: every limit and runtime in the data is found by its id and by its own words in any order and
// case; any query returns bounded, well-formed matches; values come from the tables, never from elsewhere.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LIMITS, lookupLimits } from '../../src/core';
import { RUNTIME_LIFECYCLE } from '../../src/core/data/runtime-lifecycle';
import { oneResourceTemplate } from '../../src/mcp/core-adapter';

const TODAY = new Date('2026-12-08T00:00:00Z');
const LIMIT_IDS = Object.keys(LIMITS) as (keyof typeof LIMITS)[];

describe('lookupLimits', () => {
  it('finds every limit and runtime by its exact id, first, with the table values', () => {
    for (const id of LIMIT_IDS) {
      const [first] = lookupLimits(id, { today: TODAY });
      assert.equal(first?.id, id);
      assert.ok(first.type === 'limit' && first.value === LIMITS[id].value && first.unit === LIMITS[id].unit && first.source === LIMITS[id].source);
    }
    for (const runtime of RUNTIME_LIFECYCLE) {
      const [first] = lookupLimits(runtime.id.toUpperCase(), { today: TODAY });
      assert.equal(first?.id, runtime.id);
    }
  });

  it('finds every limit by the words of its title, in any order and case (top 3)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LIMIT_IDS), fc.integer({ min: 0, max: 1000 }), fc.boolean(), (id, shuffleSeed, upper) => {
        const words = LIMITS[id].title.split(/\s+/);
        const shuffled = words.map((w, i) => ({ w, k: (i * 7919 + shuffleSeed) % 101 })).sort((a, b) => a.k - b.k).map((x) => x.w);
        const query = upper ? shuffled.join(' ').toUpperCase() : shuffled.join('  ');
        const top = lookupLimits(query, { today: TODAY, limit: 3 }).map((m) => m.id);
        assert.ok(top.includes(id), `${JSON.stringify(query)} -> ${top.join(', ')}`);
      }),
      { seed: 21, numRuns: 400 },
    );
  });

  it('finds a runtime by family and version written apart or glued ("node 20", "python3.12")', () => {
    for (const runtime of RUNTIME_LIFECYCLE.filter((r) => /^(nodejs|python)\d/.test(r.id))) {
      const version = runtime.id.replace(/^(nodejs|python)/, '').replace(/\.x$/, '');
      const family = runtime.id.startsWith('nodejs') ? 'node' : 'python';
      for (const query of [`${family} ${version}`, `${family}${version}`]) {
        assert.equal(lookupLimits(query, { today: TODAY })[0]?.id, runtime.id, query);
      }
    }
  });

  it('any query: never throws, at most `limit` matches, scores between 0.5 and 1, as-of dates ISO', () => {
    const word = fc.oneof(fc.constantFrom('lambda', 'timeout', 'max', 'sqs', 'node', '20', 'mb', 'the', '...', 'memroy', 'x'), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.integer({ min: 1, max: 20 }), (words, limit) => {
        const matches = lookupLimits(words.join(' '), { today: TODAY, limit });
        assert.ok(matches.length <= limit);
        for (const m of matches) {
          assert.ok(m.score >= 0.5 && m.score <= 1, `${m.id} ${m.score}`);
          assert.match(m.asOf, /^\d{4}-\d{2}-\d{2}$/);
        }
      }),
      { seed: 21, numRuns: 500 },
    );
  });

  it('words that name nothing find nothing', () => {
    assert.deepEqual(lookupLimits('xyzzy plugh', { today: TODAY }), []);
    assert.deepEqual(lookupLimits('   ', { today: TODAY }), []);
  });
});

describe('oneResourceTemplate (explain by type and property)', () => {
  it('is valid JSON with the type, the property path and the value; the offset is on the value, or inside the innermost key without one', () => {
    const key = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !k.includes('.'));
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(key, { minLength: 1, maxLength: 4 }), fc.option(fc.oneof(fc.string(), fc.integer(), fc.boolean()), { nil: undefined }), (type, path, value) => {
        const { text, offset } = oneResourceTemplate(type, path.join('.'), value);
        const parsed = JSON.parse(text);
        let at = parsed.Resources.Resource.Properties;
        assert.equal(parsed.Resources.Resource.Type, type);
        for (const k of path.slice(0, -1)) at = at[k];
        const last = path[path.length - 1];
        assert.deepEqual(at[last], value === undefined ? {} : value);
        if (value === undefined) assert.equal(text.slice(offset - 1, offset - 1 + JSON.stringify(last).length), JSON.stringify(last), 'inside the key');
        else assert.equal(text.slice(offset, offset + JSON.stringify(value).length), JSON.stringify(value), 'on the value');
      }),
      { seed: 21, numRuns: 500 },
    );
  });
});
