/**
 * Hostile inputs of issue 18 (values that are DAGs, string fan-out, quadratic work), generated at any size
 * so tests can check the meter's growth per doubling and bench/hostile-dag.bench.ts can time each as a CLI
 * process. Each generator's defaults are the size the issue saw.
 */

/** [name, file name, text] */
export type HostileFile = readonly [name: string, fileName: string, text: string];

const FUNCTION_HEAD = 'Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Handler: a.b\n      Role: r\n      Code: {ZipFile: x}\n      Timeout: 1000\n';

/** `&jN !Join ["", [*jN-1 × fanOut]]`, `levels` deep, used as an environment value (2.4 KB at 60 × 2: 2^60 paths). */
export function joinDagTemplate(levels = 60, fanOut = 2): string {
  const anchors = [`    - &j0 !Join ["", [aaaa, bbbb]]`];
  for (let i = 1; i < levels; i++) anchors.push(`    - &j${i} !Join ["", [${Array(fanOut).fill(`*j${i - 1}`).join(', ')}]]`);
  return `AWSTemplateFormatVersion: '2010-09-09'\nMetadata:\n  Parts:\n${anchors.join('\n')}\nResources:\n  F:\n    ${FUNCTION_HEAD}      Environment:\n        Variables:\n          BIG: *j${levels - 1}\n`;
}

/** An API Gateway integration `Uri` built from `levels` levels of `fanOut` aliases each (4 × 100: 10^8 leaves). */
export function integrationUriTemplate(levels = 4, fanOut = 100): string {
  const anchors = ['    - &u0 !Sub "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${F.Arn}/invocations"'];
  for (let i = 1; i <= levels; i++) anchors.push(`    - &u${i} !Join ["", [${Array(fanOut).fill(`*u${i - 1}`).join(', ')}]]`);
  return (
    `AWSTemplateFormatVersion: '2010-09-09'\nMetadata:\n  Parts:\n${anchors.join('\n')}\nResources:\n  F:\n    ${FUNCTION_HEAD}` +
    `  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Name: a\n` +
    `  M:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      RestApiId: !Ref Api\n      ResourceId: r\n      HttpMethod: GET\n      AuthorizationType: NONE\n      Integration:\n        Type: AWS_PROXY\n        IntegrationHttpMethod: POST\n        Uri: *u${levels}\n`
  );
}

/** One anchored `Properties` whose `Timeout` is an `!If` chain `depth` deep (both branches the level below), shared by `functions` functions. */
export function ifChainTemplate(functions = 2000, depth = 40): string {
  const anchors = ['    - &i0 !If [C, 1000, 3]'];
  for (let i = 1; i < depth; i++) anchors.push(`    - &i${i} !If [C, *i${i - 1}, *i${i - 1}]`);
  const lines = [
    `AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nConditions:\n  C: !Equals [a, b]\nMetadata:\n  Parts:\n${anchors.join('\n')}\nResources:`,
    `  F0:\n    Type: AWS::Serverless::Function\n    Properties: &p\n      Runtime: python3.12\n      Handler: a.b\n      CodeUri: .\n      Timeout: *i${depth - 1}\n      MemorySize: *i${depth - 1}\n      Environment:\n        Variables:\n          A: *i${depth - 1}`,
  ];
  for (let i = 1; i < functions; i++) lines.push(`  F${i}:\n    Type: AWS::Serverless::Function\n    Properties: *p`);
  return `${lines.join('\n')}\n`;
}

/** The `!Join` DAG in a serverless.yml `custom:`, used by a function's environment. */
export function serverlessJoinDag(levels = 60, fanOut = 2): string {
  const anchors = ['  j0: &j0 !Join ["", [aaaa, bbbb]]'];
  for (let i = 1; i < levels; i++) anchors.push(`  j${i}: &j${i} !Join ["", [${Array(fanOut).fill(`*j${i - 1}`).join(', ')}]]`);
  return `service: s\nprovider:\n  name: aws\n  runtime: nodejs20.x\ncustom:\n${anchors.join('\n')}\nfunctions:\n  f:\n    handler: h.h\n    environment:\n      BIG: \${self:custom.j${levels - 1}}\n      RAW: *j${levels - 1}\nresources:\n  Resources:\n    Q:\n      Type: AWS::SQS::Queue\n      Properties:\n        QueueName: *j${levels - 1}\n`;
}

