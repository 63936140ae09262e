/** Messages quote at most ~80 characters of a user's value, with "…" (issue 10: a 200 KB tag was echoed whole). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quote } from '../../src/core/text/quote';
import { service } from './support/service';

const BIG = 'a'.repeat(200_000);
/** Runtime values stay at 2,000 characters: the did-you-mean over long values is bounded separately (safety-io). */
const LONG = 'a'.repeat(2_000);
const sn = service();
const template = (properties: string, id = 'F') => `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  ${id}:\n    Type: AWS::Lambda::Function\n    Properties:\n${properties}`;

describe('quoted user values in messages', () => {
  it('quote() cuts at 80 characters with …, on one line, never inside a surrogate pair', () => {
    assert.equal(quote('short'), 'short');
    assert.equal(quote('x'.repeat(200)).length, 80);
    assert.ok(quote('x'.repeat(200)).endsWith('…'));
    assert.equal(quote('a\nb'), 'a b');
    const emoji = quote('x'.repeat(78) + '😀😀');
    assert.ok(!/[\ud800-\udbff]…$/.test(emoji), emoji);
  });

  const cases: Record<string, { fileName: string; text: string }> = {
    'a 2,000-character runtime': { fileName: 't.yaml', text: template(`      Runtime: x${LONG}\n      Timeout: 1000\n`) },
    'a 200 KB tag on the runtime': { fileName: 't.yaml', text: template(`      Runtime: !${BIG} x\n      Timeout: 1000\n`) },
    'a 200 KB verbatim tag': { fileName: 't.yaml', text: template(`      Runtime: !<!${BIG}> nodejs8.10\n      Timeout: 1000\n`) },
    'a 200 KB alias': { fileName: 't.yaml', text: template(`      Runtime: *${BIG}\n      Timeout: 1000\n`) },
    'a 200 KB logical id': { fileName: 't.yaml', text: template('      Runtime: nodejs8.10\n      Timeout: 1000\n', `F${BIG}`) },
    'a 200 KB serverless.yml function name, a long runtime': { fileName: 'serverless.yml', text: `service: s\nprovider:\n  name: aws\n  runtime: x${LONG}\nfunctions:\n  f${BIG}:\n    handler: h\n    timeout: 1000\n` },
    'a 200 KB parameter name, a long default through Ref': { fileName: 't.yaml', text: `AWSTemplateFormatVersion: '2010-09-09'\nParameters:\n  P${BIG}:\n    Type: String\n    Default: y${LONG}\nResources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: !Ref P${BIG}\n` },
  };
  for (const [name, doc] of Object.entries(cases)) {
    it(`${name}: every message stays short`, async () => {
      const findings = (await sn.analyze(doc)).findings;
      assert.ok(findings.length > 0, 'something is reported');
      for (const f of findings) assert.ok(f.message.length <= 400, `${f.ruleId}: ${f.message.length} characters: ${f.message.slice(0, 200)}`);
    });
  }
});
