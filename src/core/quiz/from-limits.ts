/**
 * Number questions from the limits table ("What is the most memory a Lambda function can have?"), asked
 * only when the limit's note states the number, with distractors of the same unit and scale.
 */
import { plainText } from '../kb/search-text';
import type { Topic } from '../kb/topic';
import { formatNumber, LIMITS, type Limit, type LimitId } from '../limits';
import type { QuestionDraft } from './question';
import { numericDistractors } from './distractors';
import type { Random } from './random';

/** How each limit is asked; limits without a prompt here are not asked (project choices, derived values). */
const PROMPTS: Partial<Record<LimitId, string>> = {
  'lambda.timeout.max': 'What is the longest timeout a Lambda function can have?',
  'lambda.timeout.default': 'Which timeout does a Lambda function get when `Timeout` is not set?',
  'lambda.timeout.maxManagedInstances': 'How long may asynchronous invocations run on Lambda Managed Instances?',
  'lambda.memory.min': 'What is the least memory a Lambda function can have?',
  'lambda.memory.max': 'What is the most memory a Lambda function can have?',
  'lambda.memory.perVcpu': 'How much memory gives a Lambda function one full vCPU?',
  'lambda.ephemeralStorage.max': 'What is the largest `/tmp` (ephemeral storage) a Lambda function can have?',
  'lambda.environment.maxBytes': 'How large may a Lambda function’s environment variables be, all together?',
  'lambda.layers.max': 'How many layers can one Lambda function use?',
  'lambda.package.zippedMB': 'How large may a zipped deployment package be when uploaded directly?',
  'lambda.package.unzippedMB': 'How large may a function’s unzipped deployment package be, layers included?',
  'lambda.payload.syncMB': 'What is the largest request payload of a synchronous Lambda invocation?',
  'lambda.payload.asyncMB': 'What is the largest payload of an asynchronous Lambda invocation?',
  'lambda.concurrency.account': 'What is the default Lambda concurrency quota per Region?',
  'lambda.concurrency.unreserved': 'How much of the Regional concurrency always stays unreserved?',
  'edge.viewer.timeout': 'How long may a Lambda@Edge function run on a viewer event?',
  'edge.viewer.memory': 'How much memory does a Lambda@Edge function get on viewer events?',
  'edge.origin.timeout': 'How long may a Lambda@Edge function run on an origin event?',
  'cloudfrontFunction.codeKB': 'How large may the code of a CloudFront Function be?',
  'apigw.rest.integrationTimeout': 'What is the default maximum integration timeout of a REST API?',
  'apigw.http.integrationTimeout': 'What is the integration timeout of an HTTP API?',
  'sqs.visibilityTimeout.default': 'What is the default visibility timeout of an SQS queue?',
  'sqs.visibilityTimeout.recommendedFactor': 'AWS recommends a queue visibility timeout of at least how many times the function timeout?',
  'stepfunctions.express.maxDuration': 'How long can an Express workflow execution run?',
  'stepfunctions.payloadKB': 'How large may the input or output of a Step Functions state be?',
  'dynamodb.itemKB': 'What is the maximum size of one DynamoDB item?',
  'dynamodb.lsi.max': 'How many local secondary indexes can a DynamoDB table have?',
  'dynamodb.gsi.max': 'How many global secondary indexes does a DynamoDB table get by default?',
  'dynamodb.pitr.maxDays': 'What is the longest point-in-time recovery period of a DynamoDB table?',
  'dynamodb.streams.retentionHours': 'How long does DynamoDB Streams keep a change record?',
};

/** A limit's value as the notes write it (4,096 bytes -> 4 KB; 29,000 ms -> 29 seconds). */
export function displayValue(value: number, unit: Limit['unit']): { number: number; text: string } {
  if (unit === 'bytes' && value % 1024 === 0) return { number: value / 1024, text: `${formatNumber(value / 1024)} KB` };
  if (unit === 'ms' && value % 1000 === 0) return { number: value / 1000, text: `${formatNumber(value / 1000)} seconds` };
  if (unit === 's') return { number: value, text: `${formatNumber(value)} ${value === 1 ? 'second' : 'seconds'}` };
  if (unit === 'count') return { number: value, text: formatNumber(value) };
  return { number: value, text: `${formatNumber(value)} ${unit}` };
}

function displayUnit(unit: Limit['unit'], value: number): Limit['unit'] {
  if (unit === 'bytes' && value % 1024 === 0) return 'KB';
  if (unit === 'ms' && value % 1000 === 0) return 's';
  return unit;
}

/** Whether a text states a number (as "10,240" or "10240"), not as part of a longer number. */
export function statesNumber(text: string, n: number): boolean {
  for (const written of new Set([formatNumber(n), String(n)])) {
    let at = text.indexOf(written);
    while (at >= 0) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + written.length] ?? ' ';
      if (!/[\d.,]/.test(before) && !/\d/.test(after) && !(after === ',' && /\d/.test(text[at + written.length + 1] ?? ''))) return true;
      at = text.indexOf(written, at + 1);
    }
  }
  return false;
}

/** Number questions for the limits explained by this topic. */
export function limitQuestions(topic: Topic, random: Random): QuestionDraft[] {
  const text = plainText(topic.body);
  const drafts: QuestionDraft[] = [];
  for (const [id, limit] of Object.entries(LIMITS) as Array<[LimitId, Limit]>) {
    const prompt = PROMPTS[id];
    if (!prompt || limit.topic !== topic.id) continue;
    const shown = displayValue(limit.value, limit.unit);
    if (!statesNumber(text, shown.number)) continue;
    const unit = displayUnit(limit.unit, limit.value);
    const others = numericDistractors(shown.number, 3, random);
    if (others.length < 2) continue;
    drafts.push({
      kind: 'limit',
      prompt,
      answer: shown.text,
      distractors: others.map((n) => displayValue(n, unit).text),
      explanation: `${limit.title}: ${shown.text} (${limit.kind === 'adjustable' ? 'a default quota AWS can raise' : `${limit.kind} limit`}). Source: ${limit.source}`,
    });
  }
  return drafts;
}
