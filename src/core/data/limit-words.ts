/**
 * The words people use for each limit in the limits table, so a sentence in a user's note that names a
 * limit and states another number can be recognised as an outdated claim. Keyed by every `LimitId`: a new
 * limit does not compile until someone says how notes name it (or why notes don't claim it).
 * Phrases are matched on normalised words (lower case, light plural folding: "layers" = "layer").
 */
import type { LimitId } from '../limits';

export interface LimitWords {
  /** Limits with the same subject are judged together ("Lambda timeout": min, default, max). */
  readonly subject: string;
  /** What is limited, as notes name it ("timeout", "run", "/tmp", "ephemeral storage"). */
  readonly names: readonly string[];
  /** The service: one must appear in the sentence or, failing that, in its headings. */
  readonly service: readonly string[];
  /** Words near the number that pick this row among the subject's rows ("viewer", "origin", "async"). */
  readonly qualifier?: readonly string[];
  /** Words in the sentence that mean another limit is meant. */
  readonly not?: readonly string[];
  /** Words in the headings that mean the section is about another service ("Lambda" under a Lambda@Edge heading). */
  readonly headingNot?: readonly string[];
  /** Which end of the range the row is; "up to"/"max" pick max rows, "default" default rows. */
  readonly role: 'max' | 'min' | 'default';
  /**
   * When no qualifier is named and every row of the subject has one: `any` accepts any row's value (a note
   * saying "the package is 50 MB" means the zipped one), `largest` only the largest ("Lambda@Edge stops at
   * 5 s" leaves out origin events' 30 s).
   */
  readonly unqualified?: 'any' | 'largest';
  /** A time or count said without a name still means this subject ("Lambda: up to 15 minutes"). */
  readonly implicit?: boolean;
  /** A count limit that notes write as a multiple ("6x the function timeout"). */
  readonly factor?: boolean;
  /** Why notes don't claim this limit (then `names` is empty). */
  readonly notAClaim?: string;
}

const LAMBDA = ['lambda', 'lambda function', 'function', 'aws lambda'];
/** Other services whose limits share Lambda's words. */
const NOT_LAMBDA = ['edge', 'lambda@edge', 'cloudfront', 'origin event', 'viewer event', 'origin request', 'origin response', 'viewer request', 'viewer response', 'origin trigger', 'viewer trigger', 'api gateway', 'rest api', 'http api', 'websocket', 'step function', 'express', 'workflow', 'state machine', 'sqs', 'queue', 'visibility', 'framework', 'serverless.yml', 'sls', 'cold start', 'init', 'initialization', 'billing', 'billed', 'dynamodb', 'kinesis', 'glue', 'fargate', 'ecs', 'ec2', 'batch window', 'retention', 'sam local'];
const TIMEOUT = ['timeout', 'time out', 'timed out', 'time limit', 'run', 'running', 'runtime limit', 'execution time', 'execution duration', 'duration', 'run time', 'max duration', 'execute', 'last', 'stop', 'killed'];
const EDGE = ['lambda@edge', 'lambda at edge', 'lambda edge'];
const NOT_EDGE = ['cloudfront function', 'cff', 'cf function'];
/** Headings about these are not about Lambda itself, even where a sentence says "function". */
const NOT_LAMBDA_HEADINGS = [...EDGE, 'cloudfront function', 'step function', 'cloudfront'];
const APIGW = ['api gateway', 'apigateway', 'apigw', 'rest api', 'http api', 'websocket api', 'websocket'];
const APIGW_TIMEOUT = ['timeout', 'time out', 'timed out', 'integration timeout', 'wait', 'stop waiting', 'give up', 'gives up', 'cut off'];
const NOT_MANAGED = ['managed instance', 'capacity provider'];
const PAYLOAD = ['payload', 'event body', 'body', 'invocation payload', 'event size', 'event payload', 'request size', 'response size', 'invoke', 'invocation', 'request', 'response', 'event', 'carry', 'send'];
/** A function's timeout stated beside the queue's ("… 30 seconds and a function's timeout is 3 seconds"). */
const SQS_NOT_VISIBILITY = ['function timeout', 'function', 'lambda timeout'];
const SFN = ['step function', 'state machine', 'sfn', 'workflow', 'express', 'standard workflow'];
const DDB = ['dynamodb', 'table', 'dynamo'];
const TMP = ['/tmp', 'ephemeral storage', 'ephemeral', 'temp storage', 'tmp storage', 'scratch space', 'disk', 'local storage', 'temporary storage', 'disk space'];

