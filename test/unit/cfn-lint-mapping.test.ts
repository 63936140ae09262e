/**
 * The side-by-side diff of `npm run compare:cfn-lint` (scripts/cfn-lint-mapping.ts) over canned cfn-lint
 * JSON (the shapes cfn-lint 1.51 printed for small templates): no test runs cfn-lint.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffFindings, formatFile, formatTotals, tally, type CfnLintFinding, type OurFinding } from '../../scripts/cfn-lint-mapping';

const cfn = (id: string, line: number, message: string, path?: Array<string | number>): CfnLintFinding => ({
  Rule: { Id: id },
  Level: id.startsWith('W') ? 'Warning' : 'Error',
  Message: message,
  Filename: 't.yaml',
  Location: { Start: { LineNumber: line, ColumnNumber: 7 }, Path: path ?? null },
});
const ours = (ruleId: string, line: number, extra: Partial<OurFinding> = {}): OurFinding => ({ ruleId, line, message: `${ruleId} message`, ...extra });
const types: Record<string, string> = { Fn: 'AWS::Lambda::Function', Sam: 'AWS::Serverless::Function', Job: 'AWS::Batch::JobDefinition', Queue: 'AWS::SQS::Queue' };
const typeOf = (id: string) => types[id];
const sides = (lines: ReturnType<typeof diffFindings>) => lines.map((l) => `${l.side} ${l.topic} ${l.line}`);

describe('cfn-lint mapping', () => {
  it('pairs the same rule family on the same line, and keeps each side\'s own findings apart', () => {
    const lines = diffFindings(
      [
        cfn('E3034', 8, '1200 is greater than the maximum of 900', ['Resources', 'Fn', 'Properties', 'Timeout']),
        cfn('E2533', 6, "Runtime 'nodejs12.x' was deprecated on '2023-03-31'.", ['Resources', 'Fn', 'Properties', 'Runtime']),
        cfn('E3034', 9, '64 is less than the minimum of 128', ['Resources', 'Fn', 'Properties', 'MemorySize']),
        // Not an overlapping rule, and a Timeout of another resource type: both left out.
        cfn('E3012', 3, "'x' is not of type 'integer'", ['Resources', 'Fn', 'Properties', 'Timeout']),
        cfn('E3034', 20, '0 is less than the minimum of 1', ['Resources', 'Job', 'Properties', 'Timeout']),
      ],
      [ours('lambda-timeout', 8), ours('runtime-deprecated', 6), ours('lambda-memory', 10, { affects: ['Other'] }), ours('apigw-lambda-timeout', 8)],
      typeOf,
    );
    assert.deepEqual(sides(lines), ['both runtime-lifecycle 6', 'both lambda-timeout 8', 'cfn-lint lambda-memory 9', 'us lambda-memory 10']);
    assert.match(lines[1].text, /^E3034: 1200 is greater than the maximum of 900 \| lambda-timeout$/);
  });

  it('a value inherited from Globals agrees with each function cfn-lint names, on whatever line', () => {
    const lines = diffFindings(
      [cfn('E3034', 14, '1200 is greater than the maximum of 900', ['Resources', 'Sam', 'Properties', 'Timeout'])],
      [ours('lambda-timeout', 4, { affects: ['Sam', 'Other'] })],
      typeOf,
    );
    assert.deepEqual(sides(lines), ['both lambda-timeout 14']);
    assert.match(lines[0].text, /\| lambda-timeout \(line 4\)$/);
  });

  it('duplicate keys agree by name (cfn-lint reports every occurrence), syntax errors once per file', () => {
    const lines = diffFindings(
      [cfn('E0000', 6, "Duplicate found 'VisibilityTimeout' (line 6)"), cfn('E0000', 7, "Duplicate found 'VisibilityTimeout' (line 7)")],
      [ours('duplicate-key', 7, { marked: 'VisibilityTimeout' })],
      typeOf,
    );
    assert.deepEqual(sides(lines), ['both duplicate-key 6', 'both duplicate-key 7']);
    const syntax = diffFindings([cfn('E0000', 18, 'mapping values are not allowed in this context')], [ours('syntax-error', 21)], typeOf);
    assert.deepEqual(sides(syntax), ['both syntax 18']);
  });

  it('ours alone where cfn-lint did not look: a SAM type without Transform (E3038), a file it could not read (E0000)', () => {
    const noTransform = diffFindings(
      [cfn('E3038', 3, "'AWS::Serverless::Function' type used without the serverless transform", ['Resources', 'Sam'])],
      [ours('runtime-deprecated', 7, { affects: ['Sam'] }), ours('runtime-deprecated', 30, { affects: ['Fn'] })],
      typeOf,
    );
    assert.deepEqual(sides(noTransform), ['unchecked runtime-lifecycle 7', 'us runtime-lifecycle 30']);
    assert.match(noTransform[0].text, /\[cfn-lint did not check: a SAM resource in a template without Transform \(E3038\)\]$/);
    const unreadable = diffFindings([cfn('E0000', 21, 'found character that cannot start any token')], [ours('runtime-deprecated', 9, { affects: ['Fn'] })], typeOf);
    assert.deepEqual(sides(unreadable), ['unchecked runtime-lifecycle 9', 'cfn-lint syntax 21']);
  });

  it('the SQS, SnapStart and billing-mode rules map to E3505, E2530/W2530 and E3638/E3639', () => {
    const lines = diffFindings(
      [
        cfn('E3505', 66, 'Queue visibility timeout (30) is less than Function timeout (60) seconds', ['Resources', 'Queue', 'Properties', 'VisibilityTimeout']),
        cfn('E2530', 96, "'nodejs22.x' is not supported for 'SnapStart' enabled functions", ['Resources', 'Fn', 'Properties', 'SnapStart', 'ApplyOn']),
        cfn('W2530', 96, "'SnapStart' is enabled but an 'AWS::Lambda::Version' resource is not attached", ['Resources', 'Fn', 'Properties', 'SnapStart', 'ApplyOn']),
        cfn('E3639', 114, "'ProvisionedThroughput' is a required property", ['Resources', 'Table', 'Properties']),
      ],
      [ours('sqs-visibility-timeout', 66), ours('snapstart-runtime', 96), ours('snapstart-no-version', 96), ours('dynamodb-billing-mode', 115, { affects: ['Table'] })],
      typeOf,
    );
    assert.deepEqual(sides(lines), ['both sqs-visibility 66', 'both snapstart-runtime 96', 'both snapstart-version 96', 'both dynamodb-billing-mode 114']);
  });

  it('prints each file line by line and the totals per topic', () => {
    const lines = diffFindings([cfn('E3034', 8, '1200 is greater than the maximum of 900', ['Resources', 'Fn', 'Properties', 'Timeout'])], [ours('lambda-memory', 9)], typeOf);
    assert.equal(formatFile('t.yaml', lines), ['t.yaml (= 0, < 1, > 1, ? 0)', '  <     8  lambda-timeout  E3034: 1200 is greater than the maximum of 900', '  >     9  lambda-memory   lambda-memory: lambda-memory message'].join('\n'));
    const totals = formatTotals(tally(lines), 1).split('\n');
    assert.equal(totals.length, 5);
    assert.match(totals[4], /^ {2}total\s+0\s+1\s+1\s+0$/);
  });
});
