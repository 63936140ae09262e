/**
 * "Which limit binds this value, and what does it do", as data: one row per (resource types, property, and
 * the leaf key below it when the value sits deeper, such as an event's `BatchSize` or an integration's
 * `TimeoutInMillis`). Each row names limits of the limits table (their numbers and sources come from there)
 * and says in one sentence what the value does; rows for enum values say it per value (`REGIONAL`,
 * `origin-request`, `EXPRESS`, `NEW_IMAGE`), with the limits that hold for that value. `topic` names the
 * note that explains the value when it is not the property's own (an SQS event explains SQS, not Lambda).
 * The hover's first line is built from here when no finding and no finer budget (src/core/hover/budgets.ts)
 * speaks for the position (src/core/hover/what-binds.ts).
 */
import type { LimitId, LimitUnit } from '../limits';

export interface ValueBinding {
  readonly limits?: readonly LimitId[];
  readonly does: string;
  readonly topic?: string;
}

export interface BindingRow {
  readonly types: readonly string[];
  readonly property: string;
  /** The key the value sits under below `property` (`BatchSize` under `Events.Queue.Properties`). */
  readonly leaf?: string;
  readonly limits?: readonly LimitId[];
  /** What the value does, one sentence. */
  readonly does: string;
  /** The unit the property's value is written in, when it is a number compared with the first limit. */
  readonly valueUnit?: LimitUnit | 'code';
  /** Limits by the linked source, when it is known (`sqs`, `stream`): they replace `limits`. */
  readonly bySource?: Readonly<Record<string, readonly LimitId[]>>;
  /** Per value, upper or lower case as written (`SQS`, `REGIONAL`, `origin-request`). */
  readonly values?: Readonly<Record<string, ValueBinding>>;
  readonly topic?: string;
}