export const LIMIT_WORDS = {
  'lambda.timeout.min': { subject: 'lambda-timeout', names: TIMEOUT, service: LAMBDA, headingNot: NOT_LAMBDA_HEADINGS, not: [...NOT_LAMBDA, ...NOT_MANAGED], role: 'min', implicit: true },
  'lambda.timeout.max': { subject: 'lambda-timeout', names: TIMEOUT, service: LAMBDA, headingNot: NOT_LAMBDA_HEADINGS, not: [...NOT_LAMBDA, ...NOT_MANAGED], role: 'max', implicit: true },
  'lambda.timeout.default': { subject: 'lambda-timeout', names: TIMEOUT, service: LAMBDA, headingNot: NOT_LAMBDA_HEADINGS, not: [...NOT_LAMBDA, ...NOT_MANAGED], role: 'default', implicit: true },
  'lambda.timeout.maxManagedInstances': { subject: 'lambda-timeout', names: TIMEOUT, service: LAMBDA, headingNot: NOT_LAMBDA_HEADINGS, qualifier: NOT_MANAGED, not: NOT_LAMBDA, role: 'max' },
  'lambda.memory.min': { subject: 'lambda-memory', names: ['memory', 'ram', 'memory size', 'memorysize'], service: LAMBDA, headingNot: NOT_LAMBDA_HEADINGS, not: [...NOT_LAMBDA, ...NOT_MANAGED, 'vcpu', 'cpu'], role: 'min' },
  'lambda.memory.max': { subject: 'lambda-memory', names: ['memory', 'ram', 'memory size', 'memorysize'], service: LAMBDA, headingNot: NOT_LAMBDA_HEADINGS, not: [...NOT_LAMBDA, ...NOT_MANAGED, 'vcpu', 'cpu'], role: 'max' },
  'lambda.memory.maxManagedInstances': { subject: 'lambda-memory', names: ['memory', 'ram', 'memory size', 'memorysize'], service: LAMBDA, headingNot: NOT_LAMBDA_HEADINGS, qualifier: NOT_MANAGED, not: [...NOT_LAMBDA, 'vcpu', 'cpu'], role: 'max' },
  'lambda.memory.stepMB': { subject: 'lambda-memory-step', names: [], service: [], role: 'min', notAClaim: 'the granularity of MemorySize: a sentence naming it would be read as the minimum memory' },
  'lambda.memory.perVcpu': { subject: 'lambda-vcpu', names: ['vcpu', 'full vcpu', 'one vcpu', 'cpu core', 'full core'], service: LAMBDA, headingNot: NOT_LAMBDA_HEADINGS, not: ['edge', 'lambda@edge'], role: 'max' },
  'lambda.ephemeralStorage.min': { subject: 'lambda-tmp', names: TMP, service: [...LAMBDA, '/tmp', 'ephemeral storage'], headingNot: NOT_LAMBDA_HEADINGS, not: [...NOT_LAMBDA, 'snapstart'], role: 'min' },
  'lambda.ephemeralStorage.max': { subject: 'lambda-tmp', names: TMP, service: [...LAMBDA, '/tmp', 'ephemeral storage'], headingNot: NOT_LAMBDA_HEADINGS, not: [...NOT_LAMBDA, 'snapstart'], role: 'max' },
  'lambda.environment.maxBytes': { subject: 'lambda-env', names: ['environment variable', 'env variable', 'env var', 'env', 'environment'], service: [...LAMBDA, 'env var', 'environment variable', 'env variable'], headingNot: NOT_LAMBDA_HEADINGS, not: NOT_LAMBDA, role: 'max' },
  'lambda.layers.max': { subject: 'lambda-layers', names: ['layer'], service: [...LAMBDA, 'layer'], headingNot: NOT_LAMBDA_HEADINGS, not: ['edge', 'lambda@edge'], role: 'max' },
  'lambda.package.zippedMB': { subject: 'lambda-package', names: ['deployment package', 'package', 'zip', 'zipped', 'compressed', 'upload', 'code', 'deployment', 'artifact'], service: LAMBDA, headingNot: NOT_LAMBDA_HEADINGS, qualifier: ['zipped', 'zip', 'compressed', 'direct upload', 'upload'], not: NOT_LAMBDA, role: 'max', unqualified: 'any' },
  'lambda.package.unzippedMB': { subject: 'lambda-package', names: ['deployment package', 'package', 'unzipped', 'uncompressed', 'code', 'deployment', 'artifact', 'layer'], service: LAMBDA, headingNot: NOT_LAMBDA_HEADINGS, qualifier: ['unzipped', 'uncompressed', 'unzip', 'extracted', 'including layer', 'with layer'], not: NOT_LAMBDA, role: 'max', unqualified: 'any' },
  'lambda.package.containerImageMB': { subject: 'lambda-package', names: ['container image', 'image', 'container', 'deployment package', 'package'], service: [...LAMBDA, 'container image'], headingNot: NOT_LAMBDA_HEADINGS, qualifier: ['container image', 'image', 'container'], not: NOT_LAMBDA, role: 'max', unqualified: 'any' },
  'lambda.payload.syncMB': { subject: 'lambda-payload', names: PAYLOAD, service: [...LAMBDA, 'invocation', 'invoke', 'invoked'], headingNot: NOT_LAMBDA_HEADINGS, qualifier: ['sync', 'synchronous', 'synchronously', 'requestresponse', 'request response'], not: [...NOT_LAMBDA, 'sqs', 'sns', 'eventbridge', 'message'], role: 'max', unqualified: 'any' },
  'lambda.payload.asyncMB': { subject: 'lambda-payload', names: PAYLOAD, service: [...LAMBDA, 'invocation', 'invoke', 'invoked', 'async', 'asynchronous'], headingNot: NOT_LAMBDA_HEADINGS, qualifier: ['async', 'asynchronous', 'asynchronously', 'async invocation', 'event invocation'], not: [...NOT_LAMBDA, 'sqs', 'sns', 'eventbridge', 'message'], role: 'max', unqualified: 'any' },
  'lambda.payload.streamedResponseMB': { subject: 'lambda-payload', names: PAYLOAD, service: [...LAMBDA, 'invocation', 'invoke', 'streaming', 'streamed response', 'response streaming'], headingNot: NOT_LAMBDA_HEADINGS, qualifier: ['stream', 'streamed', 'streaming', 'response streaming'], not: [...NOT_LAMBDA.filter((w) => w !== 'retention'), 'sqs', 'sns', 'eventbridge', 'message', 'dynamodb stream', 'kinesis'], role: 'max', unqualified: 'any' },
  'lambda.concurrency.account': { subject: 'lambda-concurrency', names: ['concurrent execution', 'concurrency', 'concurrent', 'concurrency limit', 'concurrent invocation'], service: [...LAMBDA, 'concurrency', 'concurrent execution'], headingNot: NOT_LAMBDA_HEADINGS, not: ['burst', 'provisioned', 'reserved', 'minus', 'plus', 'per function', 'edge', 'api gateway', 'sqs', 'step function', 'connection'], role: 'max' },
  'lambda.concurrency.unreserved': { subject: 'lambda-unreserved', names: ['unreserved', 'unreserved concurrency'], service: [...LAMBDA, 'concurrency'], headingNot: NOT_LAMBDA_HEADINGS, role: 'min' },
  'lambda.concurrency.reservedMin': { subject: 'lambda-reserved-min', names: [], service: [], role: 'min', notAClaim: '0 is a setting (the function is switched off), not a limit notes misquote' },
  'lambda.vpc.enisPerVpc': { subject: 'lambda-enis', names: ['eni', 'network interface', 'elastic network interface', 'hyperplane eni', 'eni per vpc', 'network interface per vpc'], service: [...LAMBDA, 'vpc', 'eni'], role: 'max' },
  'edge.viewer.timeout': { subject: 'edge-timeout', names: TIMEOUT, service: EDGE, not: NOT_EDGE, headingNot: ['cloudfront function'], qualifier: ['viewer', 'viewer request', 'viewer response', 'viewer trigger', 'viewer event'], role: 'max', unqualified: 'largest', implicit: true },
  'edge.origin.timeout': { subject: 'edge-timeout', names: TIMEOUT, service: EDGE, not: NOT_EDGE, headingNot: ['cloudfront function'], qualifier: ['origin', 'origin request', 'origin response', 'origin trigger', 'origin event'], role: 'max', unqualified: 'largest', implicit: true },
  'edge.viewer.memory': { subject: 'edge-memory', names: ['memory', 'ram'], service: EDGE, headingNot: ['cloudfront function'], qualifier: ['viewer'], role: 'max', unqualified: 'any' },
  'edge.origin.memory': { subject: 'edge-memory', names: ['memory', 'ram'], service: EDGE, headingNot: ['cloudfront function'], qualifier: ['origin'], role: 'max', unqualified: 'any' },
  'edge.viewer.packageMB': { subject: 'edge-package', names: ['package', 'deployment package', 'code', 'zip', 'compressed', 'function size'], service: EDGE, headingNot: ['cloudfront function'], qualifier: ['viewer'], role: 'max', unqualified: 'any' },
  'edge.origin.packageMB': { subject: 'edge-package', names: ['package', 'deployment package', 'code', 'zip', 'compressed', 'function size'], service: EDGE, headingNot: ['cloudfront function'], qualifier: ['origin'], role: 'max', unqualified: 'any' },
  'edge.viewer.responseKB': { subject: 'edge-response', names: ['generated response', 'response', 'response size', 'response body'], service: EDGE, headingNot: ['cloudfront function'], qualifier: ['viewer'], not: ['package', 'memory'], role: 'max', unqualified: 'any' },
  'edge.origin.responseMB': { subject: 'edge-response', names: ['generated response', 'response', 'response size', 'response body'], service: EDGE, headingNot: ['cloudfront function'], qualifier: ['origin'], not: ['package', 'memory'], role: 'max', unqualified: 'any' },
  'edge.ephemeralStorage.max': { subject: 'edge-tmp', names: TMP, service: EDGE, headingNot: ['cloudfront function'], role: 'max' },
  'cloudfrontFunction.codeKB': { subject: 'cff-size', names: ['size', 'code size', 'function size', 'code', 'package', 'script'], service: ['cloudfront function', 'cff', 'cf function'], not: ['lambda@edge'], role: 'max' },
  'cloudfrontFunction.memoryMB': { subject: 'cff-memory', names: ['memory', 'ram'], service: ['cloudfront function', 'cff', 'cf function'], not: ['lambda@edge'], role: 'max' },
  'apigw.rest.integrationTimeout': { subject: 'apigw-timeout', names: APIGW_TIMEOUT, service: APIGW, qualifier: ['rest', 'rest api'], not: ['cache', 'caching', 'ttl', 'lambda can', 'lambda function can'], role: 'max', unqualified: 'any', implicit: true },
  'apigw.rest.integrationTimeout.min': { subject: 'apigw-timeout', names: APIGW_TIMEOUT, service: APIGW, qualifier: ['rest', 'rest api'], not: ['cache', 'caching', 'ttl'], role: 'min', unqualified: 'any' },
  'apigw.http.integrationTimeout': { subject: 'apigw-timeout', names: APIGW_TIMEOUT, service: APIGW, qualifier: ['http api', 'http'], not: ['cache', 'caching', 'ttl'], role: 'max', unqualified: 'any', implicit: true },
  'apigw.websocket.integrationTimeout': { subject: 'apigw-timeout', names: APIGW_TIMEOUT, service: APIGW, qualifier: ['websocket', 'websocket api'], not: ['cache', 'caching', 'ttl', 'idle', 'connection duration'], role: 'max', unqualified: 'any' },
  'apigw.payloadMB': { subject: 'apigw-payload', names: ['payload', 'request size', 'body', 'request body', 'payload size', 'message', 'frame'], service: APIGW, qualifier: ['rest', 'http api', 'rest api'], not: ['cache', 'cached', 'lambda can'], role: 'max', unqualified: 'any' },
  'apigw.websocket.messageKB': { subject: 'apigw-payload', names: ['payload', 'message', 'message size', 'frame'], service: APIGW, qualifier: ['websocket', 'websocket api', 'message'], not: ['frame', 'cache'], role: 'max', unqualified: 'any' },
  'apigw.websocket.frameKB': { subject: 'apigw-payload', names: ['frame', 'frame size'], service: APIGW, qualifier: ['frame'], role: 'max', unqualified: 'any' },
  'apigw.cache.ttlDefault': { subject: 'apigw-cache-ttl', names: ['ttl', 'cache ttl', 'time to live', 'cached for', 'caching'], service: [...APIGW, 'cache', 'caching'], not: ['dynamodb', 'cloudfront'], role: 'default' },
  'apigw.cache.ttlMin': { subject: 'apigw-cache-ttl', names: ['ttl', 'cache ttl', 'time to live', 'cached for', 'caching'], service: [...APIGW, 'cache', 'caching'], not: ['dynamodb', 'cloudfront'], role: 'min' },
  'apigw.cache.ttlMax': { subject: 'apigw-cache-ttl', names: ['ttl', 'cache ttl', 'time to live', 'cached for', 'caching'], service: [...APIGW, 'cache', 'caching'], not: ['dynamodb', 'cloudfront'], role: 'max' },
  'apigw.cache.responseMB': { subject: 'apigw-cache-size', names: ['cached response', 'cache entry', 'response'], service: [...APIGW, 'cache', 'caching'], not: ['cloudfront', 'capacity', 'gb cache', 'cache size'], role: 'max' },
  'lambda.runtime.deprecationNotice': { subject: 'runtime-notice', names: [], service: [], role: 'max', notAClaim: 'a project choice (how early the extension warns), not an AWS limit' },
  'lambda.snapStart.maxEphemeralStorage': { subject: 'snapstart-tmp', names: TMP, service: ['snapstart', 'snap start'], role: 'max' },
  'sqs.visibilityTimeout.default': { subject: 'sqs-visibility', names: ['visibility timeout', 'visibility'], service: ['sqs', 'queue', 'visibility timeout'], not: SQS_NOT_VISIBILITY, role: 'default' },
  'sqs.visibilityTimeout.recommendedFactor': { subject: 'sqs-visibility-factor', names: ['visibility timeout', 'visibility'], service: ['sqs', 'queue', 'visibility timeout'], role: 'min', factor: true },
  'stepfunctions.express.maxDuration': { subject: 'sfn-duration', names: ['duration', 'run', 'running', 'last', 'execution', 'timeout', 'max duration', 'maximum duration', 'execution time', 'long'], service: SFN, qualifier: ['express'], not: ['history', 'payload', 'lambda can', 'task token'], role: 'max', unqualified: 'any', implicit: true },
  'stepfunctions.standard.maxDurationDays': { subject: 'sfn-duration', names: ['duration', 'run', 'running', 'last', 'execution', 'timeout', 'max duration', 'maximum duration', 'execution time', 'long'], service: SFN, qualifier: ['standard'], not: ['history', 'payload', 'lambda can'], role: 'max', unqualified: 'any', implicit: true },
  'stepfunctions.payloadKB': { subject: 'sfn-payload', names: ['payload', 'input', 'output', 'state input', 'state output', 'data', 'size', 'pass'], service: SFN, not: ['history', 'duration'], role: 'max' },
  'stepfunctions.historyEvents': { subject: 'sfn-history', names: ['history event', 'event', 'execution history', 'history'], service: SFN, role: 'max' },
  'dynamodb.itemKB': { subject: 'ddb-item', names: ['item', 'item size', 'record', 'row'], service: DDB, not: ['partition key', 'sort key', 'batch', 'transaction', 'query', 'scan', 'stream'], role: 'max' },
  'dynamodb.partitionKeyBytes': { subject: 'ddb-partition-key', names: ['partition key', 'hash key'], service: [...DDB, 'partition key'], role: 'max' },
  'dynamodb.sortKeyBytes': { subject: 'ddb-sort-key', names: ['sort key', 'range key'], service: [...DDB, 'sort key'], role: 'max' },
  'dynamodb.lsi.max': { subject: 'ddb-lsi', names: ['lsi', 'local secondary index', 'local index'], service: [...DDB, 'lsi', 'local secondary index'], role: 'max' },
  'dynamodb.gsi.max': { subject: 'ddb-gsi', names: ['gsi', 'global secondary index', 'global index'], service: [...DDB, 'gsi', 'global secondary index'], role: 'max' },
  'dynamodb.pitr.maxDays': { subject: 'ddb-pitr', names: ['pitr', 'point in time recovery', 'recovery period', 'recovery window', 'restore', 'retention', 'go back', 'continuous backup'], service: ['dynamodb', 'pitr', 'point in time recovery', 'continuous backup'], not: ['on demand backup', 'stream', 'kinesis'], role: 'max' },
  'dynamodb.pitr.minDays': { subject: 'ddb-pitr', names: ['pitr', 'point in time recovery', 'recovery period', 'recovery window', 'restore', 'retention', 'go back', 'continuous backup'], service: ['dynamodb', 'pitr', 'point in time recovery', 'continuous backup'], not: ['on demand backup', 'stream', 'kinesis'], role: 'min' },
  'dynamodb.streams.retentionHours': { subject: 'ddb-streams', names: ['retention', 'retain', 'retained', 'kept', 'keep', 'stored', 'store', 'last', 'available', 'hold', 'readable', 'stay', 'record'], service: ['dynamodb stream', 'stream'], not: ['kinesis', 'pitr', 'backup', 'sqs'], role: 'max' },
  'kinesis.dynamodb.retentionDays': { subject: 'kinesis-retention', names: ['retention', 'retain', 'retained', 'kept', 'keep', 'stored', 'store', 'up to'], service: ['kinesis', 'kinesis data stream'], role: 'max' },
  // Quiz limits (issue 19): the notes state them only inside quiz explanations.
  'secretsManager.secretKB': { subject: 'secrets-manager-secret', names: [], service: [], role: 'max', notAClaim: 'asked by the quiz (where large configuration goes); the notes make no claim about Secrets Manager' },
  'dynamodb.readUnitKB': { subject: 'ddb-capacity-unit', names: [], service: [], role: 'max', notAClaim: 'a unit of capacity math used by quiz items, not a limit a note states' },
  'dynamodb.writeUnitKB': { subject: 'ddb-capacity-unit', names: [], service: [], role: 'max', notAClaim: 'a unit of capacity math used by quiz items, not a limit a note states' },
  // --- claims helper (issue 20) ---
  'lambda.concurrency.reservedMax': { subject: 'lambda-reserved-max', names: ['reserved concurrency', 'reserve', 'reserved', 'reserved unit', 'reserved concurrency unit'], service: [...LAMBDA, 'reserved concurrency'], headingNot: NOT_LAMBDA_HEADINGS, not: ['unreserved', 'provisioned', 'edge'], role: 'max' },
  'sqs.messageSize.max': { subject: 'sqs-message-size', names: ['message', 'message size', 'payload', 'message payload', 'body', 'message body'], service: ['sqs', 'queue', 'simple queue service'], not: ['lambda', 'function', 'async', 'asynchronous', 'sns', 'eventbridge', 'websocket', 'batch size', 'extended client'], role: 'max' },
  'sqs.retention.default': { subject: 'sqs-retention', names: ['retention', 'retain', 'retained', 'kept', 'keep', 'message retention'], service: ['sqs', 'queue'], not: ['dlq', 'dynamodb', 'stream', 'kinesis', 'log'], role: 'default' },
  'sqs.retention.max': { subject: 'sqs-retention', names: ['retention', 'retain', 'retained', 'kept', 'keep', 'message retention'], service: ['sqs', 'queue'], not: ['dlq', 'dynamodb', 'stream', 'kinesis', 'log'], role: 'max' },
  'sqs.visibilityTimeout.max': { subject: 'sqs-visibility', names: ['visibility timeout', 'visibility'], service: ['sqs', 'queue', 'visibility timeout'], not: SQS_NOT_VISIBILITY, role: 'max' },
  'esm.sqs.batchSize.default': { subject: 'esm-batch', names: [], service: [], role: 'default', notAClaim: 'read by the hover (what binds BatchSize); notes state batch sizes per source in ways one row cannot judge yet' },
  'esm.sqs.batchSize.max': { subject: 'esm-batch', names: [], service: [], role: 'max', notAClaim: 'read by the hover (what binds BatchSize)' },
  'esm.sqs.batchSize.fifoMax': { subject: 'esm-batch', names: [], service: [], role: 'max', notAClaim: 'read by the hover (what binds BatchSize)' },
  'esm.stream.batchSize.default': { subject: 'esm-batch', names: [], service: [], role: 'default', notAClaim: 'read by the hover (what binds BatchSize)' },
  'esm.stream.batchSize.max': { subject: 'esm-batch', names: [], service: [], role: 'max', notAClaim: 'read by the hover (what binds BatchSize)' },
  'esm.batchingWindow.max': { subject: 'esm-window', names: ['batching window', 'batch window', 'maximum batching window'], service: ['event source mapping', 'sqs', 'batching window', 'batch window', 'kinesis', 'stream'], role: 'max' },
  'esm.sqs.maximumConcurrency.min': { subject: 'esm-max-concurrency', names: [], service: [], role: 'min', notAClaim: 'read by the hover (what binds MaximumConcurrency)' },
  'esm.sqs.maximumConcurrency.max': { subject: 'esm-max-concurrency', names: [], service: [], role: 'max', notAClaim: 'read by the hover (what binds MaximumConcurrency)' },
  'stepfunctions.standard.historyRetentionDays': { subject: 'sfn-history-retention', names: ['history', 'execution history', 'kept', 'keep', 'retained', 'retain', 'retention', 'stored'], service: SFN, not: ['event', 'express', 'duration', 'payload'], role: 'max' },
  'ssm.parameter.standardKB': { subject: 'ssm-parameter', names: ['parameter', 'value', 'value size', 'parameter value', 'hold', 'store'], service: ['parameter store', 'ssm', 'systems manager', 'ssm parameter'], qualifier: ['standard'], not: ['secrets manager', 'secret'], role: 'max', unqualified: 'any' },
  'ssm.parameter.advancedKB': { subject: 'ssm-parameter', names: ['parameter', 'value', 'value size', 'parameter value', 'hold', 'store'], service: ['parameter store', 'ssm', 'systems manager', 'ssm parameter'], qualifier: ['advanced'], not: ['secrets manager', 'secret'], role: 'max', unqualified: 'any' },
} as const satisfies Record<LimitId, LimitWords>;
