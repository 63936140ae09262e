import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CORPUS, NO_CORPUS, service } from '../support/service';
import { analyseFor, EDGE_VPC_DATA_RULES, findingsOf, readRuleFixture } from './edge-vpc-data-fixtures';

const onLine = async (ruleId: string, file: string, line: number) => {
  const text = readRuleFixture(ruleId, file);
  const finding = findingsOf(await analyseFor(ruleId, file, text), ruleId).find((f) => f.range.start.line + 1 === line);
  assert.ok(finding, `no ${ruleId} finding on line ${line}`);
  return { finding, text, underlined: text.slice(finding.span.start, finding.span.end) };
};

describe('edge, VPC, database, workflow and identity rules: messages and numbers', () => {
  it('Lambda@Edge quotas name the limit, the event type and fix to the limit', async () => {
    const timeout = await onLine('edge-quotas', 'bad.yaml', 11);
    assert.equal(timeout.finding.message, "Timeout 10 s exceeds Lambda@Edge's 5 s for viewer events (viewer-request).");
    assert.deepEqual(timeout.finding.fix?.edits.map((e) => e.newText), ['5']);
    const memory = await onLine('edge-quotas', 'bad.yaml', 12);
    assert.equal(memory.finding.message, "MemorySize 256 MB exceeds Lambda@Edge's 128 MB for viewer events (viewer-request).");
    const origin = await onLine('edge-quotas', 'bad.yaml', 20);
    assert.equal(origin.finding.message, "Timeout 60 s exceeds Lambda@Edge's 30 s for origin events (origin-request).");
    assert.equal(origin.underlined, '60');
  });

  it('edge restrictions name the association and cap /tmp at 512 MB', async () => {
    const env = await onLine('edge-function-restrictions', 'bad.yaml', 12);
    assert.match(env.finding.message, /^Lambda@Edge function Headers \(origin-response association of distribution Cdn\) can't have environment variables/);
    const tmp = await onLine('edge-function-restrictions', 'bad.yaml', 24);
    assert.match(tmp.finding.message, /can't have more than 512 MB of \/tmp \(EphemeralStorage 1,024 MB\)\.$/);
    assert.deepEqual(tmp.finding.fix?.edits.map((e) => e.newText), ['512']);
  });

  it('version references underline the ARN and say what it names', async () => {
    const latest = await onLine('edge-version-reference', 'bad.yaml', 48);
    assert.equal(latest.underlined, "'${EdgeFn.Arn}:$LATEST'");
    assert.match(latest.finding.message, /names `\$LATEST` of EdgeFn/);
    const alias = await onLine('edge-version-reference', 'bad.yaml', 41);
    assert.match(alias.finding.message, /names an alias of EdgeFn/);
  });

  it('CloudFront Function size counts UTF-8 bytes against 10 KB (the FunctionCode key marked, the size in the message)', async () => {
    const { finding, underlined, text } = await onLine('cloudfront-function-size', 'bad.yaml', 11);
    assert.equal(underlined, 'FunctionCode');
    const code = text.slice(text.indexOf('\n', text.indexOf('FunctionCode: |')) + 1);
    assert.ok(new TextEncoder().encode(code).length > 10240);
    assert.match(finding.message, /has [\d,]+ bytes of code .*the maximum is 10 KB \(10,240 bytes\)\.$/);
  });

  it('a VpcConfig in Globals is one information naming every function', async () => {
    const { finding } = await onLine('vpc-internet-access', 'bad.yaml', 5);
    assert.equal(finding.severity, 'information');
    assert.match(finding.message, /Set in Globals\.Function; affects 2 functions: First, Second\.$/);
  });

  it('RDS Proxy information names the database', async () => {
    const { finding } = await onLine('rds-proxy-recommended', 'bad.yaml', 26);
    assert.match(finding.message, /^Function Writer connects to database Cluster directly/);
  });

  it('billing mode: the fix deletes the ProvisionedThroughput lines', async () => {
    const { finding, text } = await onLine('dynamodb-billing-mode', 'bad.yaml', 7);
    assert.equal(finding.message, 'Table OnDemandWithThroughput is PAY_PER_REQUEST (on-demand) but sets ProvisionedThroughput: CloudFormation rejects throughput on an on-demand table.');
    const [edit] = finding.fix!.edits;
    assert.equal(text.slice(edit.span.start, edit.span.end), 'ProvisionedThroughput: # expect: dynamodb-billing-mode\n        ReadCapacityUnits: 5\n        WriteCapacityUnits: 5\n      ');
  });

  it('table class STANDARD_IA is fixed to STANDARD_INFREQUENT_ACCESS, an unknown class gets no fix', async () => {
    const ia = await onLine('dynamodb-table-class', 'bad.yaml', 7);
    assert.deepEqual(ia.finding.fix?.edits.map((e) => e.newText), ['STANDARD_INFREQUENT_ACCESS']);
    const glacier = await onLine('dynamodb-table-class', 'bad.yaml', 21);
    assert.equal(glacier.finding.fix, undefined);
    assert.equal(glacier.finding.message, 'TableClass `GLACIER` is not valid: use one of STANDARD, STANDARD_INFREQUENT_ACCESS.');
  });

  it('Express durations state the seconds and the 300 s limit, and offer a Standard workflow', async () => {
    const wait = await onLine('stepfunctions-express-duration', 'bad.yaml', 14);
    assert.equal(wait.finding.message, 'Wait state "Pause" is 600 s (10 min), but Express workflow SamExpress stops after 300 s (5 min). Use a Standard workflow for longer runs.');
    assert.deepEqual(wait.finding.fix?.edits.map((e) => e.newText), ['STANDARD']);
    const inString = await onLine('stepfunctions-express-duration', 'bad.yaml', 38);
    assert.match(inString.finding.message, /^Wait state "Hold" is 301 s/);
  });

  it('Cognito MFA names what is missing', async () => {
    const sms = await onLine('cognito-mfa-method', 'bad.yaml', 12);
    assert.match(sms.finding.message, /SMS_MFA needs SmsConfiguration/);
  });
});

describe('edge, VPC, database, workflow and identity rules: hovers', () => {
  const sn = service();
  const hoverAt = async (text: string, needle: string) => {
    const analysis = await sn.analyze({ fileName: 'template.yaml', text });
    return sn.hover(analysis, text.indexOf(needle) + 1);
  };

  it('explains RDS Proxy on AWS::RDS::DBProxy', async () => {
    const hover = await hoverAt(readRuleFixture('rds-proxy-recommended', 'with-proxy.yaml'), 'Proxy:');
    assert.ok(hover);
    assert.equal(hover.topics[0]?.id, 'lambda-rds-proxy');
  });

  it('shows the billing mode, stream and TTL budget lines', async () => {
    const billing = await hoverAt(readRuleFixture('dynamodb-billing-mode', 'bad.yaml'), 'BillingMode: PROVISIONED');
    assert.match(billing!.markdown, /\*\*PROVISIONED\*\*: read and write capacity set separately in ProvisionedThroughput — here: no ProvisionedThroughput\./);
    const stream = await hoverAt(readRuleFixture('dynamodb-stream-event-source', 'good.yaml'), 'StreamSpecification:');
    assert.match(stream!.markdown, /the item before and after the change \(NEW_AND_OLD_IMAGES\); kept 24 hours\./);
    assert.match(stream!.markdown, /Read by `OnOrder`\./);
    const ttl = await hoverAt(readRuleFixture('dynamodb-ttl-attribute-type', 'bad.yaml'), 'TimeToLiveSpecification:');
    assert.match(ttl!.markdown, /declared as a key attribute of type S — \*\*TTL ignores non-Number values\*\*/);
  });

  it('shows the Express limit and the longest duration on the state machine type', async () => {
    const hover = await hoverAt(readRuleFixture('stepfunctions-express-duration', 'bad.yaml'), 'Type: EXPRESS');
    assert.match(hover!.markdown, /\*\*EXPRESS\*\*: each execution runs at most 300 s \(5 min\)\./);
    assert.match(hover!.markdown, /Longest duration in the definition: the state machine's TimeoutSeconds, 3,600 s \(1 h\)\./);
  });
});

describe('edge, VPC, database, workflow and identity rules: corpus traps', { skip: NO_CORPUS }, () => {
  const sn = service();
  const rules = Object.fromEntries(EDGE_VPC_DATA_RULES.map((id) => [id, 'on' as const]));
  const mineIn = async (path: string) => {
    const text = readFileSync(join(CORPUS, path), 'utf8');
    const analysis = await sn.analyze({ fileName: path, text }, { rules });
    return analysis.findings.filter((f) => (EDGE_VPC_DATA_RULES as readonly string[]).includes(f.ruleId));
  };

  it('reads real Lambda@Edge templates without false alarms (viewer-response at 128 MB / 5 s, SAM Fn.Version.FunctionArn)', async () => {
    for (const path of [
      'aws-cloudformation-templates/Solutions/CloudFrontCustomOriginLambda@Edge/CloudFront.yaml',
      'aws-cloudformation-templates/Solutions/CloudFrontCustomOriginLambda@Edge/CloudFront.json',
      'cfn-lint/test/fixtures/templates/good/functions/getatt_serverless_function_version.yaml',
    ]) {
      assert.deepEqual(await mineIn(path), [], path);
    }
  });

  it('Express state machines and WaitCondition timeouts in the corpus raise nothing', async () => {
    for (const path of ['serverless-application-model/tests/translator/input/state_machine_with_express_logging.yaml', 'serverless-application-model/tests/translator/input/connector_sfn_to_sfn.yaml']) {
      assert.deepEqual(await mineIn(path), [], path);
    }
  });
});