const FUNCTION = ['AWS::Lambda::Function', 'AWS::Serverless::Function'];
const ESM = ['AWS::Lambda::EventSourceMapping'];
const TABLES = ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'];
const REST = ['AWS::ApiGateway::RestApi', 'AWS::Serverless::Api'];
const STATE_MACHINES = ['AWS::StepFunctions::StateMachine', 'AWS::Serverless::StateMachine'];
const BATCH: readonly LimitId[] = ['esm.sqs.batchSize.max', 'esm.sqs.batchSize.fifoMax', 'esm.stream.batchSize.max'];
/** Batch limits by the linked source (a serverless.yml event key or a SAM event type). */
const BATCH_BY_SOURCE: Readonly<Record<string, readonly LimitId[]>> = {
  sqs: ['esm.sqs.batchSize.max', 'esm.sqs.batchSize.fifoMax', 'esm.sqs.batchSize.default'],
  dynamodb: ['esm.stream.batchSize.max', 'esm.stream.batchSize.default', 'dynamodb.streams.retentionHours'],
  kinesis: ['esm.stream.batchSize.max', 'esm.stream.batchSize.default'],
  stream: ['esm.stream.batchSize.max', 'esm.stream.batchSize.default'],
};
const EDGE_VIEWER: readonly LimitId[] = ['edge.viewer.timeout', 'edge.viewer.memory', 'edge.viewer.packageMB', 'edge.viewer.responseKB'];
const EDGE_ORIGIN: readonly LimitId[] = ['edge.origin.timeout', 'edge.origin.memory', 'edge.origin.packageMB', 'edge.origin.responseMB'];
const EDGE_EVENTS: Record<string, ValueBinding> = {
  'viewer-request': { limits: EDGE_VIEWER, does: 'runs on every request before the CloudFront cache, so it must be quick and small', topic: 'lambda-edge' },
  'viewer-response': { limits: EDGE_VIEWER, does: 'runs on every response just before CloudFront returns it to the viewer', topic: 'lambda-edge' },
  'origin-request': { limits: EDGE_ORIGIN, does: 'runs only on a cache miss, before CloudFront calls the origin', topic: 'lambda-edge' },
  'origin-response': { limits: EDGE_ORIGIN, does: 'runs only when the origin answers, before CloudFront caches the response', topic: 'lambda-edge' },
};
const STREAM_VIEWS: Record<string, ValueBinding> = {
  KEYS_ONLY: { limits: ['dynamodb.streams.retentionHours'], does: 'each stream record carries only the key attributes of the changed item' },
  NEW_IMAGE: { limits: ['dynamodb.streams.retentionHours'], does: 'each stream record carries the item as it is after the change' },
  OLD_IMAGE: { limits: ['dynamodb.streams.retentionHours'], does: 'each stream record carries the item as it was before the change' },
  NEW_AND_OLD_IMAGES: { limits: ['dynamodb.streams.retentionHours'], does: 'each stream record carries the item before and after the change (what global tables in MREC mode need)' },
};
const ENDPOINTS: Record<string, ValueBinding> = {
  EDGE: { limits: ['apigw.rest.integrationTimeout'], does: 'requests enter through the CloudFront edge network; a custom domain needs its certificate in us-east-1; the integration timeout stays at 29 s' },
  REGIONAL: { limits: ['apigw.rest.integrationTimeout'], does: 'clients call the API in its Region directly; the certificate lives in that Region; the integration timeout can be raised by a quota request' },
  PRIVATE: { limits: ['apigw.rest.integrationTimeout'], does: 'reachable only from a VPC through an interface VPC endpoint, and only with a resource policy that allows it' },
};
const SFN_TYPES: Record<string, ValueBinding> = {
  STANDARD: { limits: ['stepfunctions.standard.maxDurationDays', 'stepfunctions.historyEvents', 'stepfunctions.standard.historyRetentionDays'], does: 'each step runs exactly once and the execution history is kept in the service' },
  EXPRESS: { limits: ['stepfunctions.express.maxDuration'], does: 'high-volume, short executions billed per request and duration; history goes to CloudWatch Logs only' },
};
const SAM_EVENTS: Record<string, ValueBinding> = {
  SQS: { limits: ['esm.sqs.batchSize.default', 'esm.sqs.batchSize.max', 'sqs.visibilityTimeout.recommendedFactor'], does: 'Lambda polls the queue through an event source mapping; the queue\'s visibility timeout must be at least the function timeout', topic: 'sqs-lambda' },
  DynamoDB: { limits: ['esm.stream.batchSize.default', 'esm.stream.batchSize.max', 'dynamodb.streams.retentionHours'], does: 'Lambda polls the table\'s stream through an event source mapping, in order per shard', topic: 'dynamodb-streams' },
  Kinesis: { limits: ['esm.stream.batchSize.default', 'esm.stream.batchSize.max'], does: 'Lambda polls the stream through an event source mapping, in order per shard' },
  Api: { limits: ['apigw.rest.integrationTimeout'], does: 'a REST API invokes the function synchronously and stops waiting at its integration timeout', topic: 'api-gateway-lambda-timeouts' },
  HttpApi: { limits: ['apigw.http.integrationTimeout'], does: 'an HTTP API invokes the function synchronously and stops waiting at its integration timeout', topic: 'api-gateway-lambda-timeouts' },
  Schedule: { limits: ['lambda.payload.asyncMB'], does: 'EventBridge invokes the function asynchronously on the schedule' },
  ScheduleV2: { limits: ['lambda.payload.asyncMB'], does: 'EventBridge Scheduler invokes the function asynchronously on the schedule' },
  S3: { limits: ['lambda.payload.asyncMB'], does: 'S3 invokes the function asynchronously for each matching object event' },
  SNS: { limits: ['lambda.payload.asyncMB'], does: 'SNS invokes the function asynchronously for each message' },
  EventBridgeRule: { limits: ['lambda.payload.asyncMB'], does: 'EventBridge invokes the function asynchronously for each matching event' },
  CloudWatchEvent: { limits: ['lambda.payload.asyncMB'], does: 'EventBridge invokes the function asynchronously for each matching event' },
};

