/**
 * One TypeScript/JavaScript front end over three tree-sitter grammars: `.ts` (TypeScript, where `<T>x` is
 * a cast), `.tsx` (TSX, where it would be JSX) and `.js`/`.mjs`/`.cjs`/`.jsx` (JavaScript, where
 * `a < b > (c)` is two comparisons). Every fixture has a 20-minute timeout and a 10,241 MB memory size.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dialectOf } from '../../src/core/sources/cdk/typescript-frontend';
import { analyzeFixture, findingLines, lineOf, readerErrors } from './cdk-helpers';

const CASES = [
  { file: 'dialect-tsx.tsx', memory: undefined },
  { file: 'dialect-cast.ts', memory: 'MEMORY = <number>10241' },
  { file: 'dialect-require.js', memory: 'memorySize: 10241' },
  { file: 'dialect-esm.mjs', memory: 'memory = 10241' },
];

for (const c of CASES) {
  test(`${c.file}: the function is read, its timeout (and memory) found`, async () => {
    const analysis = await analyzeFixture('ts', c.file);
    assert.deepEqual(readerErrors, []);
    assert.equal(analysis.source?.model.functions.length, 1);
    assert.deepEqual(analysis.findings.filter((f) => f.ruleId === 'syntax-error'), []);
    const expected = [{ line: lineOf(analysis.text, 'minutes(20)'), ruleId: 'lambda-timeout' }];
    if (c.memory) expected.push({ line: lineOf(analysis.text, c.memory), ruleId: 'lambda-memory' });
    assert.deepEqual(
      findingLines(analysis, ['lambda-timeout', 'lambda-memory']).map(({ line, ruleId }) => ({ line, ruleId })),
      expected.sort((a, b) => a.line - b.line),
    );
  });
}

test('the grammar follows the extension', () => {
  assert.deepEqual(
    ['a.ts', 'a.mts', 'a.cts', 'a.tsx', 'a.js', 'a.jsx', 'a.mjs', 'a.cjs', 'A.TSX'].map(dialectOf),
    ['typescript', 'typescript', 'typescript', 'tsx', 'javascript', 'javascript', 'javascript', 'javascript', 'tsx'],
  );
});
