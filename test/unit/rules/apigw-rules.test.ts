import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apigwEndpointType } from '../../../src/core/rules/apigw-endpoint-type';
import { apigwLambdaTimeout } from '../../../src/core/rules/apigw-lambda-timeout';
import { apigwPrivatePolicy } from '../../../src/core/rules/apigw-private-policy';
import { checkFixture, lineOf, messageAt } from '../support/rule-fixtures';
import { fixture } from '../support/service';

describe('apigw-lambda-timeout', () => {
  it('says how long each API type waits and what the client gets', async () => {
    const analysis = await checkFixture(apigwLambdaTimeout, 'bad.yaml');
    const text = fixture('rules', 'apigw-lambda-timeout', 'bad.yaml');
    assert.equal(
      messageAt(analysis, lineOf(text, 'Timeout: 60')),
      'Timeout 60 s is longer than a REST API waits: after 29 s the client gets a 504 while the function keeps running. Lower Timeout, or raise the integration timeout (TimeoutInMillis): Regional and private APIs can go above 29 s by a quota request; edge-optimized APIs stay at 29 s.',
    );
    assert.match(messageAt(analysis, lineOf(text, 'Timeout: 31')), /^Timeout 31 s is longer than an HTTP API waits: after 30 s .*30 s is the hard maximum/);
    // An HTTP API answers 503 on an integration timeout (a REST API 504): the message names the one the client sees.
    assert.match(messageAt(analysis, lineOf(text, 'Timeout: 31')), /503 Service Unavailable/);
    assert.doesNotMatch(messageAt(analysis, lineOf(text, 'Timeout: 31')), /504/);
    assert.match(messageAt(analysis, lineOf(text, 'Timeout: 15')), /^Timeout 15 s is longer than a REST API waits \(its integration timeout is 10,000 ms\): after 10 s/);
    assert.match(messageAt(analysis, lineOf(text, 'Timeout: 45')), /^Timeout 45 s is longer than a REST API waits: after 29 s/);
    assert.match(messageAt(analysis, lineOf(text, 'Timeout: 30')), /^Timeout 30 s is longer than a WebSocket API waits: after 29 s/);
    const fixes = analysis.findings.map((f) => f.fix?.edits[0].newText);
    assert.deepEqual(fixes.sort(), ['10', '29', '29', '29', '30']);
    // The REST quota can be raised: a warning, never an error, and never "impossible".
    assert.ok(analysis.findings.every((f) => f.severity === 'warning' && !/impossible|cannot/i.test(f.message)));
  });

  it('trusts a raised REST integration timeout on a Regional API, not on an edge-optimized one, and says what each can do', async () => {
    const analysis = await checkFixture(apigwLambdaTimeout, 'endpoint-types.yaml');
    const text = fixture('rules', 'apigw-lambda-timeout', 'endpoint-types.yaml');
    assert.equal(
      messageAt(analysis, lineOf(text, 'Timeout: 40')),
      "Timeout 40 s is longer than a REST API waits: after 29 s the client gets a 504 while the function keeps running. Lower Timeout, or raise the integration timeout (TimeoutInMillis) above 29 s: a Regional API can, by a quota request (it may lower the account's throttle quota).",
    );
    assert.equal(
      messageAt(analysis, lineOf(text, 'Timeout: 50 #')),
      'Timeout 50 s is longer than a REST API waits: after 29 s the client gets a 504 while the function keeps running. Lower Timeout: an edge-optimized API stays at 29 s (Regional and private APIs can raise their integration timeout by a quota request).',
    );
  });
});

describe('apigw-endpoint-type', () => {
  it('suggests the closest endpoint type', async () => {
    const analysis = await checkFixture(apigwEndpointType, 'bad.yaml');
    const text = fixture('rules', 'apigw-endpoint-type', 'bad.yaml');
    assert.equal(messageAt(analysis, lineOf(text, 'REGINOAL')), 'Unknown endpoint type "REGINOAL": API Gateway accepts EDGE, REGIONAL, PRIVATE; did you mean REGIONAL?');
    assert.match(messageAt(analysis, lineOf(text, 'EDGY')), /did you mean EDGE\?$/);
    assert.match(messageAt(analysis, lineOf(text, 'GLOBAL')), /accepts EDGE, REGIONAL, PRIVATE\.$/);
    assert.ok(analysis.findings.every((f) => f.severity === 'error'));
  });
});

describe('apigw-private-policy', () => {
  it('warns and names the API', async () => {
    const analysis = await checkFixture(apigwPrivatePolicy, 'bad.yaml');
    assert.ok(analysis.findings.every((f) => f.severity === 'warning'));
    assert.match(analysis.findings[0].message, /^Raw is a PRIVATE API without a resource policy: API Gateway refuses to deploy it/);
  });
});
