/** Scenarios of the API Gateway, SQS and edge rules. */
import { fmt, n, samFunction, v, type ScenarioGenerator } from './scenario';

const restSeconds = v('apigw.rest.integrationTimeout') / 1000;
const httpSeconds = v('apigw.http.integrationTimeout') / 1000;
const wsSeconds = v('apigw.websocket.integrationTimeout') / 1000;

export const API_SCENARIOS: Readonly<Record<string, ScenarioGenerator>> = {
  'apigw-lambda-timeout': () => [
    {
      case: 'rest-504',
      prompt: 'This function is behind a REST API and needs 40 seconds for one request. What does the client get?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'Timeout: 60', 'Events:', '  Get:', '    Type: Api', '    Properties: {Path: /report, Method: get}']),
      answer: `A 504 after ${restSeconds} s; the function runs on`,
      distractors: ['The full response after about 40 seconds', `A 504 after ${restSeconds} s; Lambda stops the function`, `A 503 after ${httpSeconds} s; the function runs on`],
      find: 'REST API 29 seconds gateway-timeout keeps running',
      because: `A REST API waits ${restSeconds} s by default; Lambda is not told to stop, so the function runs (and is billed) to the end.`,
    },
    {
      case: 'raise',
      prompt: 'Clients of this edge-optimized REST API must wait up to 45 seconds for a report. Which change makes that possible?',
      snippet: ['Resources:', '  Api:', '    Type: AWS::Serverless::Api', '    Properties:', '      StageName: prod', '      EndpointConfiguration: EDGE'].join('\n'),
      answer: 'A Regional endpoint and a timeout quota increase',
      distractors: ['`TimeoutInMillis: 45000` on the edge-optimized API', 'A function `Timeout` of 60 seconds behind the same API', 'Moving the route to an HTTP API with the same Lambda'],
      find: 'Regional and private REST APIs quota increase Edge-optimized stay 29 seconds',
      because: `An HTTP API stops at ${httpSeconds} s; the long-running alternative is to answer at once and finish asynchronously.`,
    },
    {
      case: 'websocket',
      prompt: 'A WebSocket API route invokes this function. How long does API Gateway wait for it?',
      snippet: samFunction(['Runtime: nodejs22.x', 'Handler: index.handler', 'Timeout: 120']),
      answer: `${wsSeconds} seconds`,
      distractors: ['120 seconds', `${httpSeconds} seconds`, `${n('lambda.timeout.max')} seconds`],
      find: 'WebSocket API 29 seconds hard limit',
      because: `The function’s own 120 s timeout does not matter: WebSocket integrations stop at ${wsSeconds} s; ${httpSeconds} s is the HTTP API limit.`,
    },
  ],
  'apigw-endpoint-type': () => [
    {
      case: 'same-region',
      prompt: 'All clients of this API run in the same Region, behind the team’s own CloudFront distribution. Which endpoint type fits?',
      snippet: ['Resources:', '  Api:', '    Type: AWS::ApiGateway::RestApi', '    Properties:', '      Name: orders', '      EndpointConfiguration:', '        Types: [?]'].join('\n'),
      answer: 'REGIONAL',
      distractors: ['EDGE', 'PRIVATE'],
      find: 'REGIONAL clients in or near that Region behind your own CDN',
      because: 'EDGE would add a CloudFront hop that the team’s own distribution already provides, and PRIVATE would make the API unreachable from outside a VPC.',
    },
  ],
  'apigw-private-policy': () => [
    {
      case: 'no-policy',
      prompt: 'This private REST API has no resource policy. What happens when the team deploys it to a stage?',
      snippet: ['Resources:', '  Api:', '    Type: AWS::ApiGateway::RestApi', '    Properties:', '      Name: internal', '      EndpointConfiguration:', '        Types: [PRIVATE]'].join('\n'),
      answer: 'The deployment fails: a private API needs a resource policy',
      distractors: ['It deploys, and any VPC endpoint of the account may call it', 'It deploys, and only SigV4-signed calls get through it', 'It deploys with a public DNS name until a policy exists'],
      find: 'private API cannot be deployed without a resource policy',
    },
    {
      case: 'reach',
      prompt: 'How do clients reach this API?',
      snippet: ['Resources:', '  Api:', '    Type: AWS::Serverless::Api', '    Properties:', '      StageName: prod', '      EndpointConfiguration: PRIVATE', '      Auth:', '        ResourcePolicy:', '          IntendedSourceVpce: [!Ref ApiEndpoint]'].join('\n'),
      answer: 'From a VPC, through the named `execute-api` endpoint',
      distractors: ['From the internet, with SigV4-signed requests to its stage URL', 'Through a CloudFront distribution in front of it', 'From any VPC peered with a VPC of the account'],
      find: 'PRIVATE reachable only from a VPC interface VPC endpoint',
      because: 'A private API has no internet endpoint, so SigV4 signing does not help; a peered VPC still needs an interface endpoint that the resource policy allows.',
    },
  ],
  'sqs-visibility-timeout': () => [
    {
      case: 'default-queue',
      prompt: 'This function reads a queue that sets no `VisibilityTimeout`. What happens when the event source mapping is created?',
      snippet: [samFunction(['Runtime: python3.13', 'Handler: app.handler', 'Timeout: 60', 'Events:', '  Jobs:', '    Type: SQS', '    Properties: {Queue: !GetAtt Jobs.Arn}']), '  Jobs:', '    Type: AWS::SQS::Queue'].join('\n'),
      answer: 'It fails: the default visibility timeout is below 60 s',
      distractors: ['It works: Lambda raises the visibility timeout to 60 s', 'It works, but each message may be processed twice', 'It works: the default visibility timeout is 12 hours'],
      find: 'Defaults visibility timeout 30 seconds function timeout 3 seconds',
      because: `The queue keeps ${n('sqs.visibilityTimeout.default')} s, below the function’s 60 s, and Lambda checks this when the mapping is created; it never raises the visibility timeout itself.`,
    },
    {
      case: 'defaults',
      prompt: 'Neither the function nor its queue sets a timeout. Is the event source mapping valid?',
      snippet: [samFunction(['Runtime: python3.13', 'Handler: app.handler', 'Events:', '  Jobs:', '    Type: SQS', '    Properties: {Queue: !GetAtt Jobs.Arn}']), '  Jobs:', '    Type: AWS::SQS::Queue'].join('\n'),
      answer: 'Yes: both defaults leave the queue the longer timeout',
      distractors: ['No: the mapping fails when both timeouts are unset', 'No: the mapping fails below six times the function timeout', 'Only with `ReportBatchItemFailures` turned on'],
      because: `Lambda's default timeout is ${n('lambda.timeout.default')} s and the queue's default visibility timeout ${n('sqs.visibilityTimeout.default')} s; six times is a recommendation, not a check.`,
      find: 'Defaults visibility timeout 30 seconds function timeout 3 seconds',
    },
  ],
  'sqs-visibility-recommended': () => {
    const timeout = 45;
    const factor = v('sqs.visibilityTimeout.recommendedFactor');
    return [
      {
        case: 'six-times',
        prompt: `Which \`VisibilityTimeout\` does AWS recommend at least, for a queue feeding a function with \`Timeout: ${timeout}\`?`,
        snippet: [samFunction([`Timeout: ${timeout}`, 'Events:', '  Jobs:', '    Type: SQS', '    Properties: {Queue: !GetAtt Jobs.Arn}']), '  Jobs:', '    Type: AWS::SQS::Queue', '    Properties:', '      VisibilityTimeout: ?'].join('\n'),
        answer: `${fmt(timeout * factor)} seconds`,
        distractors: [`${timeout * 2} seconds`, `${n('sqs.visibilityTimeout.default')} seconds`, `${n('lambda.timeout.max')} seconds`],
        find: 'recommends at least 6 times the function timeout',
        because: `${factor} × ${timeout} s = ${fmt(timeout * factor)} s; twice the timeout is too little for throttled retries, and ${n('sqs.visibilityTimeout.default')} s is only the queue’s default.`,
      },
      {
        case: 'why',
        prompt: 'Why does AWS recommend a visibility timeout well above this function’s timeout?',
        snippet: [samFunction(['Timeout: 30', 'Events:', '  Jobs:', '    Type: SQS', '    Properties: {Queue: !GetAtt Jobs.Arn}']), '  Jobs:', '    Type: AWS::SQS::Queue', '    Properties:', '      VisibilityTimeout: 30'].join('\n'),
        answer: 'So retried batches stay hidden until Lambda is done',
        distractors: ['So the queue can hold larger messages per batch', 'So processed messages are deleted from it sooner', 'Because the mapping polls the queue only twice a minute'],
        find: 'leaves time for retries when the function is throttled',
      because: 'A visibility timeout shorter than processing plus retries lets a batch reappear while Lambda still works on it; message size and polling have nothing to do with it.',
      },
    ];
  },
  'edge-version-reference': () => [
    {
      case: 'unversioned',
      prompt: 'Which value must `LambdaFunctionARN` hold in this CloudFront cache behavior?',
      snippet: ['DefaultCacheBehavior:', '  LambdaFunctionAssociations:', '    - EventType: origin-request', '      LambdaFunctionARN: ?'].join('\n'),
      answer: 'A numbered version ARN, such as `!Ref EdgeFnVersion`',
      distractors: ['The function’s own ARN, such as `!GetAtt EdgeFn.Arn`', 'The function ARN with `:$LATEST` appended to it', 'An alias ARN, such as the `live` alias of the function'],
      find: 'associate a numbered version never $LATEST or an alias',
    },
    {
      case: 'region',
      prompt: 'In which Region must the function behind this association be created?',
      snippet: ['DefaultCacheBehavior:', '  LambdaFunctionAssociations:', '    - EventType: viewer-request', '      LambdaFunctionARN: !Ref EdgeFnVersion3'].join('\n'),
      answer: 'us-east-1',
      distractors: ['eu-west-1', 'The Region of the origin', 'The Region of the distribution’s logs'],
      find: 'Create the function in us-east-1',
      because: 'CloudFront replicates the function from us-east-1 to its edge locations; the origin’s Region plays no part.',
    },
  ],
  'edge-function-restrictions': () => [
    {
      case: 'tmp',
      prompt: 'What is the largest `/tmp` a Lambda@Edge function may have?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'EphemeralStorage:', '  Size: ?']),
      answer: `${n('edge.ephemeralStorage.max')} MB`,
      distractors: ['1,024 MB', '2,048 MB', `${n('lambda.ephemeralStorage.max')} MB`],
      find: 'ephemeral storage above 512 MB',
      because: `Lambda@Edge does not support ephemeral storage above ${n('edge.ephemeralStorage.max')} MB, although ordinary functions may have up to ${n('lambda.ephemeralStorage.max')} MB.`,
    },
  ],
  'edge-runtime': () => [
    {
      case: 'python',
      prompt: 'Which runtime can this Lambda@Edge function use?',
      snippet: samFunction(['Runtime: ?', 'Handler: app.handler', 'AutoPublishAlias: live']),
      answer: '`python3.13`',
      distractors: ['`java21`', '`dotnet8`', '`provided.al2023`'],
      find: 'Runtimes Node.js Python versions only',
      because: 'Java, .NET and OS-only runtimes such as `provided.al2023` run in Lambda but not on Lambda@Edge.',
    },
  ],
  'edge-quotas': () => [
    {
      case: 'viewer-timeout',
      prompt: 'This function runs on viewer-request events. Is the timeout allowed?',
      snippet: samFunction(['Runtime: nodejs22.x', 'Handler: index.handler', 'Timeout: 10']),
      answer: `No: viewer events allow at most ${n('edge.viewer.timeout')} seconds`,
      distractors: [`Yes: Lambda@Edge allows up to ${n('edge.origin.timeout')} seconds`, `Yes: any Lambda timeout up to ${n('lambda.timeout.max')} seconds`, 'No: viewer events allow at most 1 second'],
      find: 'Viewer events 128 MB memory 5 seconds timeout',
    },
  ],
  'cloudfront-function-size': () => [
    {
      case: 'body',
      prompt: 'This function must check a signature in the request body. Does a CloudFront Function work?',
      snippet: ['Resources:', '  Check:', '    Type: AWS::CloudFront::Function', '    Properties:', '      Name: check', '      FunctionConfig: {Runtime: cloudfront-js-2.0, Comment: check}', '      FunctionCode: |', '        function handler(event) { /* reads the body */ }'].join('\n'),
      answer: 'No: it cannot read the body; Lambda@Edge can',
      distractors: ['Yes, on viewer-request events only', 'Yes, if the whole body fits in the function’s memory', 'Only with the `cloudfront-js-2.0` runtime'],
      find: 'Anything that needs these belongs in Lambda@Edge',
    },
  ],
};
