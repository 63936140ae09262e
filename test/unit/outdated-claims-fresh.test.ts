import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findOutdatedClaims } from '../../src/core/kb/contradictions';

/**
 * A second set of learner statements (test/fixtures/notes/redteam-fresh.md), written for issue 20 in other
 * words than redteam-learner.md: compound number words, "?" asides, "not-logged-in", runtimes recommended or
 * "supported until YEAR", the categorical claims (reserved concurrency, Lambda@Edge Region, user pools vs
 * identity pools), table rows. Expectations cite ../shared/facts/aws-serverless-facts.md; `suggest` is the
 * replacement a fix must write.
 */
const markdown = readFileSync(new URL('../fixtures/notes/redteam-fresh.md', import.meta.url), 'utf8');
const expected = JSON.parse(readFileSync(new URL('../fixtures/notes/redteam-fresh.expected.json', import.meta.url), 'utf8')) as {
  today: string;
  lines: Array<{ line: number; text: string; outdated: boolean; fact: string; suggest?: string }>;
};

describe('fresh red-team study notes (issue 20)', () => {
  const lines = markdown.split('\n');
  const found = findOutdatedClaims(markdown, { today: new Date(`${expected.today}T00:00:00Z`) });

  it('has ≥ 40 statements, ≥ 20 outdated and ≥ 15 correct, each on its line', () => {
    assert.ok(expected.lines.length >= 40);
    assert.ok(expected.lines.filter((e) => e.outdated).length >= 20 && expected.lines.filter((e) => !e.outdated).length >= 15);
    for (const e of expected.lines) assert.ok(lines[e.line - 1].includes(e.text), `line ${e.line} is not “${e.text}”`);
  });

  it('flags every outdated statement on its line and no correct one', () => {
    const flagged = new Set(found.map((c) => c.line + 1));
    const problems: string[] = [];
    for (const e of expected.lines) {
      if (e.outdated && !flagged.has(e.line)) problems.push(`missed line ${e.line}: ${e.text}`);
      if (!e.outdated && flagged.has(e.line)) problems.push(`flagged wrongly line ${e.line}: ${e.text} (${found.filter((c) => c.line + 1 === e.line).map((c) => c.claim.id)})`);
    }
    for (const line of flagged) if (!expected.lines.some((e) => e.line === line)) problems.push(`flagged a line that states nothing: ${line}`);
    assert.deepEqual(problems, []);
  });

  it('every number it corrects gets the right replacement', () => {
    const problems: string[] = [];
    for (const e of expected.lines.filter((l) => l.suggest)) {
      const fixes = found.filter((c) => c.line + 1 === e.line && c.fix).map((c) => c.fix!.newText);
      if (!fixes.includes(e.suggest!)) problems.push(`line ${e.line}: ${e.text} → ${JSON.stringify(fixes)}, expected ${e.suggest}`);
    }
    assert.deepEqual(problems, []);
  });
});

describe('verdicts do not depend on a heading that does not name the subject', () => {
  const HEADINGS = ['Notes', 'Week 3 recap', 'Misc', 'DynamoDB', 'SQS', 'API Gateway', 'Cognito', 'Step Functions', 'Lambda'];
  const today = new Date(`${expected.today}T00:00:00Z`);
  const verdict = (markdown: string) => findOutdatedClaims(markdown, { today }).map((c) => c.claim.id).sort().join(',');

  it('each statement of the fresh set gets its own verdict under any heading that names another service', () => {
    const problems: string[] = [];
    for (const e of expected.lines.filter((l) => !l.text.startsWith('|'))) {
      const alone = verdict(`${e.text}\n`);
      for (const heading of HEADINGS) {
        const under = verdict(`## ${heading}\n\n${e.text}\n`);
        // A heading may only add a subject the sentence lacks; these sentences all name theirs.
        if (under !== alone) problems.push(`“${e.text}” under “${heading}”: ${under || 'nothing'} vs alone ${alone || 'nothing'}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
