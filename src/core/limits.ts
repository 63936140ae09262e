/**
 * Every number a rule or hover uses, once, with its unit, kind and source
 * (checked in ../shared/facts/aws-serverless-facts.md). Adjustable quotas never produce errors.
 */
export type LimitUnit = 's' | 'ms' | 'MB' | 'KB' | 'bytes' | 'count' | 'days' | 'hours' | 'months';

export type LimitKind = 'hard' | 'adjustable' | 'default' | 'recommended';

export interface Limit {
  readonly title: string;
  readonly value: number;
  readonly unit: LimitUnit;
  readonly kind: LimitKind;
  /** AWS documentation page the value was read from. */
  readonly source: string;
  /** Knowledge-base topic that explains it. */
  readonly topic: string;
}

const LAMBDA_LIMITS_URL = 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html';
const EDGE_LIMITS_URL = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-lambda-at-edge';
const APIGW_REST_URL = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html';
const APIGW_HTTP_URL = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html';
const SFN_URL = 'https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html';
const DDB_URL = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html';
const APIGW_WS_URL = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html';
const SQS_MESSAGES_URL = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html';
const ESM_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-eventsourcemapping.html';
const CFF_URL = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-functions';

export const LIMITS = {
  'lambda.timeout.min': { title: 'Lambda minimum timeout', value: 1, unit: 's', kind: 'hard', source: LAMBDA_LIMITS_URL, topic: 'lambda-limits' },
  'lambda.timeout.max': { title: 'Lambda maximum timeout', value: 900, unit: 's', kind: 'hard', source: LAMBDA_LIMITS_URL, topic: 'lambda-limits' },
  'lambda.timeout.default': { title: 'Lambda default timeout', value: 3, unit: 's', kind: 'default', source: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html', topic: 'lambda-limits' },
  'lambda.timeout.maxManagedInstances': { title: 'Lambda maximum timeout on Managed Instances', value: 5400, unit: 's', kind: 'hard', source: LAMBDA_LIMITS_URL, topic: 'lambda-limits' },
  'lambda.memory.min': { title: 'Lambda minimum memory', value: 128, unit: 'MB', kind: 'hard', source: LAMBDA_LIMITS_URL, topic: 'lambda-limits' },
  'lambda.memory.max': { title: 'Lambda maximum memory', value: 10240, unit: 'MB', kind: 'hard', source: LAMBDA_LIMITS_URL, topic: 'lambda-limits' },
  'lambda.memory.maxManagedInstances': { title: 'Lambda maximum memory on Managed Instances', value: 32768, unit: 'MB', kind: 'hard', source: LAMBDA_LIMITS_URL, topic: 'lambda-limits' },
  'lambda.memory.stepMB': { title: 'Lambda memory increment', value: 1, unit: 'MB', kind: 'hard', source: LAMBDA_LIMITS_URL, topic: 'lambda-limits' },
  'lambda.memory.perVcpu': { title: 'Memory that buys one full vCPU', value: 1769, unit: 'MB', kind: 'hard', source: LAMBDA_LIMITS_URL, topic: 'lambda-limits' },
  'lambda.ephemeralStorage.min': { title: 'Lambda minimum /tmp', value: 512, unit: 'MB', kind: 'hard', source: 'https://docs.aws.amazon.com/lambda/latest/api/API_EphemeralStorage.html', topic: 'lambda-limits' },
  'lambda.ephemeralStorage.max': { title: 'Lambda maximum /tmp', value: 10240, unit: 'MB', kind: 'hard', source: 'https://docs.aws.amazon.com/lambda/latest/api/API_EphemeralStorage.html', topic: 'lambda-limits' },
  'lambda.environment.maxBytes': { title: 'Lambda environment variables, in aggregate', value: 4096, unit: 'bytes', kind: 'hard', source: LAMBDA_LIMITS_URL, topic: 'lambda-limits' },
  'lambda.layers.max': { title: 'Layers per function', value: 5, unit: 'count', kind: 'hard', source: LAMBDA_LIMITS_URL, topic: 'lambda-limits' },
  'lambda.package.zippedMB': { title: 'Deployment package, zipped, direct upload', value: 50, unit: 'MB', kind: 'hard', source: LAMBDA_LIMITS_URL, topic: 'lambda-limits' },
  'lambda.package.unzippedMB': { title: 'Deployment package, unzipped, with layers', value: 250, unit: 'MB', kind: 'hard', source: LAMBDA_LIMITS_URL, topic: 'lambda-limits' },
  'lambda.payload.syncMB': { title: 'Synchronous invocation payload', value: 6, unit: 'MB', kind: 'hard', source: LAMBDA_LIMITS_URL, topic: 'lambda-limits' },
  'lambda.package.containerImageMB': { title: 'Container image, uncompressed, all layers', value: 10240, unit: 'MB', kind: 'hard', source: LAMBDA_LIMITS_URL, topic: 'lambda-limits' },
  'lambda.payload.streamedResponseMB': { title: 'Streamed response payload', value: 200, unit: 'MB', kind: 'hard', source: LAMBDA_LIMITS_URL, topic: 'lambda-limits' },
  'lambda.payload.asyncMB': { title: 'Asynchronous invocation payload', value: 1, unit: 'MB', kind: 'hard', source: LAMBDA_LIMITS_URL, topic: 'lambda-limits' },
  'lambda.concurrency.account': { title: 'Concurrent executions per Region (default quota)', value: 1000, unit: 'count', kind: 'adjustable', source: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html', topic: 'lambda-concurrency' },
  'lambda.concurrency.reservedMin': { title: 'Lowest reserved concurrency (0 throttles every invocation)', value: 0, unit: 'count', kind: 'hard', source: 'https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionConcurrency.html', topic: 'lambda-concurrency' },
  'lambda.vpc.enisPerVpc': { title: 'Lambda Hyperplane ENIs per VPC (default quota)', value: 500, unit: 'count', kind: 'adjustable', source: LAMBDA_LIMITS_URL, topic: 'lambda-vpc' },
  'lambda.concurrency.unreserved': { title: 'Concurrency that always stays unreserved', value: 100, unit: 'count', kind: 'hard', source: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html', topic: 'lambda-concurrency' },
  'edge.viewer.timeout': { title: 'Lambda@Edge timeout, viewer events', value: 5, unit: 's', kind: 'hard', source: EDGE_LIMITS_URL, topic: 'lambda-edge' },
  'edge.viewer.memory': { title: 'Lambda@Edge memory, viewer events', value: 128, unit: 'MB', kind: 'hard', source: EDGE_LIMITS_URL, topic: 'lambda-edge' },
  'edge.origin.timeout': { title: 'Lambda@Edge timeout, origin events', value: 30, unit: 's', kind: 'hard', source: EDGE_LIMITS_URL, topic: 'lambda-edge' },
  'edge.origin.memory': { title: 'Lambda@Edge memory, origin events', value: 10240, unit: 'MB', kind: 'hard', source: EDGE_LIMITS_URL, topic: 'lambda-edge' },
  'edge.viewer.packageMB': { title: 'Lambda@Edge package, compressed, viewer events', value: 1, unit: 'MB', kind: 'hard', source: EDGE_LIMITS_URL, topic: 'lambda-edge' },
  'edge.origin.packageMB': { title: 'Lambda@Edge package, compressed, origin events', value: 50, unit: 'MB', kind: 'hard', source: EDGE_LIMITS_URL, topic: 'lambda-edge' },
  'edge.viewer.responseKB': { title: 'Lambda@Edge generated response, viewer events', value: 40, unit: 'KB', kind: 'hard', source: EDGE_LIMITS_URL, topic: 'lambda-edge' },
  'edge.origin.responseMB': { title: 'Lambda@Edge generated response, origin events', value: 1, unit: 'MB', kind: 'hard', source: EDGE_LIMITS_URL, topic: 'lambda-edge' },
  'edge.ephemeralStorage.max': { title: 'Lambda@Edge /tmp', value: 512, unit: 'MB', kind: 'hard', source: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html', topic: 'lambda-edge' },
  'cloudfrontFunction.codeKB': { title: 'CloudFront Functions code size', value: 10, unit: 'KB', kind: 'hard', source: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html', topic: 'cloudfront-functions' },
  'cloudfrontFunction.memoryMB': { title: 'CloudFront Functions memory', value: 2, unit: 'MB', kind: 'hard', source: CFF_URL, topic: 'cloudfront-functions' },
  'apigw.rest.integrationTimeout': { title: 'REST API integration timeout (default maximum)', value: 29000, unit: 'ms', kind: 'default', source: APIGW_REST_URL, topic: 'api-gateway-lambda-timeouts' },
  'apigw.rest.integrationTimeout.min': { title: 'REST API integration timeout minimum', value: 50, unit: 'ms', kind: 'hard', source: APIGW_REST_URL, topic: 'api-gateway-lambda-timeouts' },
  'apigw.http.integrationTimeout': { title: 'HTTP API integration timeout', value: 30000, unit: 'ms', kind: 'hard', source: APIGW_HTTP_URL, topic: 'api-gateway-lambda-timeouts' },
  'apigw.websocket.integrationTimeout': { title: 'WebSocket API integration timeout', value: 29000, unit: 'ms', kind: 'hard', source: APIGW_HTTP_URL, topic: 'api-gateway-lambda-timeouts' },
  'apigw.payloadMB': { title: 'REST and HTTP API payload', value: 10, unit: 'MB', kind: 'hard', source: APIGW_REST_URL, topic: 'api-gateway' },
  'apigw.websocket.messageKB': { title: 'WebSocket API message payload', value: 128, unit: 'KB', kind: 'hard', source: APIGW_WS_URL, topic: 'api-gateway' },
  'apigw.websocket.frameKB': { title: 'WebSocket API frame size', value: 32, unit: 'KB', kind: 'hard', source: APIGW_WS_URL, topic: 'api-gateway' },
  'apigw.cache.ttlDefault': { title: 'API cache TTL, default', value: 300, unit: 's', kind: 'default', source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html', topic: 'api-gateway' },
  'apigw.cache.ttlMin': { title: 'API cache TTL, minimum (0 turns caching off)', value: 0, unit: 's', kind: 'hard', source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html', topic: 'api-gateway' },
  'apigw.cache.ttlMax': { title: 'API cache TTL, maximum', value: 3600, unit: 's', kind: 'hard', source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html', topic: 'api-gateway' },
  'apigw.cache.responseMB': { title: 'Largest cached response', value: 1, unit: 'MB', kind: 'hard', source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html', topic: 'api-gateway' },
  'lambda.runtime.deprecationNotice': { title: 'Announce a runtime deprecation this long ahead (project choice)', value: 6, unit: 'months', kind: 'recommended', source: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html', topic: 'lambda-runtimes' },
  'lambda.snapStart.maxEphemeralStorage': { title: 'Largest /tmp SnapStart works with', value: 512, unit: 'MB', kind: 'hard', source: 'https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html', topic: 'lambda-snapstart' },
  'sqs.visibilityTimeout.default': { title: 'SQS default visibility timeout', value: 30, unit: 's', kind: 'default', source: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html', topic: 'sqs-lambda' },
  'sqs.visibilityTimeout.recommendedFactor': { title: 'Recommended visibility timeout, as a multiple of the function timeout', value: 6, unit: 'count', kind: 'recommended', source: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html', topic: 'sqs-lambda' },
  'stepfunctions.express.maxDuration': { title: 'Express workflow maximum duration', value: 300, unit: 's', kind: 'hard', source: SFN_URL, topic: 'step-functions' },
  'stepfunctions.standard.maxDurationDays': { title: 'Standard workflow maximum duration', value: 365, unit: 'days', kind: 'hard', source: SFN_URL, topic: 'step-functions' },
  'stepfunctions.payloadKB': { title: 'State input/output size', value: 256, unit: 'KB', kind: 'hard', source: SFN_URL, topic: 'step-functions' },
  'stepfunctions.historyEvents': { title: 'Execution history events (Standard)', value: 25000, unit: 'count', kind: 'hard', source: SFN_URL, topic: 'step-functions' },
  'dynamodb.itemKB': { title: 'DynamoDB item size', value: 400, unit: 'KB', kind: 'hard', source: DDB_URL, topic: 'dynamodb-basics' },
  'dynamodb.partitionKeyBytes': { title: 'DynamoDB partition key value', value: 2048, unit: 'bytes', kind: 'hard', source: DDB_URL, topic: 'dynamodb-basics' },
  'dynamodb.sortKeyBytes': { title: 'DynamoDB sort key value', value: 1024, unit: 'bytes', kind: 'hard', source: DDB_URL, topic: 'dynamodb-basics' },
  'dynamodb.lsi.max': { title: 'Local secondary indexes per table', value: 5, unit: 'count', kind: 'hard', source: DDB_URL, topic: 'dynamodb-basics' },
  'dynamodb.gsi.max': { title: 'Global secondary indexes per table (default quota)', value: 20, unit: 'count', kind: 'adjustable', source: DDB_URL, topic: 'dynamodb-basics' },
  'dynamodb.pitr.maxDays': { title: 'PITR recovery period', value: 35, unit: 'days', kind: 'hard', source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-table-pointintimerecoveryspecification.html', topic: 'dynamodb-backups' },
  'dynamodb.pitr.minDays': { title: 'PITR shortest recovery period', value: 1, unit: 'days', kind: 'hard', source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-table-pointintimerecoveryspecification.html', topic: 'dynamodb-backups' },
  'dynamodb.streams.retentionHours': { title: 'DynamoDB Streams retention', value: 24, unit: 'hours', kind: 'hard', source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html', topic: 'dynamodb-streams' },
  'kinesis.dynamodb.retentionDays': { title: 'Kinesis Data Streams for DynamoDB, longest retention', value: 365, unit: 'days', kind: 'hard', source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/kds.html', topic: 'dynamodb-streams' },
  // Quiz (issue 19): where configuration too large for environment variables goes, and DynamoDB capacity math.
  'ssm.parameter.standardKB': { title: 'Parameter Store value, standard parameter', value: 4, unit: 'KB', kind: 'hard', source: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html', topic: 'lambda-limits' },
  'ssm.parameter.advancedKB': { title: 'Parameter Store value, advanced parameter', value: 8, unit: 'KB', kind: 'hard', source: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html', topic: 'lambda-limits' },
  'secretsManager.secretKB': { title: 'Secrets Manager secret value', value: 64, unit: 'KB', kind: 'hard', source: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_limits.html', topic: 'lambda-limits' },
  'dynamodb.readUnitKB': { title: 'Item size one read capacity unit covers (one strongly consistent read per second)', value: 4, unit: 'KB', kind: 'hard', source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html', topic: 'dynamodb-basics' },
  'dynamodb.writeUnitKB': { title: 'Item size one write capacity unit covers (one write per second)', value: 1, unit: 'KB', kind: 'hard', source: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html', topic: 'dynamodb-basics' },
  // --- claims helper (issue 20): limits the notes and hovers talk about that the table lacked ---
  'lambda.concurrency.reservedMax': { title: 'Most concurrency one function can reserve (account concurrency minus the 100 unreserved, default quota)', value: 900, unit: 'count', kind: 'adjustable', source: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html', topic: 'lambda-concurrency' },
  'sqs.messageSize.max': { title: 'SQS message size (raised from 256 KB in August 2025)', value: 1, unit: 'MB', kind: 'hard', source: SQS_MESSAGES_URL, topic: 'sqs-lambda' },
  'sqs.retention.default': { title: 'SQS message retention, default', value: 4, unit: 'days', kind: 'default', source: SQS_MESSAGES_URL, topic: 'sqs-lambda' },
  'sqs.retention.max': { title: 'SQS message retention, maximum', value: 14, unit: 'days', kind: 'hard', source: SQS_MESSAGES_URL, topic: 'sqs-lambda' },
  'sqs.visibilityTimeout.max': { title: 'SQS visibility timeout, maximum', value: 12, unit: 'hours', kind: 'hard', source: SQS_MESSAGES_URL, topic: 'sqs-lambda' },
  'esm.sqs.batchSize.default': { title: 'SQS event source mapping batch size, default', value: 10, unit: 'count', kind: 'default', source: ESM_URL, topic: 'sqs-lambda' },
  'esm.sqs.batchSize.max': { title: 'SQS event source mapping batch size, maximum (standard queue, with a batching window above 0)', value: 10000, unit: 'count', kind: 'hard', source: ESM_URL, topic: 'sqs-lambda' },
  'esm.sqs.batchSize.fifoMax': { title: 'SQS event source mapping batch size, maximum for a FIFO queue', value: 10, unit: 'count', kind: 'hard', source: ESM_URL, topic: 'sqs-lambda' },
  'esm.stream.batchSize.default': { title: 'Stream event source mapping batch size, default (Kinesis, DynamoDB Streams)', value: 100, unit: 'count', kind: 'default', source: ESM_URL, topic: 'dynamodb-streams' },
  'esm.stream.batchSize.max': { title: 'Stream event source mapping batch size, maximum (Kinesis, DynamoDB Streams)', value: 10000, unit: 'count', kind: 'hard', source: ESM_URL, topic: 'dynamodb-streams' },
  'esm.batchingWindow.max': { title: 'Event source mapping batching window, maximum', value: 300, unit: 's', kind: 'hard', source: ESM_URL, topic: 'sqs-lambda' },
  'esm.sqs.maximumConcurrency.min': { title: 'SQS event source mapping maximum concurrency, lowest setting', value: 2, unit: 'count', kind: 'hard', source: ESM_URL, topic: 'sqs-lambda' },
  'esm.sqs.maximumConcurrency.max': { title: 'SQS event source mapping maximum concurrency, highest setting', value: 1000, unit: 'count', kind: 'hard', source: ESM_URL, topic: 'sqs-lambda' },
  'stepfunctions.standard.historyRetentionDays': { title: 'Standard workflow execution history, kept after the execution closes', value: 90, unit: 'days', kind: 'hard', source: SFN_URL, topic: 'step-functions' },
  // --- end of the claims helper's block ---
} as const satisfies Record<string, Limit>;

export type LimitId = keyof typeof LIMITS;

export function limit(id: LimitId): Limit {
  return LIMITS[id];
}

/** "1,200" — numbers as people read them. */
export function formatNumber(n: number): string {
  return NUMBER_FORMAT.format(n);
}

// One formatter for all: `toLocaleString` builds a new one per call, which showed up in profiles.
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "1200 s = 20 min" style durations. */
export function humanSeconds(seconds: number): string {
  if (seconds >= 3600 && seconds % 60 === 0) return `${formatNumber(seconds / 3600)} h`;
  if (seconds >= 60) return `${formatNumber(seconds / 60)} min`;
  return `${formatNumber(seconds)} s`;
}
