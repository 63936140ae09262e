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
      answer: `A 504 after ${restSeconds} seconds, while the function keeps running`,
      distractors: ['The response after 40 seconds', `A 504 after ${restSeconds} seconds, and Lambda stops the function`, `A 503 after ${httpSeconds} seconds`],
      find: 'REST API 29 seconds gateway-timeout keeps running',
      because: `A REST API waits ${restSeconds} s by default; Lambda is not told to stop, so the function runs (and is billed) to the end.`,
    },
    {
      case: 'raise',
      prompt: 'Clients of this edge-optimized REST API must wait up to 45 seconds for a report. Which change makes that possible?',
      snippet: ['Resources:', '  Api:', '    Type: AWS::Serverless::Api', '    Properties:', '      StageName: prod', '      EndpointConfiguration: EDGE'].join('\n'),
      answer: 'A Regional endpoint plus a quota increase for the integration timeout',
      distractors: ['Setting `TimeoutInMillis: 45000` on the edge-optimized API', 'Raising the function `Timeout` to 45', 'Moving the route to an HTTP API'],
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
    },
  ],
  'apigw-endpoint-type': () => [
    {
      case: 'invalid',
      prompt: 'What happens when this API is deployed?',
      snippet: ['Resources:', '  Api:', '    Type: AWS::ApiGateway::RestApi', '    Properties:', '      Name: orders', '      EndpointConfiguration:', '        Types: [GLOBAL]'].join('\n'),
      answer: 'It fails: the endpoint type must be EDGE, REGIONAL or PRIVATE',
      distractors: ['It deploys an API that runs in every Region', 'It deploys as edge-optimized, the GLOBAL alias', 'It deploys as Regional, the default'],
      find: 'Types list takes one of EDGE REGIONAL PRIVATE other value fails the deployment',
    },
    {
      case: 'same-region',
      prompt: 'All clients of this API run in the same Region, behind the team’s own CloudFront distribution. Which endpoint type fits?',
      snippet: ['Resources:', '  Api:', '    Type: AWS::ApiGateway::RestApi', '    Properties:', '      Name: orders', '      EndpointConfiguration:', '        Types: [?]'].join('\n'),
      answer: 'REGIONAL',
      distractors: ['EDGE', 'PRIVATE'],
      find: 'REGIONAL clients in or near that Region behind your own CDN',
    },
  ],
  'apigw-private-policy': () => [
    {
      case: 'no-policy',
      prompt: 'This private REST API has no resource policy. What happens when the team deploys it to a stage?',
      snippet: ['Resources:', '  Api:', '    Type: AWS::ApiGateway::RestApi', '    Properties:', '      Name: internal', '      EndpointConfiguration:', '        Types: [PRIVATE]'].join('\n'),
      answer: 'The deployment fails: a private API cannot be deployed without a resource policy',
      distractors: ['It deploys, and any VPC in the account may call it', 'It deploys, and only SigV4-signed calls get through', 'It deploys with a public DNS name until a policy is added'],
      find: 'private API cannot be deployed without a resource policy',
    },
    {
      case: 'reach',
      prompt: 'How do clients reach this API?',
      snippet: ['Resources:', '  Api:', '    Type: AWS::Serverless::Api', '    Properties:', '      StageName: prod', '      EndpointConfiguration: PRIVATE', '      Auth:', '        ResourcePolicy:', '          IntendedSourceVpce: [!Ref ApiEndpoint]'].join('\n'),
      answer: 'From a VPC, through the interface VPC endpoint for `execute-api` that the policy names',
      distractors: ['From the internet, with IAM signatures', 'Through a CloudFront distribution only', 'From any VPC peered with the API’s Region'],
      find: 'PRIVATE reachable only from a VPC interface VPC endpoint',
    },
  ],
  'sqs-visibility-timeout': () => [
    {
      case: 'default-queue',
      prompt: 'This function reads a queue that sets no `VisibilityTimeout`. What happens when the event source mapping is created?',
      snippet: [samFunction(['Runtime: python3.13', 'Handler: app.handler', 'Timeout: 60', 'Events:', '  Jobs:', '    Type: SQS', '    Properties: {Queue: !GetAtt Jobs.Arn}']), '  Jobs:', '    Type: AWS::SQS::Queue'].join('\n'),
      answer: 'It fails: the queue keeps its default visibility timeout, which is shorter than the function timeout',
      distractors: ['It works: Lambda raises the visibility timeout to 60 seconds', 'It works, but messages may be processed twice', 'It works: the default visibility timeout is 12 hours'],
      find: 'Defaults visibility timeout 30 seconds function timeout 3 seconds',
    },
    {
      case: 'defaults',
      prompt: 'Neither the function nor its queue sets a timeout. Is the event source mapping valid?',
      snippet: [samFunction(['Runtime: python3.13', 'Handler: app.handler', 'Events:', '  Jobs:', '    Type: SQS', '    Properties: {Queue: !GetAtt Jobs.Arn}']), '  Jobs:', '    Type: AWS::SQS::Queue'].join('\n'),
      answer: `Yes: ${n('lambda.timeout.default')} seconds of function timeout is below the queue’s ${n('sqs.visibilityTimeout.default')} seconds`,
      distractors: ['No: both timeouts must be set explicitly', 'No: the visibility timeout must be 6 times the function timeout', 'Only with `ReportBatchItemFailures`'],
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
        because: `${factor} × ${timeout} s = ${fmt(timeout * factor)} s.`,
      },
      {
        case: 'why',
        prompt: 'Why does AWS recommend a visibility timeout well above this function’s timeout?',
        snippet: [samFunction(['Timeout: 30', 'Events:', '  Jobs:', '    Type: SQS', '    Properties: {Queue: !GetAtt Jobs.Arn}']), '  Jobs:', '    Type: AWS::SQS::Queue', '    Properties:', '      VisibilityTimeout: 30'].join('\n'),
        answer: 'So throttled or retried batches do not become visible again before Lambda is done with them',
        distractors: ['So the queue can hold larger messages', 'So messages are deleted sooner', 'Because the event source mapping polls only every 30 seconds'],
        find: 'leaves time for retries when the function is throttled',
      },
    ];
  },
  'edge-version-reference': () => [
    {
      case: 'unversioned',
      prompt: 'Which value must `LambdaFunctionARN` hold in this CloudFront cache behavior?',
      snippet: ['DefaultCacheBehavior:', '  LambdaFunctionAssociations:', '    - EventType: origin-request', '      LambdaFunctionARN: ?'].join('\n'),
      answer: 'The ARN of a numbered version, such as `!Ref EdgeFnVersion`',
      distractors: ['`!GetAtt EdgeFn.Arn`, the function’s own ARN', 'The ARN with `:$LATEST`', 'The ARN of an alias such as `live`'],
      find: 'associate a numbered version never $LATEST or an alias',
    },
    {
      case: 'region',
      prompt: 'In which Region must the function behind this association be created?',
      snippet: ['DefaultCacheBehavior:', '  LambdaFunctionAssociations:', '    - EventType: viewer-request', '      LambdaFunctionARN: !Ref EdgeFnVersion3'].join('\n'),
      answer: 'us-east-1',
      distractors: ['eu-west-1', 'The Region of the origin', 'Any Region'],
      find: 'Create the function in us-east-1',
    },
  ],
  'edge-function-restrictions': () => [
    {
      case: 'environment',
      prompt: 'This function is associated with a CloudFront distribution. What happens?',
      snippet: samFunction(['Runtime: nodejs22.x', 'Handler: index.handler', 'Environment:', '  Variables:', '    TABLE: orders']),
      answer: 'The association fails: Lambda@Edge functions cannot have environment variables',
      distractors: ['CloudFront copies the variables to each edge location', 'The variables are readable only on origin events', 'It works if the function is created in us-east-1'],
      find: 'environment variables',
    },
    {
      case: 'tmp',
      prompt: 'A Lambda@Edge function needs more scratch space. Which `/tmp` size is allowed?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'EphemeralStorage:', '  Size: ?']),
      answer: `${n('edge.ephemeralStorage.max')} MB`,
      distractors: ['1,024 MB', '2,048 MB', `${n('lambda.ephemeralStorage.max')} MB`],
      find: 'ephemeral storage above 512 MB',
    },
  ],
  'edge-runtime': () => [
    {
      case: 'ruby',
      prompt: 'This function is meant for a CloudFront viewer-request event. What happens?',
      snippet: samFunction(['Runtime: ruby3.3', 'Handler: app.handler']),
      answer: 'The association fails: Lambda@Edge runs only Node.js and Python',
      distractors: ['It works on viewer events only', 'It works once the function is in us-east-1', 'CloudFront converts it to a CloudFront Function'],
      find: 'Runtimes Node.js Python versions only',
    },
    {
      case: 'python',
      prompt: 'Which runtime can this Lambda@Edge function use?',
      snippet: samFunction(['Runtime: ?', 'Handler: app.handler', 'AutoPublishAlias: live']),
      answer: '`python3.13`',
      distractors: ['`java21`', '`dotnet8`', '`provided.al2023`'],
      find: 'Runtimes Node.js Python versions only',
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
    {
      case: 'origin-memory',
      prompt: 'This function runs on origin-request events. Is the memory setting allowed?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'MemorySize: 1024', `Timeout: ${n('edge.origin.timeout')}`]),
      answer: 'Yes: origin events allow the normal Lambda memory range',
      distractors: [`No: Lambda@Edge functions get ${n('edge.viewer.memory')} MB`, 'No: origin events allow at most 512 MB', 'Only with provisioned concurrency'],
      find: 'Origin events the normal Lambda memory range',
    },
    {
      case: 'viewer-memory',
      prompt: 'This function runs on viewer-response events. What happens?',
      snippet: samFunction(['Runtime: nodejs22.x', 'Handler: index.handler', 'MemorySize: 256', 'Timeout: 5']),
      answer: `The association fails: viewer events allow ${n('edge.viewer.memory')} MB`,
      distractors: ['It works: 256 MB is within the Lambda range', 'CloudFront lowers the memory to fit', 'It works on viewer responses, not on viewer requests'],
      find: 'Viewer events 128 MB memory',
    },
  ],
  'cloudfront-function-size': () => [
    {
      case: 'too-big',
      prompt: 'The code of this CloudFront Function is 14 KB. What happens?',
      snippet: ['Resources:', '  Rewrite:', '    Type: AWS::CloudFront::Function', '    Properties:', '      Name: rewrite', '      AutoPublish: true', '      FunctionConfig: {Runtime: cloudfront-js-2.0, Comment: rewrite}', '      FunctionCode: |', '        function handler(event) { /* … 14 KB … */ }'].join('\n'),
      answer: `It is rejected: function code is limited to ${n('cloudfrontFunction.codeKB')} KB`,
      distractors: ['It deploys; CloudFront compresses the code', 'It deploys but only runs on origin events', 'It deploys as Lambda@Edge instead'],
      find: 'Quotas at most 10 KB of function code',
    },
    {
      case: 'body',
      prompt: 'This function must check a signature in the request body. Does a CloudFront Function work?',
      snippet: ['Resources:', '  Check:', '    Type: AWS::CloudFront::Function', '    Properties:', '      Name: check', '      FunctionConfig: {Runtime: cloudfront-js-2.0, Comment: check}', '      FunctionCode: |', '        function handler(event) { /* reads the body */ }'].join('\n'),
      answer: 'No: CloudFront Functions cannot read the body; use Lambda@Edge',
      distractors: ['Yes, on viewer-request events', 'Yes, within the 2 MB memory', 'Only with cloudfront-js-2.0'],
      find: 'Anything that needs these belongs in Lambda@Edge',
    },
  ],
};
