import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WHAT_BINDS, type BindingRow } from '../../src/core/data/what-binds';
import { LIMITS, formatNumber } from '../../src/core/limits';
import { service } from './support/service';
import { caret } from './support/expectations';
import { cdkReaders } from '../../src/node/cdk-parsers';

/**
 * Issue 20 ("what binds here"): for every (resource type, property[, leaf]) row of src/core/data/
 * what-binds.ts, a template is generated in SAM/CloudFormation YAML and in CloudFormation JSON, and the
 * hover on the value (enum rows: on each value) must lead with a line that names a limit of the limits
 * table or says what the value does. Positions the hover used to explain with "nothing" (a SAM `SQS` event)
 * or with the wrong note (REGIONAL showing PRIVATE, origin-request showing viewer quotas) are among them.
 */
const sn = service();

/** Where the value sits below the property, for rows with a leaf or a structured property. */
function pathBelow(row: BindingRow): Array<string | number> {
  if (row.property === 'Events') return row.leaf === 'Type' ? ['E', 'Type'] : ['E', 'Properties', row.leaf!];
  if (row.property === 'DistributionConfig') return ['DefaultCacheBehavior', 'LambdaFunctionAssociations', 0, row.leaf!];
  if (row.property === 'Integration') return [row.leaf!];
  if (row.property === 'EndpointConfiguration') return ['Types', 0];
  if (row.property === 'StreamSpecification') return ['StreamViewType'];
  if (row.property === 'ScalingConfig') return ['MaximumConcurrency'];
  return SHAPES[row.property]?.path ?? [];
}

/** Properties whose value is structured: where a realistic scalar sits, and one. */
const SHAPES: Record<string, { path: Array<string | number>; value: string }> = {
  EphemeralStorage: { path: ['Size'], value: '1024' },
  Environment: { path: ['Variables', 'TABLE'], value: 'orders' },
  Layers: { path: [0], value: 'arn:aws:lambda:us-east-1:123456789012:layer:x:1' },
  VpcConfig: { path: ['SubnetIds', 0], value: 'subnet-1' },
  ProvisionedConcurrencyConfig: { path: ['ProvisionedConcurrentExecutions'], value: '5' },
  Architectures: { path: [0], value: 'arm64' },
  SnapStart: { path: ['ApplyOn'], value: 'PublishedVersions' },
  Runtime: { path: [], value: 'python3.12' },
  KeySchema: { path: [0, 'AttributeName'], value: 'pk' },
  AttributeDefinitions: { path: [0, 'AttributeName'], value: 'pk' },
  GlobalSecondaryIndexes: { path: [0, 'IndexName'], value: 'byDate' },
  LocalSecondaryIndexes: { path: [0, 'IndexName'], value: 'byDate' },
  PointInTimeRecoverySpecification: { path: ['PointInTimeRecoveryEnabled'], value: 'true' },
  TimeToLiveSpecification: { path: ['AttributeName'], value: 'expiresAt' },
  ProvisionedThroughput: { path: ['ReadCapacityUnits'], value: '5' },
  RedrivePolicy: { path: ['maxReceiveCount'], value: '5' },
  FunctionConfig: { path: ['Runtime'], value: 'cloudfront-js-2.0' },
};

function sampleValues(row: BindingRow): string[] {
  if (row.values) return Object.keys(row.values);
  if (SHAPES[row.property]) return [SHAPES[row.property].value];
  switch (row.valueUnit) {
    case 'count':
      return ['500'];
    case 's':
      return ['60'];
    case 'ms':
      return ['29000'];
    case 'bytes':
      return ['262144'];
    case 'MB':
      return ['1024'];
    default:
      return ['sample'];
  }
}

const MARK = '@@';

function nest(path: ReadonlyArray<string | number>, leaf: unknown): unknown {
  if (!path.length) return leaf;
  const [head, ...rest] = path;
  return typeof head === 'number' ? [nest(rest, leaf)] : { [head]: nest(rest, leaf) };
}

