/** CDK tables deploy what the CDK fills in: no billing-mode error on a Table without capacity props. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { knownValue } from '../../src/core/model';
import { analyzeFixture, cdkService, findingLines, lineOf, readerErrors } from './cdk-helpers';

for (const [language, path, wrongLine] of [
  ['TypeScript', ['ts', 'table-defaults.ts'], 'readCapacity: 10'],
  ['Python', ['py', 'table_defaults.py'], 'read_capacity=10'],
] as const) {
  test(`${language}: a Table without capacity props is PROVISIONED 5/5 (the CDK's default), TableV2 on-demand`, async () => {
    const analysis = await analyzeFixture(...path);
    const tables = analysis.source!.model.tables;
    const byId = (suffix: string) => tables.find((t) => t.id.toLowerCase().includes(suffix.toLowerCase()))!;
    const plain = byId('plain');
    assert.equal(knownValue(plain.billingMode), 'PROVISIONED');
    assert.equal(plain.billingMode?.known === true && plain.billingMode.toolDefault, "the CDK's default");
    assert.equal(plain.provisionedThroughputDefault, "the CDK's default (5 read / 5 write)");
    // The default sits on the class name: one line.
    const span = plain.billingMode!.span!;
    assert.equal(analysis.text.slice(span.start, span.end), 'dynamodb.Table');
    assert.equal(knownValue(byId('v2').billingMode), 'PAY_PER_REQUEST');
    assert.equal(byId('spread').billingMode?.known, false);
    // Only the on-demand table with capacity is wrong (the CDK refuses it at synth).
    assert.deepEqual(
      findingLines(analysis, ['dynamodb-billing-mode']).map((f) => f.line),
      [lineOf(analysis.text, wrongLine)],
    );
    // The class name's hover says what is deployed.
    const hover = cdkService.hover(analysis, span.start + 2);
    assert.ok(hover?.markdown.includes(`Not set in the file — the CDK's default: \`${language === 'Python' ? 'billing_mode' : 'billingMode'}\` \`PROVISIONED\` (5 read / 5 write).`), hover?.markdown);
    assert.deepEqual(readerErrors, []);
  });
}
