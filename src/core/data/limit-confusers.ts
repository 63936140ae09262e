/**
 * Wrong numbers that people really confuse with a limit, kept beside the limits table: the value before AWS
 * changed it (`changed`: the month it changed, with a source), or a neighbouring limit of the same dimension.
 * The quiz draws its distractors from here (src/core/quiz/confusers.ts re-exports it); the claims checker's
 * generated test renders each as an outdated statement that must be flagged with today's value. Values are
 * real (a limit, an old limit, a default); none is derived by scaling the answer.
 */
import type { LimitId } from '../limits';

export interface LimitConfuser {
  readonly value: number;
  /** A unit `parseQuantity` reads: s, min, h, days, ms, bytes, KB, MB, GB, or '' for a count. */
  readonly unit: string;
  /** Why someone picks it, and why it is not the answer. */
  readonly why: string;
  /** For a previous value: the month AWS changed it (YYYY-MM). */
  readonly changed?: string;
  /** Where the value comes from, when it is not another limit of LIMITS. */
  readonly source?: string;
}

const BLOG_1MB = 'https://aws.amazon.com/blogs/compute/more-room-to-build-serverless-services-now-support-payloads-up-to-1-mb/';
const WHATS_NEW = 'https://aws.amazon.com/about-aws/whats-new';

