/**
 * What people write for AWS services and properties, and which search terms a hover target stands for.
 * Canonical compound terms (`apigateway`, `stepfn`, `ttl`...) are single words that the tokenizer leaves
 * as they are, so documents and queries meet on them whatever spelling the notes use.
 */

/** A word (lower case, plural folded) -> extra terms it stands for. */
export const ALIASES: ReadonlyMap<string, readonly string[]> = new Map<string, string[]>([
  ['ddb', ['dynamodb']],
  ['dynamo', ['dynamodb']],
  ['apigw', ['apigateway']],
  ['apig', ['apigateway']],
  ['apigateway', ['apigateway']],
  ['sfn', ['stepfn']],
  ['stepfunction', ['stepfn']],
  ['l@e', ['lambdaedge']],
  ['lambda@edge', ['lambdaedge']],
  ['cff', ['cffunction']],
  ['ttl', ['ttl']],
  ['pitr', ['pitr']],
  ['backup', ['pitr']],
  ['kd', ['kinesis']],
  ['kinesi', ['kinesis']],
  ['ephemeral', ['tmp']],
  ['env', ['environment']],
  ['eni', ['vpc']],
  ['nat', ['vpc']],
  ['sigv4', ['iam']],
  ['authorizer', ['auth']],
  ['authorization', ['auth']],
  ['cognity', ['cognito']],
  ['mfa', ['userpool']],
  ['expire', ['ttl']],
  ['expiry', ['ttl']],
  ['expired', ['ttl']],
  ['concurrent', ['concurrency']],
  ['runtime', ['language']],
  ['snapshot', ['snapstart']],
]);

/** Multi-word names (as tokenized words) -> one canonical term. */
export const PHRASES: ReadonlyArray<readonly [readonly string[], string]> = [
  [['api', 'gateway'], 'apigateway'],
  [['step', 'function'], 'stepfn'],
  [['time', 'to', 'live'], 'ttl'],
  [['point', 'in', 'time'], 'pitr'],
  [['cloudfront', 'function'], 'cffunction'],
  [['user', 'pool'], 'userpool'],
  [['identity', 'pool'], 'identitypool'],
  [['rds', 'proxy'], 'rdsproxy'],
  [['snap', 'start'], 'snapstart'],
  [['global', 'table'], 'globaltable'],
  [['delete', 'item'], 'ttl'],
  [['custom', 'authorizer'], 'auth'],
  [['supported', 'language'], 'language'],
  [['in', 'vpc'], 'vpc'],
];

/** Service part of a resource type (`AWS::<Service>::<Type>`), or a whole SAM type, -> query words. */
const SERVICE_TERMS: Readonly<Record<string, string>> = {
  Lambda: 'lambda',
  DynamoDB: 'dynamodb',
  ApiGateway: 'apigateway',
  ApiGatewayV2: 'apigateway',
  StepFunctions: 'stepfn',
  Cognito: 'cognito',
  SQS: 'sqs queue',
  SNS: 'sns',
  RDS: 'rds aurora',
  CloudFront: 'cloudfront',
  Kinesis: 'kinesis',
  S3: 's3',
  Events: 'eventbridge',
  EC2: 'vpc',
  'AWS::Serverless::Function': 'lambda',
  'AWS::Serverless::Api': 'apigateway rest',
  'AWS::Serverless::HttpApi': 'apigateway http',
  'AWS::Serverless::SimpleTable': 'dynamodb',
  'AWS::Serverless::StateMachine': 'stepfn',
  'AWS::Serverless::LayerVersion': 'lambda layer',
  'AWS::CloudFront::Function': 'cffunction',
  'AWS::CloudFront::Distribution': 'cloudfront lambdaedge',
  'AWS::Cognito::UserPool': 'cognito userpool',
  'AWS::Cognito::UserPoolClient': 'cognito userpool',
  'AWS::Cognito::IdentityPool': 'cognito identitypool',
  'AWS::Cognito::IdentityPoolRoleAttachment': 'cognito identitypool',
  'AWS::RDS::DBProxy': 'rdsproxy',
  'AWS::DynamoDB::GlobalTable': 'dynamodb globaltable',
};

/** Property -> extra words beyond its own name (`TimeToLiveSpecification` is also `ttl`). */
const PROPERTY_TERMS: Readonly<Record<string, string>> = {
  TimeToLiveSpecification: 'ttl',
  StreamSpecification: 'stream',
  KinesisStreamSpecification: 'kinesis stream',
  PointInTimeRecoverySpecification: 'pitr backup',
  SnapStart: 'snapstart',
  Timeout: 'timeout limit',
  MemorySize: 'memory limit',
  Layers: 'layer limit',
  EphemeralStorage: 'tmp storage',
  Environment: 'environment variable limit',
  VpcConfig: 'vpc',
  ReservedConcurrentExecutions: 'concurrency',
  ProvisionedConcurrencyConfig: 'concurrency',
  Runtime: 'runtime',
  BillingMode: 'capacity mode',
  ProvisionedThroughput: 'capacity mode wcu rcu',
  TableClass: 'class',
  EndpointConfiguration: 'endpoint',
  Replicas: 'globaltable replication',
  MultiRegionConsistency: 'globaltable',
  ImportSourceSpecification: 's3 import',
  VisibilityTimeout: 'visibility timeout',
  StateMachineType: 'express standard',
  Auth: 'auth',
  AuthorizationType: 'auth',
  AuthorizerType: 'auth',
  MfaConfiguration: 'mfa',
  AllowUnauthenticatedIdentities: 'credential',
  DistributionConfig: 'lambdaedge',
  AutoPublishAlias: 'version',
};

/** Words that say nothing about what a property is. */
const PROPERTY_STOPWORDS = new Set(['specification', 'configuration', 'config', 'to', 'in', 'arn', 'id', 'ids', 'name', 'enabled', 'type', 'uri']);

/** Query words for the service of a resource type. */
export function serviceWords(resourceType: string): string {
  const whole = SERVICE_TERMS[resourceType];
  if (whole) return whole;
  const parts = resourceType.split('::');
  const service = SERVICE_TERMS[parts[1] ?? ''] ?? (parts[1] ?? '').toLowerCase();
  return service;
}

/** Query words for a property: its own words (without filler) plus what people call it. */
export function propertyWords(property: string, split: (name: string) => string): string {
  const own = split(property).toLowerCase().split(' ').filter((w) => w && !PROPERTY_STOPWORDS.has(w));
  return [...own, PROPERTY_TERMS[property] ?? ''].join(' ').trim();
}