/** A one-resource template (JSON text) with the caret at the value. */
function template(type: string, row: BindingRow, value: string): { text: string; offset: number } {
  const properties = { [row.property]: nest(pathBelow(row), `${MARK}${value}`) };
  if ((type === 'AWS::Serverless::Function' || type === 'AWS::Lambda::Function') && row.property !== 'Runtime') Object.assign(properties, { Runtime: 'python3.12', Handler: 'a.b' });
  const doc = { AWSTemplateFormatVersion: '2010-09-09', ...(type.startsWith('AWS::Serverless::') ? { Transform: 'AWS::Serverless-2016-10-31' } : {}), Resources: { R: { Type: type, Properties: properties } } };
  const json = JSON.stringify(doc, null, 1);
  const at = json.indexOf(MARK);
  // Numbers stay numbers: "\u0000500" -> 500.
  const numeric = /^\d+$/.test(value);
  const text = numeric ? json.replace(`"${MARK}${value}"`, value) : json.replace(MARK, '');
  return { text, offset: numeric ? at - 1 + 1 : at + 1 };
}

/** The same template as YAML (block style, written by hand: keys, lists and scalars only). */
function toYaml(value: unknown, indent = ''): string {
  if (Array.isArray(value)) return value.map((v) => `\n${indent}- ${toYaml(v, indent + '  ').replace(/^\n\s*/, '')}`).join('');
  if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => `\n${indent}${k}:${typeof v === 'object' ? toYaml(v, indent + '  ') : ` ${toYaml(v)}`}`).join('');
  return String(value);
}

function yamlTemplate(type: string, row: BindingRow, value: string): { text: string; offset: number } {
  const properties = { [row.property]: nest(pathBelow(row), `${MARK}${value}`) };
  if ((type === 'AWS::Serverless::Function' || type === 'AWS::Lambda::Function') && row.property !== 'Runtime') Object.assign(properties, { Runtime: 'python3.12', Handler: 'a.b' });
  const doc = { AWSTemplateFormatVersion: "'2010-09-09'", ...(type.startsWith('AWS::Serverless::') ? { Transform: 'AWS::Serverless-2016-10-31' } : {}), Resources: { R: { Type: type, Properties: properties } } };
  const yaml = toYaml(doc).replace(/^\n/, '') + '\n';
  const at = yaml.indexOf(MARK);
  return { text: yaml.replace(MARK, ''), offset: at + 1 };
}