export const WHAT_BINDS: readonly BindingRow[] = [
  // Lambda functions (the finer budgets in hover/budgets.ts lead when they know the value).
  { types: FUNCTION, property: 'Timeout', valueUnit: 's', limits: ['lambda.timeout.max', 'lambda.timeout.default'], does: 'how long one invocation may run before Lambda stops it' },
  { types: FUNCTION, property: 'MemorySize', valueUnit: 'MB', limits: ['lambda.memory.max', 'lambda.memory.min'], does: 'memory for each execution environment; CPU grows with it' },
  { types: FUNCTION, property: 'EphemeralStorage', limits: ['lambda.ephemeralStorage.max', 'lambda.ephemeralStorage.min'], does: 'the size of /tmp in each execution environment' },
  { types: FUNCTION, property: 'Environment', limits: ['lambda.environment.maxBytes'], does: 'variables the code reads at start; all of them together count toward one size limit' },
  { types: FUNCTION, property: 'Layers', limits: ['lambda.layers.max', 'lambda.package.unzippedMB'], does: 'layers are unpacked beside the code and count toward the unzipped package size' },
  { types: FUNCTION, property: 'Runtime', does: 'the language runtime Lambda runs the code on; each has a published deprecation date', topic: 'lambda-runtimes' },
  { types: FUNCTION, property: 'SnapStart', limits: ['lambda.snapStart.maxEphemeralStorage'], does: 'snapshots the initialized environment of a published version to cut cold starts', topic: 'lambda-snapstart' },
  { types: FUNCTION, property: 'ReservedConcurrentExecutions', valueUnit: 'count', limits: ['lambda.concurrency.reservedMax', 'lambda.concurrency.unreserved'], does: 'reserves concurrency for this function and caps it there; 0 throttles every invocation', topic: 'lambda-concurrency' },
  { types: FUNCTION, property: 'ProvisionedConcurrencyConfig', limits: ['lambda.concurrency.account'], does: 'keeps that many environments initialized on a version or alias; they count toward the account\'s concurrency', topic: 'lambda-concurrency' },
  { types: FUNCTION, property: 'VpcConfig', limits: ['lambda.vpc.enisPerVpc'], does: 'connects the function to your subnets (the VPC follows from them); it reaches the internet only through a NAT gateway', topic: 'lambda-vpc' },
  { types: FUNCTION, property: 'Architectures', does: 'x86_64 or arm64 (Graviton); Lambda@Edge runs x86_64 only' },
  { types: FUNCTION, property: 'Events', leaf: 'Type', does: 'what invokes the function', values: SAM_EVENTS },
  { types: FUNCTION, property: 'Events', leaf: 'BatchSize', valueUnit: 'count', limits: BATCH, bySource: BATCH_BY_SOURCE, does: 'the most records one invocation receives' },
  { types: FUNCTION, property: 'Events', leaf: 'MaximumBatchingWindowInSeconds', valueUnit: 's', limits: ['esm.batchingWindow.max'], does: 'how long Lambda waits to fill a batch before it invokes; for SQS the wait counts toward the visibility timeout' },
  { types: FUNCTION, property: 'Events', leaf: 'Queue', limits: ['sqs.visibilityTimeout.recommendedFactor'], does: 'the queue Lambda polls; its visibility timeout must be at least the function timeout', topic: 'sqs-lambda' },
  { types: FUNCTION, property: 'Events', leaf: 'Stream', limits: ['dynamodb.streams.retentionHours'], does: 'the stream Lambda polls, in order per shard', topic: 'dynamodb-streams' },
  { types: FUNCTION, property: 'Events', leaf: 'EventType', does: 'the CloudFront event the function runs on', values: EDGE_EVENTS, topic: 'lambda-edge' },
  // Event source mappings.
  { types: ESM, property: 'BatchSize', valueUnit: 'count', limits: BATCH, does: 'the most records one invocation receives' },
  { types: ESM, property: 'MaximumBatchingWindowInSeconds', valueUnit: 's', limits: ['esm.batchingWindow.max'], does: 'how long Lambda waits to fill a batch before it invokes; for SQS the wait counts toward the visibility timeout' },
  { types: ESM, property: 'ScalingConfig', limits: ['esm.sqs.maximumConcurrency.max', 'esm.sqs.maximumConcurrency.min'], does: 'caps the concurrent invocations this SQS mapping uses', topic: 'sqs-lambda' },
  { types: ESM, property: 'EventSourceArn', does: 'the queue or stream Lambda polls; it decides which batch limits apply' },
  { types: ESM, property: 'FunctionResponseTypes', does: 'ReportBatchItemFailures lets the function return only the failed records, so the rest are not retried' },
  { types: ESM, property: 'StartingPosition', limits: ['dynamodb.streams.retentionHours'], does: 'where a stream mapping starts reading: TRIM_HORIZON (oldest kept record) or LATEST' },
  // SQS.
  { types: ['AWS::SQS::Queue'], property: 'VisibilityTimeout', valueUnit: 's', limits: ['sqs.visibilityTimeout.max', 'sqs.visibilityTimeout.default'], does: 'how long a received message stays hidden before another consumer can receive it', topic: 'sqs-lambda' },
  { types: ['AWS::SQS::Queue'], property: 'MessageRetentionPeriod', valueUnit: 's', limits: ['sqs.retention.max', 'sqs.retention.default'], does: 'how long SQS keeps a message that nobody deletes', topic: 'sqs-lambda' },
  { types: ['AWS::SQS::Queue'], property: 'MaximumMessageSize', valueUnit: 'bytes', limits: ['sqs.messageSize.max'], does: 'the largest message the queue accepts', topic: 'sqs-lambda' },
  { types: ['AWS::SQS::Queue'], property: 'RedrivePolicy', does: 'after maxReceiveCount receives, SQS moves the message to the dead-letter queue', topic: 'sqs-lambda' },
  { types: ['AWS::SQS::Queue'], property: 'FifoQueue', limits: ['esm.sqs.batchSize.fifoMax'], does: 'keeps order within each message group and removes duplicates', topic: 'sqs-lambda' },
  // API Gateway.
  { types: REST, property: 'EndpointConfiguration', does: 'how clients reach the REST API', values: ENDPOINTS, topic: 'api-gateway-endpoint-types' },
  { types: ['AWS::ApiGateway::Method'], property: 'Integration', leaf: 'TimeoutInMillis', valueUnit: 'ms', limits: ['apigw.rest.integrationTimeout', 'apigw.rest.integrationTimeout.min'], does: 'how long a REST API waits for the integration; a streamed response (ResponseTransferMode STREAM) is not bound by it the same way', topic: 'api-gateway-lambda-timeouts' },
  { types: ['AWS::ApiGateway::Method'], property: 'Integration', leaf: 'Type', does: 'AWS_PROXY passes the whole request to Lambda; AWS (non-proxy) maps it, and only then can it invoke asynchronously', topic: 'api-gateway-lambda-timeouts' },
  { types: ['AWS::ApiGatewayV2::Integration'], property: 'TimeoutInMillis', valueUnit: 'ms', limits: ['apigw.http.integrationTimeout', 'apigw.websocket.integrationTimeout'], does: 'how long an HTTP or WebSocket API waits for the integration', topic: 'api-gateway-lambda-timeouts' },
  { types: ['AWS::ApiGatewayV2::Api'], property: 'ProtocolType', does: 'HTTP or WEBSOCKET', values: {
    HTTP: { limits: ['apigw.http.integrationTimeout', 'apigw.payloadMB'], does: 'an HTTP API: cheaper and simpler than REST, JWT authorizers, no usage plans or caching', topic: 'api-gateway' },
    WEBSOCKET: { limits: ['apigw.websocket.messageKB', 'apigw.websocket.frameKB', 'apigw.websocket.integrationTimeout'], does: 'a WebSocket API: clients keep a connection open and routes ($connect, $disconnect, $default, your own) invoke the integrations', topic: 'api-gateway' },
  }, topic: 'api-gateway' },
  { types: ['AWS::Serverless::HttpApi'], property: 'FailOnWarnings', does: 'fails the deployment when API Gateway warns about the definition' },
  // CloudFront.
  { types: ['AWS::CloudFront::Function'], property: 'FunctionCode', valueUnit: 'code', limits: ['cloudfrontFunction.codeKB'], does: 'the JavaScript CloudFront runs on viewer events; its size counts against the code limit', topic: 'cloudfront-functions' },
  { types: ['AWS::CloudFront::Function'], property: 'FunctionConfig', limits: ['cloudfrontFunction.memoryMB'], does: 'the runtime (cloudfront-js-1.0 or 2.0) and comment; only 2.0 reads a KeyValueStore', topic: 'cloudfront-functions' },
  { types: ['AWS::CloudFront::Distribution'], property: 'DistributionConfig', leaf: 'EventType', does: 'the CloudFront event the function runs on', values: EDGE_EVENTS, topic: 'lambda-edge' },
  // Step Functions.
  { types: ['AWS::StepFunctions::StateMachine'], property: 'StateMachineType', does: 'STANDARD or EXPRESS; changing it replaces the state machine', values: SFN_TYPES, topic: 'step-functions' },
  { types: ['AWS::Serverless::StateMachine'], property: 'Type', does: 'STANDARD or EXPRESS; changing it replaces the state machine', values: SFN_TYPES, topic: 'step-functions' },
  { types: STATE_MACHINES, property: 'Definition', limits: ['stepfunctions.payloadKB', 'stepfunctions.historyEvents'], does: 'the states; each state passes at most the payload limit to the next', topic: 'step-functions' },
  { types: STATE_MACHINES, property: 'DefinitionString', limits: ['stepfunctions.payloadKB', 'stepfunctions.historyEvents'], does: 'the states; each state passes at most the payload limit to the next', topic: 'step-functions' },
  // DynamoDB.
  { types: TABLES, property: 'KeySchema', limits: ['dynamodb.partitionKeyBytes', 'dynamodb.sortKeyBytes', 'dynamodb.itemKB'], does: 'the partition key (HASH) and optional sort key (RANGE); changing it replaces the table', topic: 'dynamodb-basics' },
  { types: TABLES, property: 'AttributeDefinitions', limits: ['dynamodb.itemKB'], does: 'types of the key attributes only; other attributes need no definition', topic: 'dynamodb-basics' },
  { types: TABLES, property: 'GlobalSecondaryIndexes', limits: ['dynamodb.gsi.max'], does: 'alternative keys to query by, added or removed at any time', topic: 'dynamodb-basics' },
  { types: TABLES, property: 'LocalSecondaryIndexes', limits: ['dynamodb.lsi.max'], does: 'alternative sort keys under the same partition key, only at table creation', topic: 'dynamodb-basics' },
  { types: TABLES, property: 'StreamSpecification', limits: ['dynamodb.streams.retentionHours'], does: 'turns on the table\'s change stream', values: STREAM_VIEWS, topic: 'dynamodb-streams' },
  { types: TABLES, property: 'PointInTimeRecoverySpecification', limits: ['dynamodb.pitr.maxDays', 'dynamodb.pitr.minDays'], does: 'continuous backups you can restore to any second of the recovery period', topic: 'dynamodb-backups' },
  { types: TABLES, property: 'TimeToLiveSpecification', does: 'names a Number attribute holding an expiry time in epoch seconds; expired items are deleted at no cost', topic: 'dynamodb-ttl' },
  { types: TABLES, property: 'BillingMode', does: 'PAY_PER_REQUEST (on-demand) or PROVISIONED (needs ProvisionedThroughput)', topic: 'dynamodb-basics' },
  { types: TABLES, property: 'TableClass', does: 'STANDARD or STANDARD_INFREQUENT_ACCESS (cheaper storage, dearer requests)', topic: 'dynamodb-basics' },
  { types: ['AWS::DynamoDB::Table'], property: 'ProvisionedThroughput', does: 'read and write capacity units, set independently; only with BillingMode PROVISIONED', topic: 'dynamodb-basics' },
  // Systems Manager.
  { types: ['AWS::SSM::Parameter'], property: 'Value', limits: ['ssm.parameter.standardKB', 'ssm.parameter.advancedKB'], does: 'the parameter\'s value; a standard parameter holds less than an advanced one' },
  { types: ['AWS::SSM::Parameter'], property: 'Tier', does: 'Standard, Advanced or Intelligent-Tiering; the tier sets the value size limit', values: {
    Standard: { limits: ['ssm.parameter.standardKB'], does: 'a standard parameter, free' },
    Advanced: { limits: ['ssm.parameter.advancedKB'], does: 'an advanced parameter, charged per parameter and policy' },
  } },
];

