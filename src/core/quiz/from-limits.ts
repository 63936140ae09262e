/**
 * Number questions from the limits table ("What is the most memory a Lambda function can have?"), asked
 * only when the limit's note states the number, with distractors of the same unit and scale.
 */
import type { Topic } from '../kb/topic';
import { formatNumber, LIMITS, type Limit, type LimitId } from '../limits';
import { limitDisplay, quantityDistractors } from './distractors';
import { explainingSentence } from './explain';
import { noteFacts } from './note-facts';
import { formatQuantity, parseQuantity, statesQuantity, type Quantity } from './quantity';
import type { QuestionDraft } from './question';
import type { Random } from './random';

/** How each limit is asked; limits without a prompt here are not asked (project choices, derived values). */
const PROMPTS: Partial<Record<LimitId, string>> = {
  'lambda.timeout.max': 'What is the longest timeout a Lambda function can have (outside Lambda Managed Instances)?',
  'lambda.timeout.default': 'An `AWS::Lambda::Function` in a CloudFormation template leaves `Timeout` out. Which timeout does it get?',
  'lambda.timeout.maxManagedInstances': 'How long may asynchronous invocations run on Lambda Managed Instances?',
  'lambda.memory.min': 'What is the least memory a Lambda function can have?',
  'lambda.memory.max': 'What is the most memory a Lambda function can have (outside Lambda Managed Instances)?',
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
  // sqs.visibilityTimeout.recommendedFactor: the sqs-visibility-recommended scenarios ask it with a function's timeout.
  'stepfunctions.express.maxDuration': 'How long can an Express workflow execution run?',
  'stepfunctions.payloadKB': 'How large may the input or output of a Step Functions state be?',
  'dynamodb.itemKB': 'What is the maximum size of one DynamoDB item?',
  'dynamodb.lsi.max': 'How many local secondary indexes can a DynamoDB table have?',
  'dynamodb.gsi.max': 'How many global secondary indexes does a DynamoDB table get by default?',
  'dynamodb.pitr.maxDays': 'What is the longest point-in-time recovery period of a DynamoDB table?',
  'dynamodb.streams.retentionHours': 'How long does DynamoDB Streams keep a change record?',
};

/** The number questions of this topic's limits, asked only when its note states the value (in any unit). */
export function limitQuestions(topic: Topic, random: Random): QuestionDraft[] {
  const text = noteFacts(topic).sentences.map((s) => s.text).join('\n');
  const drafts: QuestionDraft[] = [];
  for (const [id, limit] of Object.entries(LIMITS) as Array<[LimitId, Limit]>) {
    const prompt = PROMPTS[id];
    if (!prompt || limit.topic !== topic.id) continue;
    const shown = noteSpelling(text, limitDisplay(limit).quantity);
    if (!shown) continue;
    const others = quantityDistractors(shown.quantity, 3, random, { limitId: id, stem: prompt });
    if (others.length < 2) continue;
    const why = explainingSentence(topic, shown.text, prompt);
    drafts.push({
      kind: 'limit',
      key: `limit-${id}`,
      prompt,
      answer: shown.text,
      distractors: others.map((o) => o.text),
      explanation: `${why?.text ?? `${limit.title}: ${shown.text}.`} ${others
        .filter((o) => o.why)
        .map((o) => `${o.text}: ${o.why}.`)
        .join(' ')}`.trim(),
      whyLine: why?.line,
      fact: `limit:${id}`,
    });
  }
  return drafts;
}

/** The value as the note writes it: "5 minutes" when the note says so, else the limit's own unit. */
function noteSpelling(text: string, quantity: Quantity): { text: string; quantity: Quantity } | undefined {
  if (!statesQuantity(text, quantity)) return undefined;
  const units = quantity.dimension === 'time' ? ['s', 'min', 'h', 'days'] : quantity.dimension === 'size' ? ['bytes', 'KB', 'MB', 'GB'] : [''];
  const factor: Record<string, number> = { s: 1, min: 60, h: 3600, days: 86400, bytes: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, '': 1 };
  for (const unit of units) {
    const v = quantity.base / factor[unit];
    if (!Number.isInteger(v)) continue;
    const candidate = formatQuantity(v, unit);
    const q = parseQuantity(candidate)!;
    const short = `${formatNumber(v)} ${unit}`;
    const lower = text.toLowerCase();
    if (lower.includes(candidate.toLowerCase()) || (unit && lower.includes(short.toLowerCase()))) return { text: candidate, quantity: q };
  }
  const fallback = formatQuantity(quantity.value, quantity.unit);
  return { text: fallback, quantity: parseQuantity(fallback)! };
}
