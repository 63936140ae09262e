/** Scenarios of the chain rules (limits along a path) and the best-practices set. */
import { n, samFunction, type ScenarioGenerator } from './scenario';

const queue = (lines: readonly string[]) => ['  Jobs:', '    Type: AWS::SQS::Queue', ...(lines.length ? ['    Properties:', ...lines.map((l) => `      ${l}`)] : [])];

export const CHAIN_SCENARIOS: Readonly<Record<string, ScenarioGenerator>> = {
  'stepfunctions-task-timeout': () => [
    {
      case: 'task-shorter-than-function',
      prompt: 'A Task state with TimeoutSeconds: 30 invokes a function whose Timeout is 60. The function runs for 45 s. What happens?',
      snippet: ['Charge:', '  Type: Task', '  Resource: arn:aws:states:::lambda:invoke', '  Parameters:', '    FunctionName: !GetAtt ChargeFn.Arn', '  TimeoutSeconds: 30'].join('\n'),
      answer: 'The task gives up with States.Timeout; the function keeps running',
      distractors: ['The task waits the full 60 s the function is allowed to run', 'Step Functions stops the function when the task times out', 'The deployment fails: the task timeout is below the function timeout'],
      find: 'TimeoutSeconds',
      because: 'A task stops waiting at its own TimeoutSeconds; Lambda does not hear of it, so the function finishes its work unseen and a retry repeats it.',
    },
  ],
  'event-source-record-age': () => [
    {
      case: 'age-ends-retries',
      prompt: 'A DynamoDB stream event source sets MaximumRetryAttempts: 10 and MaximumRecordAgeInSeconds: 300 for a function with Timeout: 60. Which limit ends the retries of a failing batch?',
      snippet: ['Changes:', '  Type: DynamoDB', '  Properties:', '    Stream: !GetAtt Orders.StreamArn', '    StartingPosition: LATEST', '    MaximumRetryAttempts: 10', '    MaximumRecordAgeInSeconds: 300'].join('\n'),
      answer: 'The record age: 11 attempts of up to 60 s outlast 300 s',
      distractors: ['The retry count: ten retries are made before the age applies', 'The shard: a batch that keeps failing holds it until expiry', 'The function timeout: each failed attempt shortens the age'],
      find: 'stream',
      because: '(10 + 1) × 60 s = 660 s is more than 300 s, so records expire first and are discarded or sent to the on-failure destination.',
    },
  ],
  'lambda-reserved-environment': () => [
    {
      case: 'access-key',
      prompt: 'A function sets AWS_ACCESS_KEY_ID in its environment variables. What happens at deployment?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'Environment:', '  Variables:', '    AWS_ACCESS_KEY_ID: AKIAEXAMPLE']),
      answer: 'The function is not created: Lambda keeps that key for itself',
      distractors: ['It deploys, and the SDK uses that key instead of the role', 'It deploys, and Lambda overwrites the value at runtime', 'It deploys, but the value is hidden from the function code'],
      find: 'environment',
      because: 'Lambda sets the credential variables itself from the execution role; a function configuration that sets a reserved key is refused.',
    },
  ],
  'sam-transform-missing': () => [
    {
      case: 'no-transform',
      prompt: 'A template has a Globals section and AWS::Serverless::Function resources but no Transform line. What happens at deployment?',
      snippet: ["AWSTemplateFormatVersion: '2010-09-09'", 'Globals:', '  Function:', '    Timeout: 20', ...samFunction(['Runtime: python3.13', 'Handler: app.handler']).split('\n')].join('\n'),
      answer: 'The stack is not created: CloudFormation knows no SAM types alone',
      distractors: ['It deploys, and CloudFormation adds the SAM transform itself', 'It deploys the functions but ignores the Globals section', 'It deploys with each function at the default timeout'],
      find: 'SAM',
      because: 'Globals and AWS::Serverless::* types exist only through Transform: AWS::Serverless-2016-10-31.',
    },
  ],
  'bp-lambda-log-retention': () => [
    {
      case: 'no-retention',
      prompt: "A function's template sets no log retention anywhere. How long are its CloudWatch logs kept?",
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'Timeout: 10']),
      answer: 'Forever, until someone sets a retention on the log group',
      distractors: ['Thirty days, the default retention of a Lambda log group', 'Fourteen days, as SAM sets on the groups it creates', 'As long as the function exists, then they are deleted'],
      find: 'logs',
      because: 'A log group Lambda creates has no retention: storage grows with every invocation.',
    },
  ],
  'bp-lambda-tracing': () => [
    {
      case: 'no-tracing',
      prompt: 'A SAM function sets no Tracing property. Are its invocations traced with X-Ray?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'Timeout: 10']),
      answer: 'No: active tracing is off unless Tracing: Active is set',
      distractors: ['Yes: SAM turns active tracing on for every function', 'Yes, when the API in front of it has tracing enabled', 'Yes: Lambda samples one request per second by default'],
      find: 'tracing',
      because: 'Every tool leaves active tracing off by default; a chain of services is only followed when each link traces.',
    },
  ],
  'bp-lambda-explicit-settings': () => [
    {
      case: 'default-timeout',
      prompt: 'A raw AWS::Lambda::Function sets neither Timeout nor MemorySize. What does it get?',
      snippet: ['Resources:', '  Fn:', '    Type: AWS::Lambda::Function', '    Properties:', '      Runtime: python3.13', '      Handler: app.handler'].join('\n'),
      answer: "Lambda's own defaults for both, chosen by nobody on the team",
      distractors: [`${n('lambda.timeout.max')} s and ${n('lambda.memory.max')} MB, the most Lambda allows`, 'The values of the account-level Lambda settings', 'Nothing is deployed until both values are written'],
      find: 'Timeout',
      because: `Lambda gives ${n('lambda.timeout.default')} s and ${n('lambda.memory.min')} MB, rarely what the code needs; writing the values down makes the choice visible.`,
    },
  ],
  'bp-stream-on-failure': () => [
    {
      case: 'no-destination',
      prompt: 'A Kinesis event source has no on-failure destination. What happens to a record once its retries run out?',
      snippet: ['Stream:', '  Type: Kinesis', '  Properties:', '    Stream: !GetAtt Events.Arn', '    StartingPosition: LATEST', '    MaximumRetryAttempts: 2'].join('\n'),
      answer: 'It is skipped and lost, with no copy kept anywhere',
      distractors: ['It goes to the function\u2019s dead-letter queue', 'It stays in the stream and blocks the shard for good', 'Lambda retries it once more after an hour'],
      find: 'stream',
      because: 'A stream mapping sends the batch it gives up on only to an OnFailure destination; a function DLQ is for asynchronous invocations.',
    },
  ],
  'bp-sqs-redrive': () => [
    {
      case: 'no-dlq',
      prompt: 'A queue without a RedrivePolicy holds a message its consumer fails on every time. What happens to it?',
      snippet: ['Resources:', ...queue(['VisibilityTimeout: 180'])].join('\n'),
      answer: 'It is received again and again until its retention ends',
      distractors: ['Lambda moves it to a dead-letter queue after three tries', 'SQS deletes it after its first visibility timeout', 'The event source mapping stops polling the queue'],
      find: 'visibility',
      because: 'Without a redrive policy no receive count moves a message aside: each failure makes it visible again.',
    },
  ],
};
