import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findOutdatedClaims } from '../../src/core/kb/contradictions';
import { parseQuantities } from '../../src/core/kb/claims/quantity';

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

describe('what the red-team notes changed in the checker', () => {
  const ids = (sentence: string, heading: string, today = new Date('2026-12-01T00:00:00Z')) => findOutdatedClaims(`## ${heading}\n\n${sentence}\n`, { today }).map((c) => c.claim.id);

  it('reads fractions of a unit: "a quarter of a meg", "half a gig", "half an hour"', () => {
    const base = (s: string) => parseQuantities(s).map((q) => q.base);
    assert.deepEqual([...base('a quarter of a meg'), ...base('half a gig'), ...base('half an hour')], [262144, 512 * 1024 ** 2, 1800]);
    assert.deepEqual([...base('half the memory'), ...base('headquarter 5 MB')], [5 * 1024 ** 2]);
    assert.deepEqual(ids('async events: a quarter of a meg max', 'Lambda'), ['limit:lambda-payload']);
  });

  it('a config cue inside the limit\'s own name is not a config cue ("ENIs per VPC"), elsewhere it still is', () => {
    assert.deepEqual(ids('ENIs per VPC: 250', 'Lambda'), ['limit:lambda-enis']);
    assert.deepEqual(ids('ENIs per VPC: 500', 'Lambda'), []);
    assert.deepEqual(ids('my function uses 250 ENIs per VPC', 'Lambda'), []);
  });

  it('a heading that names a rival subject ("CloudFront Functions vs Lambda@Edge") is no subject for a claim that excludes it', () => {
    assert.deepEqual(ids('origin request triggers get 30 seconds.', 'CloudFront Functions vs Lambda@Edge'), []);
    assert.deepEqual(ids('origin request triggers get 30 seconds.', 'CloudFront Functions'), ['cloudfront-functions-capabilities']);
    assert.deepEqual(ids('CloudFront Functions can make network calls.', 'CloudFront Functions vs Lambda@Edge'), ['cloudfront-functions-capabilities']);
  });

  it('a requirement that is never true is outdated when stated, right when denied (RDS Proxy in the same VPC)', () => {
    assert.deepEqual(ids('Lambda must be in the same VPC as the RDS Proxy.', 'RDS Proxy'), ['rds-proxy-same-vpc']);
    assert.deepEqual(ids("Lambda doesn't need to be in the same VPC as the RDS Proxy.", 'RDS Proxy'), []);
  });

  it('a deprecated runtime called supported is outdated on today, not before its date, and not when the sentence knows', () => {
    assert.deepEqual(ids('python3.9 is still a supported runtime.', 'Lambda'), ['runtime-deprecated']);
    assert.deepEqual(ids('Node 18 is the latest.', 'Lambda'), ['runtime-deprecated']);
    assert.deepEqual(ids('python3.9 is still a supported runtime.', 'Lambda', new Date('2025-06-01T00:00:00Z')), []);
    for (const s of ['python3.9 is deprecated.', "Python 3.9 isn't supported anymore.", 'nodejs22.x is supported until 2027.', 'I still use python3.9, it is supported.', 'SnapStart supports Python 3.12+.'])
      assert.deepEqual(ids(s, 'Lambda'), [], s);
    const [claim] = findOutdatedClaims('## Lambda\n\npython3.9 is still supported.\n', { today: new Date('2026-12-01T00:00:00Z') });
    assert.match(claim.current, /python3\.9 is deprecated since 2025-12-15\..*successor is python3\.\d+/);
  });

  it('keeps correct sentences about the new claims unflagged', () => {
    for (const [heading, s] of [
      ['SQS', 'Visibility timeout must not be shorter than the function timeout.'],
      ['SQS', 'A visibility timeout shorter than the function timeout fails when you create the mapping.'],
      ['RDS Proxy', 'RDS Proxy uses Secrets Manager or IAM.'],
      ['RDS Proxy', "RDS Proxy doesn't need Secrets Manager with end-to-end IAM."],
      ['Cognito', 'Identity pools support guest users.'],
      ['Lambda runtimes', 'The Go runtime go1.x is gone.'],
      ['SnapStart', "SnapStart isn't free for all runtimes."],
    ] as const)
      assert.deepEqual(ids(s, heading), [], s);
  });
});