export const LIMIT_CONFUSERS: Partial<Record<LimitId, readonly LimitConfuser[]>> = {
  'lambda.timeout.max': [
    { value: 300, unit: 's', changed: '2018-10', why: 'the maximum until October 2018 (5 minutes); also the Express workflow limit', source: `${WHATS_NEW}/2018/10/aws-lambda-supports-functions-that-can-run-up-to-15-minutes/` },
    { value: 29, unit: 's', why: 'the REST API integration timeout, not a Lambda limit' },
    { value: 30, unit: 's', why: 'the HTTP API integration timeout and the default SQS visibility timeout' },
  ],
  'lambda.timeout.default': [
    { value: 6, unit: 's', why: 'the Serverless Framework’s default; Lambda’s own is 3 s' },
    { value: 30, unit: 's', why: 'the default SQS visibility timeout' },
    { value: 900, unit: 's', why: 'the maximum, not the default' },
  ],
  'lambda.timeout.maxManagedInstances': [
    { value: 900, unit: 's', why: 'the limit of standard functions' },
    { value: 300, unit: 's', why: 'the Express workflow limit (and Lambda’s before October 2018)' },
    { value: 43200, unit: 's', why: 'the longest SQS visibility timeout (12 hours)' },
  ],
  'lambda.memory.min': [
    { value: 512, unit: 'MB', why: 'the smallest (and default) /tmp, not memory' },
    { value: 1769, unit: 'MB', why: 'the memory that buys one full vCPU' },
    { value: 1024, unit: 'MB', why: 'the Serverless Framework’s default memory' },
  ],
  'lambda.memory.max': [
    { value: 3008, unit: 'MB', changed: '2020-12', why: 'the maximum until December 2020', source: `${WHATS_NEW}/2020/12/aws-lambda-supports-10gb-memory-6-vcpu-cores-lambda-functions/` },
    { value: 1769, unit: 'MB', why: 'the memory that buys one full vCPU' },
    { value: 1024, unit: 'MB', why: 'the Serverless Framework’s default memory' },
  ],
  'lambda.memory.perVcpu': [
    { value: 1024, unit: 'MB', why: 'a round guess; the documented point is 1,769 MB' },
    { value: 3008, unit: 'MB', changed: '2020-12', why: 'the memory maximum until December 2020' },
    { value: 10240, unit: 'MB', why: 'the memory maximum, which gives up to 6 vCPUs' },
  ],
  'lambda.ephemeralStorage.max': [
    { value: 512, unit: 'MB', changed: '2022-03', why: 'the default, and the fixed size until March 2022', source: `${WHATS_NEW}/2022/03/aws-lambda-configure-ephemeral-storage/` },
    { value: 250, unit: 'MB', why: 'the unzipped deployment package limit' },
    { value: 3008, unit: 'MB', changed: '2020-12', why: 'the memory maximum until December 2020' },
  ],
  'lambda.environment.maxBytes': [
    { value: 10, unit: 'KB', why: 'the CloudFront Functions code size limit' },
    { value: 256, unit: 'KB', why: 'the Step Functions state payload (and the old asynchronous payload limit)' },
    { value: 40, unit: 'KB', why: 'the response a Lambda@Edge viewer function may generate' },
  ],
  'lambda.layers.max': [
    { value: 20, unit: '', why: 'the default number of global secondary indexes per DynamoDB table' },
    { value: 10, unit: '', why: 'a round guess; the limit is 5' },
    { value: 1, unit: '', why: 'a function can combine up to 5 layers, not just one' },
  ],
  'lambda.package.zippedMB': [
    { value: 250, unit: 'MB', why: 'the unzipped limit, layers included' },
    { value: 10, unit: 'GB', why: 'the container image limit' },
    { value: 1, unit: 'MB', why: 'the compressed package limit of a Lambda@Edge viewer function' },
  ],
  'lambda.package.unzippedMB': [
    { value: 50, unit: 'MB', why: 'the zipped limit for a direct upload' },
    { value: 10, unit: 'GB', why: 'the container image limit' },
    { value: 512, unit: 'MB', why: 'the default /tmp size' },
  ],
  'lambda.payload.syncMB': [
    { value: 1, unit: 'MB', why: 'the asynchronous payload limit' },
    { value: 10, unit: 'MB', why: 'the API Gateway payload limit' },
    { value: 256, unit: 'KB', changed: '2025-10', why: 'the asynchronous limit until October 2025' },
    { value: 200, unit: 'MB', why: 'the streamed response limit' },
  ],
  'lambda.payload.asyncMB': [
    { value: 256, unit: 'KB', changed: '2025-10', why: 'the limit until October 2025' },
    { value: 6, unit: 'MB', why: 'the synchronous payload limit' },
    { value: 200, unit: 'MB', why: 'the streamed response limit' },
  ],
  'lambda.concurrency.account': [
    { value: 100, unit: '', why: 'the part that always stays unreserved' },
    { value: 900, unit: '', why: 'the most one function can reserve under the default quota' },
    { value: 3000, unit: '', why: 'the old burst concurrency of the largest Regions, not the quota' },
  ],
  'lambda.concurrency.unreserved': [
    { value: 0, unit: '', why: 'the smallest reserved concurrency of a function' },
    { value: 900, unit: '', why: 'what one function can reserve under the default quota' },
    { value: 1000, unit: '', why: 'the whole default Regional quota' },
  ],
  'edge.viewer.timeout': [
    { value: 30, unit: 's', why: 'the origin-event limit' },
    { value: 3, unit: 's', why: 'the default Lambda timeout' },
    { value: 900, unit: 's', why: 'the limit of ordinary Lambda functions' },
  ],
  'edge.viewer.memory': [
    { value: 2, unit: 'MB', why: 'the memory of a CloudFront Function' },
    { value: 512, unit: 'MB', why: 'the /tmp limit of Lambda@Edge' },
    { value: 10240, unit: 'MB', why: 'the upper end of the range origin events allow' },
  ],
  'edge.origin.timeout': [
    { value: 5, unit: 's', why: 'the viewer-event limit' },
    { value: 900, unit: 's', why: 'the limit of ordinary Lambda functions' },
    { value: 29, unit: 's', why: 'the REST API integration timeout' },
  ],
  'cloudfrontFunction.codeKB': [
    { value: 2, unit: 'MB', why: 'the memory of a CloudFront Function, not its code size' },
    { value: 1, unit: 'MB', why: 'the package limit of a Lambda@Edge viewer function' },
    { value: 4, unit: 'KB', why: 'the Lambda environment variables limit' },
  ],
  'apigw.rest.integrationTimeout': [
    { value: 30, unit: 's', why: 'the HTTP API limit' },
    { value: 900, unit: 's', why: 'the Lambda limit; API Gateway stops waiting long before' },
    { value: 300, unit: 's', why: 'the default TTL of the REST response cache' },
  ],
  'apigw.http.integrationTimeout': [
    { value: 29, unit: 's', why: 'the REST and WebSocket API limit' },
    { value: 900, unit: 's', why: 'the Lambda limit; API Gateway stops waiting long before' },
    { value: 60, unit: 's', why: 'a round guess; the limit is 30 s, hard' },
  ],
  'sqs.visibilityTimeout.default': [
    { value: 3, unit: 's', why: 'the default Lambda function timeout' },
    { value: 900, unit: 's', why: 'the Lambda timeout maximum' },
    { value: 43200, unit: 's', why: 'the longest visibility timeout (12 hours)' },
  ],
  'sqs.visibilityTimeout.recommendedFactor': [
    { value: 1, unit: '', why: 'the hard minimum (equal to the function timeout), not the recommendation' },
    { value: 2, unit: '', why: 'a guess; AWS recommends six times' },
    { value: 10, unit: '', why: 'a guess; AWS recommends six times' },
  ],
  'stepfunctions.payloadKB': [
    { value: 1, unit: 'MB', why: 'the asynchronous Lambda payload' },
    { value: 400, unit: 'KB', why: 'the DynamoDB item size' },
    { value: 6, unit: 'MB', why: 'the synchronous Lambda payload' },
  ],
  'stepfunctions.express.maxDuration': [
    { value: 15, unit: 'min', why: 'the Lambda timeout maximum' },
    { value: 1, unit: 'years', why: 'the Standard workflow limit' },
    { value: 1, unit: 'h', why: 'a round guess; Express workflows stop at 5 minutes' },
  ],
  'dynamodb.itemKB': [
    { value: 64, unit: 'KB', why: 'the item size when DynamoDB launched (raised in October 2014)', source: `${WHATS_NEW}/2014/10/08/introducing-amazon-dynamodb-document-model-support/` },
    { value: 1, unit: 'MB', why: 'the most one Query or Scan page returns' },
    { value: 256, unit: 'KB', why: 'the Step Functions state payload' },
  ],
  'dynamodb.lsi.max': [
    { value: 20, unit: '', why: 'the default number of global secondary indexes' },
    { value: 10, unit: '', why: 'a round guess; the hard limit is 5' },
    { value: 1, unit: '', why: 'a table can have up to 5 local secondary indexes' },
  ],
  'dynamodb.gsi.max': [
    { value: 5, unit: '', why: 'the local secondary index limit (and the GSI limit until 2018)' },
    { value: 10, unit: '', why: 'a round guess; the default quota is 20' },
    { value: 100, unit: '', why: 'a guess; the default quota is 20 (adjustable)' },
  ],
  'dynamodb.pitr.maxDays': [
    { value: 1, unit: 'days', why: 'the shortest recovery period' },
    { value: 365, unit: 'days', why: 'the longest retention of Kinesis Data Streams for DynamoDB' },
    { value: 24, unit: 'h', why: 'the DynamoDB Streams retention' },
  ],
  'dynamodb.streams.retentionHours': [
    { value: 365, unit: 'days', why: 'the longest retention of Kinesis Data Streams for DynamoDB' },
    { value: 35, unit: 'days', why: 'the longest point-in-time recovery period' },
    { value: 12, unit: 'h', why: 'the longest SQS visibility timeout' },
  ],
  // Confusers of the claims helper's limits (issue 20).
  'sqs.messageSize.max': [
    { value: 256, unit: 'KB', changed: '2025-08', why: 'the SQS message limit until August 2025', source: BLOG_1MB },
    { value: 64, unit: 'KB', why: 'the size of one billed SQS request chunk, not the message limit' },
    { value: 2, unit: 'GB', why: 'what the Extended Client Library reaches through S3, not SQS itself' },
  ],
  'stepfunctions.standard.historyRetentionDays': [
    { value: 365, unit: 'days', why: 'the longest a Standard execution may run, not how long its history is kept' },
    { value: 30, unit: 'days', why: 'a round guess; the history is kept 90 days after the execution closes' },
  ],
  'ssm.parameter.standardKB': [
    { value: 8, unit: 'KB', why: 'the advanced parameter limit' },
    { value: 64, unit: 'KB', why: 'the Secrets Manager secret limit' },
  ],
  'ssm.parameter.advancedKB': [
    { value: 4, unit: 'KB', why: 'the standard parameter limit' },
    { value: 64, unit: 'KB', why: 'the Secrets Manager secret limit' },
  ],
  'lambda.concurrency.reservedMax': [
    { value: 1000, unit: '', why: 'the whole default account quota; 100 always stay unreserved' },
  ],
};