const CDK_TS_HEAD = "import * as cdk from 'aws-cdk-lib';\nimport * as lambda from 'aws-cdk-lib/aws-lambda';\n";
const cdkTsFunction = (env: string) =>
  `export class S extends cdk.Stack {\n  constructor(scope: any, id: string) {\n    super(scope, id);\n    new lambda.Function(this, 'F', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'i.h', code: lambda.Code.fromInline('x'), environment: ${env} });\n  }\n}\n`;

/** `const aN = \`${aN-1}…\`` (`fanOut` copies), `levels` deep, as an environment value (100 × 4: 2.5 GB of text). */
export function cdkTemplateLiteralTs(levels = 4, fanOut = 100, first = "'0123456789abcdefghijklmnopqrstuvwxyz'"): string {
  const lines = [`const a0 = ${first};`];
  for (let i = 1; i <= levels; i++) lines.push(`const a${i} = \`${Array(fanOut).fill(`\${a${i - 1}}`).join('')}\`;`);
  return `${CDK_TS_HEAD}${lines.join('\n')}\n${cdkTsFunction(`{ BIG: a${levels} }`)}`;
}

/** The same with a part of unknown length (`abc${process.env.X}`): its lower bound fans out. */
export function cdkUnknownPartTs(levels = 4, fanOut = 100): string {
  return cdkTemplateLiteralTs(levels, fanOut, '`0123456789abcdefghij${process.env.X}`');
}

const CDK_PY_HEAD = 'import aws_cdk as cdk\nfrom aws_cdk import aws_lambda as lambda_\n';
const cdkPyFunction = (env: string) =>
  `class S(cdk.Stack):\n    def __init__(self, scope, id):\n        super().__init__(scope, id)\n        lambda_.Function(self, "F", runtime=lambda_.Runtime.PYTHON_3_12, handler="i.h", code=lambda_.Code.from_inline("x"), environment=${env})\n`;

/** The Python f-string twin of {@link cdkTemplateLiteralTs}. */
export function cdkFStringPython(levels = 4, fanOut = 100): string {
  const lines = ['A0 = "0123456789abcdefghijklmnopqrstuvwxyz"'];
  for (let i = 1; i <= levels; i++) lines.push(`A${i} = f"${Array(fanOut).fill(`{A${i - 1}}`).join('')}"`);
  return `${CDK_PY_HEAD}${lines.join('\n')}\n${cdkPyFunction(`{"BIG": A${levels}}`)}`;
}

/** `const eN = {...eN-1 × fanOut}`, `levels` deep, as a function's environment (10 × 8: 10^8 entries). */
export function cdkSpreadTs(levels = 8, fanOut = 10): string {
  const lines = ["const e0 = { A: 'x', B: 'y' };"];
  for (let i = 1; i <= levels; i++) lines.push(`const e${i} = { ${Array(fanOut).fill(`...e${i - 1}`).join(', ')} };`);
  return `${CDK_TS_HEAD}${lines.join('\n')}\n${cdkTsFunction(`e${levels}`)}`;
}

/** The Python twin: `dict(**eN-1, …)`. */
export function cdkSpreadPython(levels = 8, fanOut = 10): string {
  const lines = ['E0 = {"A": "x", "B": "y"}'];
  for (let i = 1; i <= levels; i++) lines.push(`E${i} = {${Array(fanOut).fill(`**E${i - 1}`).join(', ')}}`);
  return `${CDK_PY_HEAD}${lines.join('\n')}\n${cdkPyFunction(`E${levels}`)}`;
}