/** The row for a position: the property with the deepest matching leaf first. */
export function bindingRow(resourceType: string, property: string | undefined, subPath: readonly string[] = []): BindingRow | undefined {
  if (!property) return undefined;
  const leaf = subPath[subPath.length - 1];
  const rows = WHAT_BINDS.filter((r) => r.property === property && r.types.includes(resourceType));
  return rows.find((r) => r.leaf !== undefined && r.leaf === leaf) ?? rows.find((r) => r.leaf === undefined);
}

/** The note that explains a resource type as a whole (a hover on `Type: AWS::Serverless::Function`). */
export const TYPE_NOTES: Readonly<Record<string, string>> = {
  'AWS::Lambda::Function': 'lambda-limits',
  'AWS::Serverless::Function': 'lambda-limits',
  'AWS::Lambda::EventSourceMapping': 'sqs-lambda',
  'AWS::SQS::Queue': 'sqs-lambda',
  'AWS::StepFunctions::StateMachine': 'step-functions',
  'AWS::Serverless::StateMachine': 'step-functions',
  'AWS::ApiGateway::RestApi': 'api-gateway',
  'AWS::Serverless::Api': 'api-gateway',
  'AWS::ApiGatewayV2::Api': 'api-gateway',
  'AWS::Serverless::HttpApi': 'api-gateway',
  'AWS::CloudFront::Function': 'cloudfront-functions',
  'AWS::DynamoDB::Table': 'dynamodb-basics',
  'AWS::DynamoDB::GlobalTable': 'dynamodb-global-tables',
  'AWS::Cognito::UserPool': 'cognito-user-pools',
  'AWS::Cognito::IdentityPool': 'cognito-identity-pools',
};
