import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findOutdatedClaims } from '../../src/core/kb/contradictions';

/**
 * Study notes written as learners write them (test/fixtures/notes/redteam-learner.md, not taken from the
 * bundled notes), outdated and correct statements mixed. The expected result of every statement line is in
 * redteam-learner.expected.json, each derived from ../shared/facts/aws-serverless-facts.md (the fact it
 * cites), not from what the checker does. The flagged lines must be exactly the outdated ones.
 */
const FIXTURE = new URL('../fixtures/notes/redteam-learner.md', import.meta.url);
const EXPECTED = new URL('../fixtures/notes/redteam-learner.expected.json', import.meta.url);

interface Expected {
  readonly today: string;
  readonly lines: ReadonlyArray<{ readonly line: number; readonly text: string; readonly outdated: boolean; readonly fact: string }>;
}

describe('red-team study notes', () => {
  const markdown = readFileSync(FIXTURE, 'utf8');
  const expected = JSON.parse(readFileSync(EXPECTED, 'utf8')) as Expected;
  const lines = markdown.split('\n');

  it('the expectations describe every statement line of the fixture (1-based line + its text)', () => {
    const statements = lines.map((text, i) => ({ line: i + 1, text: text.trim() })).filter((l) => l.text && !l.text.startsWith('#'));
    assert.deepEqual(expected.lines.map((e) => e.line), statements.map((s) => s.line));
    for (const e of expected.lines) assert.ok(lines[e.line - 1].includes(e.text), `line ${e.line} is not “${e.text}”`);
    assert.ok(expected.lines.filter((e) => e.outdated).length >= 30 && expected.lines.filter((e) => !e.outdated).length >= 30);
  });

  it('flags every outdated statement on its line and no correct one', () => {
    const found = findOutdatedClaims(markdown, { today: new Date(`${expected.today}T00:00:00Z`) });
    const flagged = new Set(found.map((c) => c.line + 1));
    const problems: string[] = [];
    for (const e of expected.lines) {
      if (e.outdated && !flagged.has(e.line)) problems.push(`missed line ${e.line}: ${e.text} (fact: ${e.fact})`);
      if (!e.outdated && flagged.has(e.line)) {
        const why = found.filter((c) => c.line + 1 === e.line).map((c) => c.claim.id).join(', ');
        problems.push(`flagged wrongly line ${e.line}: ${e.text} (${why}; fact: ${e.fact})`);
      }
    }
    for (const line of flagged) if (!expected.lines.some((e) => e.line === line)) problems.push(`flagged a line that states nothing: ${line}`);
    assert.deepEqual(problems, []);
  });

  it('every finding carries the current fact and an https source', () => {
    for (const c of findOutdatedClaims(markdown, { today: new Date(`${expected.today}T00:00:00Z`) })) {
      assert.ok(c.current.length > 10, c.claim.id);
      assert.equal(new URL(c.source).protocol, 'https:', c.claim.id);
    }
  });
});