/** `count` anchors with one name, each aliased once after it, in flow lists of 5,000 (~240 KB at 40,000: quadratic lookup). */
export function sameNameAnchorsTemplate(count = 40_000): string {
  const lists: string[] = [];
  for (let start = 0; start < count; start += 5000) {
    const items: string[] = [];
    for (let i = start; i < Math.min(count, start + 5000); i++) items.push(`&a ${i % 10},*a`);
    lists.push(`  L${start}: [${items.join(',')}]`);
  }
  return `AWSTemplateFormatVersion: '2010-09-09'\nMetadata:\n${lists.join('\n')}\nResources:\n  F:\n    ${FUNCTION_HEAD}`;
}

/** One suppression comment naming `count` unknown rule ids. */
export function unknownSuppressionIdsTemplate(count = 5000): string {
  const ids = Array.from({ length: count }, (_, i) => `no-such-rule-${i}`).join(', ');
  return `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  F:\n    # serverless-notes-disable-next-line ${ids}\n    ${FUNCTION_HEAD}`;
}

/** SAM Globals with an environment of `keys` keys, merged into `functions` functions (sharing one Properties by alias) with the same keys. */
export function globalsMergeTemplate(keys = 30_000, functions = 50): string {
  const vars = (indent: string) => Array.from({ length: keys }, (_, i) => `${indent}K${i}: v`).join('\n');
  const lines = [
    `AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    Timeout: 1000\n    Environment:\n      Variables:\n${vars('        ')}\nResources:`,
    `  F0:\n    Type: AWS::Serverless::Function\n    Properties: &p\n      Runtime: python3.12\n      Handler: a.b\n      CodeUri: .\n      Environment:\n        Variables:\n${vars('          ')}`,
  ];
  for (let i = 1; i < functions; i++) lines.push(`  F${i}:\n    Type: AWS::Serverless::Function\n    Properties: *p`);
  return `${lines.join('\n')}\n`;
}

/** Globals with an environment of `keys` keys merged into `functions` functions of their own: far more work than the step budget allows. */
export function globalsManyFunctionsTemplate(keys = 30_000, functions = 2000): string {
  const vars = Array.from({ length: keys }, (_, i) => `        K${i}: v`).join('\n');
  const lines = [`AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    Timeout: 1000\n    Environment:\n      Variables:\n${vars}\nResources:`];
  for (let i = 0; i < functions; i++) lines.push(`  F${i}:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.12\n      Handler: a.b\n      CodeUri: .\n      Environment:\n        Variables:\n          OWN: x`);
  return `${lines.join('\n')}\n`;
}

/** Every DAG/fan-out/quadratic case of the issue at its seen size. */
export function hostileDagCases(): HostileFile[] {
  return [
    ['!Join through 60 levels of anchors', 'template.yaml', joinDagTemplate()],
    ['integration Uri of 4 levels x 100 aliases', 'template.yaml', integrationUriTemplate()],
    ['!If chain in one Properties shared by 2,000 functions', 'template.yaml', ifChainTemplate()],
    ['!Join DAG in serverless.yml custom:', 'serverless.yml', serverlessJoinDag()],
    ['CDK TS template literals 100 x 4', 'stack.ts', cdkTemplateLiteralTs()],
    ['CDK Python f-strings 100 x 4', 'stack.py', cdkFStringPython()],
    ['CDK TS spread fan-out 10 x 8', 'stack.ts', cdkSpreadTs()],
    ['CDK Python ** fan-out 10 x 8', 'stack.py', cdkSpreadPython()],
    ['CDK TS unknown-length part fanned out', 'stack.ts', cdkUnknownPartTs()],
    ['40,000 anchors with one name', 'template.yaml', sameNameAnchorsTemplate()],
    ['suppression comment with 20,000 unknown ids', 'template.yaml', unknownSuppressionIdsTemplate(20_000)],
    ['Globals environment of 30k keys, 50 functions by alias', 'template.yaml', globalsMergeTemplate()],
  ];
}
