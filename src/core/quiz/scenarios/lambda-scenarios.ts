/** Scenarios of the Lambda function rules: timeout, memory, /tmp, environment, layers, concurrency. */
import { fmt, n, samFunction, v, type ScenarioGenerator } from './scenario';

export const LAMBDA_SCENARIOS: Readonly<Record<string, ScenarioGenerator>> = {
  'serverless-ignored-key': () => [
    {
      case: 'capitalised-timeout',
      prompt: 'This serverless.yml function is deployed. Which timeout does it get?',
      snippet: ['functions:', '  worker:', '    handler: worker.handler', '    Timeout: 60'].join('\n'),
      answer: "The Framework's default: it ignores `Timeout`, because its keys are case-sensitive",
      distractors: ['The value written there, as CloudFormation reads `Timeout`', "Lambda's own default, because the key is invalid", 'None: the deployment fails on the unknown key'],
      find: 'Timeout 1–900 seconds',
      because: 'The Framework reads `timeout`; `Timeout` is ignored, so the provider value or the Framework default of 6 s is deployed.',
    },
  ],
  'lambda-timeout': () => [
    {
      case: 'above-max',
      prompt: 'A SAM function is deployed with this timeout. What happens?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', `Timeout: ${fmt(v('lambda.timeout.max') + 300).replace(/,/g, '')}`]),
      answer: `The deployment fails: a timeout above ${n('lambda.timeout.max')} seconds is rejected`,
      distractors: ['It deploys, and the function may run that long', `Lambda caps the timeout at ${n('lambda.timeout.max')} seconds and deploys`, 'It deploys, but only asynchronous invocations may run that long'],
      find: 'Timeout 1–900 seconds',
      because: `${fmt(v('lambda.timeout.max') + 300)} s is above the ${n('lambda.timeout.max')} s (15 min) hard limit of a standard function.`,
    },
    {
      case: 'managed-instances',
      prompt: 'This function runs on Lambda Managed Instances and is invoked asynchronously. Is the timeout valid?',
      snippet: samFunction(['Runtime: nodejs22.x', 'Handler: index.handler', 'CapacityProviderConfig:', '  LambdaManagedInstancesCapacityProviderConfig:', '    CapacityProviderArn: !Ref Provider', 'Timeout: 3600']),
      answer: `Yes: on Managed Instances asynchronous invocations may run up to ${n('lambda.timeout.maxManagedInstances')} seconds`,
      distractors: [`No: ${n('lambda.timeout.max')} seconds is the maximum for every function`, 'No: Managed Instances allow at most 1,800 seconds', 'Yes: a capacity provider removes the timeout limit'],
      find: 'Managed Instances asynchronous 5,400 seconds',
      because: `3,600 s is below the ${n('lambda.timeout.maxManagedInstances')} s (90 min) that Managed Instances allow.`,
    },
  ],
  'lambda-memory': () => [
    {
      case: 'above-max',
      prompt: 'What happens when this function is deployed?',
      snippet: samFunction(['Runtime: java21', 'Handler: app.Handler::handleRequest', 'MemorySize: 12288']),
      answer: `The deployment fails: MemorySize must be at most ${n('lambda.memory.max')} MB`,
      distractors: [`Lambda rounds it down to ${n('lambda.memory.max')} MB`, 'It deploys: memory is an adjustable quota', 'It deploys with 12 GB and 8 vCPUs'],
      find: 'MemorySize from 128 MB to 10,240 MB steps',
    },
    {
      case: 'below-min',
      prompt: 'A team sets the smallest memory it can think of. What happens?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'MemorySize: 64']),
      answer: `The deployment fails: MemorySize must be at least ${n('lambda.memory.min')} MB`,
      distractors: ['It deploys and is billed for 64 MB', `Lambda raises it to ${n('lambda.memory.min')} MB and deploys`, 'It deploys, but with a fraction of a vCPU'],
      find: 'MemorySize from 128 MB to 10,240 MB steps',
    },
  ],
  'lambda-ephemeral-storage': () => [
    {
      case: 'below-min',
      prompt: 'A team shrinks `/tmp` to save money. What happens?',
      snippet: samFunction(['Runtime: nodejs22.x', 'Handler: index.handler', 'EphemeralStorage:', '  Size: 256']),
      answer: `The deployment fails: /tmp must be ${n('lambda.ephemeralStorage.min')}–${n('lambda.ephemeralStorage.max')} MB`,
      distractors: ['It deploys, and /tmp costs less', `Lambda rounds it up to ${n('lambda.ephemeralStorage.min')} MB`, 'It deploys: the size only matters for container images'],
      find: 'EphemeralStorage 512–10,240 MB default',
    },
    {
      case: 'default',
      prompt: 'How much `/tmp` space does this function get?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'MemorySize: 2048']),
      answer: `${n('lambda.ephemeralStorage.min')} MB`,
      distractors: ['2,048 MB', `${n('lambda.ephemeralStorage.max')} MB`, '250 MB'],
      find: 'EphemeralStorage default 512 MB',
      because: '/tmp does not grow with MemorySize; without EphemeralStorage it is the default.',
    },
  ],
  'lambda-environment-size': () => {
    // 44 variables whose keys and values add up to 3,960 bytes; the JSON Lambda measures adds quotes,
    // colons, commas and braces: 3,960 + 44 × 5 + 43 + 2 = 4,225 bytes.
    const count = 44;
    const payload = 3960;
    const json = payload + count * 5 + (count - 1) + 2;
    return [
      {
        case: 'json-overhead',
        prompt: `A function sets ${count} environment variables whose keys and values add up to ${fmt(payload)} bytes. What happens on deployment?`,
        snippet: samFunction(['Runtime: nodejs22.x', 'Handler: index.handler', 'Environment:', '  Variables:', '    FEATURE_FLAG_01: "…70 characters…"', '    FEATURE_FLAG_02: "…70 characters…"', `    # … ${count} variables in all`]),
        answer: `It fails: the variables' compact JSON is ${fmt(json)} bytes, over the limit`,
        distractors: [`It deploys: ${fmt(payload)} bytes is under the limit`, 'It deploys: the limit applies to each variable separately', 'It deploys, and Lambda drops the variables that do not fit'],
        find: 'Environment 4 KB compact JSON',
        because: `Each variable adds two pairs of quotes and a colon, plus commas and braces: ${fmt(payload)} + ${count} × 5 + ${count - 1} + 2 = ${fmt(json)} bytes > ${fmt(v('lambda.environment.maxBytes'))} bytes.`,
      },
      {
        case: 'too-big',
        prompt: 'A function needs 20 KB of configuration. Where should it go?',
        snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'Environment:', '  Variables:', '    CONFIG_JSON: "{…20 KB…}"']),
        answer: 'In Parameter Store or Secrets Manager, read when the function starts',
        distractors: ['In the same variable, after a Service Quotas increase', 'Split across two aliases of the function', 'In the function’s tags'],
        find: 'Environment 4 KB in total',
        because: `The ${fmt(v('lambda.environment.maxBytes') / 1024)} KB limit is hard, so larger configuration lives outside the function.`,
      },
    ];
  },
  'lambda-layers': () => [
    {
      case: 'inherited',
      prompt: 'SAM Globals add three layers and the function adds three more. What happens?',
      snippet: ['Globals:', '  Function:', '    Layers: [!Ref Common, !Ref Logging, !Ref Metrics]', 'Resources:', '  Fn:', '    Type: AWS::Serverless::Function', '    Properties:', '      Layers: [!Ref Pandas, !Ref Numpy, !Ref Scipy]'].join('\n'),
      answer: `The deployment fails: the function ends up with six layers, more than ${n('lambda.layers.max')}`,
      distractors: ['It deploys: the function’s own list replaces the global one', 'It deploys: global layers do not count towards the limit', 'It deploys after a quota increase for layers'],
      find: 'Layers at most 5 per function',
      because: 'SAM adds the Globals list to the function’s own list, and every layer counts.',
    },
    {
      case: 'size',
      prompt: 'This function and its layers together unzip to 300 MB. What happens?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'CodeUri: src/', 'Layers: [!Ref Pandas, !Ref Scipy]']),
      answer: `It fails: code and layers together must stay within ${n('lambda.package.unzippedMB')} MB unzipped`,
      distractors: ['It deploys: each layer has its own limit', 'It deploys when uploaded through S3', 'It deploys: only the zipped size counts'],
      find: 'Zip package 250 MB unzipped layers included',
    },
  ],
  'lambda-reserved-concurrency': () => {
    const account = v('lambda.concurrency.account');
    const unreserved = v('lambda.concurrency.unreserved');
    const first = 600;
    return [
      {
        case: 'second-function',
        prompt: `An account has the default Regional concurrency quota. Function A reserves ${fmt(first)}. What is the most function B can reserve?`,
        snippet: samFunction([`ReservedConcurrentExecutions: ${first}`], 'FunctionA'),
        answer: fmt(account - unreserved - first),
        distractors: [fmt(account - first), fmt(account - unreserved), fmt(unreserved)],
        find: '100 units always stay unreserved',
        because: `${fmt(account)} − ${fmt(unreserved)} unreserved − ${fmt(first)} = ${fmt(account - unreserved - first)}.`,
      },
      {
        case: 'above-default',
        prompt: 'On an account with the default quota, what happens to this reservation?',
        snippet: samFunction(['Runtime: nodejs22.x', 'Handler: index.handler', 'ReservedConcurrentExecutions: 950']),
        answer: `It is refused until the Regional quota is raised: only ${fmt(account - unreserved)} can be reserved`,
        distractors: [`It is accepted: 950 is below ${fmt(account)}`, `Lambda lowers it to ${fmt(account - unreserved)}`, 'It is accepted, and other functions can no longer run at all'],
        find: 'ReservedConcurrentExecutions account concurrency minus 100',
      },
    ];
  },
};