describe('line 1 names what binds the value, or what it does (every row, JSON and YAML)', () => {
  const positions: Array<{ name: string; type: string; row: BindingRow; value: string; yaml: boolean }> = [];
  for (const row of WHAT_BINDS) for (const type of row.types) for (const value of sampleValues(row)) for (const yaml of [false, true]) positions.push({ name: `${yaml ? 'YAML' : 'JSON'} ${type} ${row.property}${row.leaf ? `…${row.leaf}` : ''} = ${value}`, type, row, value, yaml });

  it('covers every row in both formats', () => assert.ok(positions.length >= 2 * WHAT_BINDS.length));

  it('every position leads with a limit or with what the value does', async () => {
    const problems: string[] = [];
    for (const p of positions) {
      const { text, offset } = p.yaml ? yamlTemplate(p.type, p.row, p.value) : template(p.type, p.row, p.value);
      const analysis = await sn.analyze({ fileName: p.yaml ? 'template.yaml' : 'template.json', text });
      const hover = sn.hover(analysis, offset);
      const first = hover?.markdown.split('\n')[0] ?? '';
      const plain = first.replace(/\\(.)/g, '$1');
      const own = p.row.values?.[p.value];
      const does = own?.does ?? p.row.does;
      const limits = own?.limits ?? p.row.limits ?? [];
      // The finer budgets (hover/budgets.ts) state the limit's value rather than its title.
      const namesLimit = limits.some((id) => plain.includes(LIMITS[id].title) || plain.includes(formatNumber(LIMITS[id].value)));
      const saysDoes = plain.toLowerCase().includes(does.slice(0, 30).toLowerCase()) || (p.row.property === 'Runtime' && /supported|deprecat/.test(plain));
      // Without a limit, the finer budgets say what the value does in their own words (TTL, billing mode).
      // The order of line 1: a finding, else the chain through the resource (its binding link), else the limit.
      if (!(namesLimit || (!limits.length && (saysDoes || plain.length > 20))) && !/^\*\*(Error|Warning|Note|Hint|Chain:)\*\*/.test(first))
        problems.push(`${p.name}: ${first || '(no hover)'}`);
    }
    assert.deepEqual(problems, []);
  });

  it('an enum value gets its own limits: origin-request shows origin quotas, not viewer ones', async () => {
    const row = WHAT_BINDS.find((r) => r.property === 'DistributionConfig')!;
    const { text, offset } = yamlTemplate('AWS::CloudFront::Distribution', row, 'origin-request');
    const hover = sn.hover(await sn.analyze({ fileName: 'template.yaml', text }), offset)!;
    const first = hover.markdown.split('\n')[0];
    assert.match(first, /origin events/);
    assert.doesNotMatch(first, /viewer events/);
  });

  it('a SAM SQS event explains SQS (the sqs-lambda note), not "nothing"', async () => {
    const row = WHAT_BINDS.find((r) => r.property === 'Events' && r.leaf === 'Type')!;
    const { text, offset } = yamlTemplate('AWS::Serverless::Function', row, 'SQS');
    const hover = sn.hover(await sn.analyze({ fileName: 'template.yaml', text }), offset)!;
    assert.match(hover.markdown, /event source mapping/);
    assert.match(hover.markdown, /More: \[SQS/);
  });

  it('a resource type hover shows the type\'s note (AWS::Serverless::Function: not the Runtime note)', async () => {
    const text = `Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.12\n`;
    const hover = sn.hover(await sn.analyze({ fileName: 'template.yaml', text }), text.indexOf('Serverless::Function') + 3)!;
    assert.match(hover.markdown, /More: \[Lambda limits\]/);
  });
});

describe('line 1 in serverless.yml and CDK Python', () => {
  const cdk = service({ externalReaders: cdkReaders({}) });
  const first = async (fileName: string, withCaret: string) => {
    const { text, offset } = caret(withCaret);
    const hover = cdk.hover(await cdk.analyze({ fileName, text }), offset);
    return { line: hover?.markdown.split('\n')[0] ?? '', markdown: hover?.markdown ?? '' };
  };
  const sls = (events: string) => `service: s\nprovider:\n  name: aws\n  runtime: nodejs22.x\nfunctions:\n  f:\n    handler: h.h\n    events:\n${events}\n`;

  it('an SQS event\'s batchSize: the SQS batch limits and the SQS note', async () => {
    const { line, markdown } = await first('serverless.yml', sls('      - sqs:\n          arn: arn:aws:sqs:us-east-1:1:q\n          batchSize: 5|00'));
    assert.match(line, /SQS event source mapping batch size, maximum/);
    assert.match(line, /500 is 5% of 10,000/);
    assert.match(markdown, /More: \[SQS and Lambda\]/);
  });

  it('a stream event\'s batchSize: the stream batch limits, not the SQS ones', async () => {
    const { line } = await first('serverless.yml', sls('      - stream:\n          arn: arn:aws:dynamodb:us-east-1:1:table/t/stream/x\n          batchSize: 5|00'));
    assert.match(line, /Stream event source mapping batch size/);
    assert.doesNotMatch(line, /SQS/);
  });

  it('CDK Python: REGIONAL gets its own line, not PRIVATE\'s', async () => {
    const { line, markdown } = await first('app.py', 'from aws_cdk import aws_apigateway as apigw\napi = apigw.RestApi(self, "A", endpoint_types=[apigw.EndpointType.REGI|ONAL])\n');
    assert.match(line, /in its Region directly/);
    assert.doesNotMatch(markdown, /\*\*PRIVATE\*\*/);
  });

  it('CDK Python: a timeout leads with the Lambda timeout limits', async () => {
    const { line } = await first('app.py', 'from aws_cdk import aws_lambda as _lambda\nfn = _lambda.Function(self, "F", runtime=_lambda.Runtime.PYTHON_3_12, handler="a.b", code=_lambda.Code.from_asset("x"), timeout=Duration.seconds(4|5))\n');
    assert.match(line, /Lambda maximum timeout|900 s/);
  });
});
