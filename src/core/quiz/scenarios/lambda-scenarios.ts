/** Scenarios of the Lambda function rules: timeout, memory, /tmp, environment, layers, concurrency. */
import { fmt, n, samFunction, v, type ScenarioGenerator } from './scenario';

export const LAMBDA_SCENARIOS: Readonly<Record<string, ScenarioGenerator>> = {
  'serverless-ignored-key': () => [
    {
      case: 'capitalised-timeout',
      prompt: 'This serverless.yml function is deployed. Which timeout does it get?',
      snippet: ['functions:', '  worker:', '    handler: worker.handler', '    Timeout: 60'].join('\n'),
      answer: "The Framework's default, as `Timeout` is ignored",
      distractors: ['The 60 seconds written there under `Timeout`', "Lambda's own default of 3 seconds, as the key is invalid", 'None: the deployment fails on the unknown key'],
      find: 'Timeout 1–900 seconds',
      because: 'The Framework reads `timeout`; `Timeout` is ignored, so the provider value or the Framework default of 6 s is deployed.',
    },
  ],
  'lambda-timeout': () => [
    {
      case: 'above-max',
      prompt: 'A SAM function is deployed with this timeout. What happens?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', `Timeout: ${fmt(v('lambda.timeout.max') + 300).replace(/,/g, '')}`]),
      answer: 'The deployment fails: the timeout is out of range',
      distractors: ['It deploys, and the function may run that long', `It deploys, capped at ${n('lambda.timeout.max')} seconds`, 'It deploys, but only asynchronous invocations may run that long'],
      find: 'Timeout 1–900 seconds',
      because: `${fmt(v('lambda.timeout.max') + 300)} s is above the ${n('lambda.timeout.max')} s (15 min) hard limit of a standard function.`,
    },
  ],
  'lambda-memory': () => [
    {
      case: 'above-max',
      prompt: 'What happens when this function is deployed?',
      snippet: samFunction(['Runtime: java21', 'Handler: app.Handler::handleRequest', 'MemorySize: 12288']),
      answer: 'The deployment fails: the memory is out of range',
      distractors: [`It deploys, rounded down to ${n('lambda.memory.max')} MB`, 'It deploys: memory above that is an adjustable quota', 'It deploys with 12 GB and more vCPUs'],
      because: `MemorySize is a hard range up to ${n('lambda.memory.max')} MB; Lambda never rounds a value down, and quotas that can be raised are not part of it.`,
      find: 'MemorySize from 128 MB to 10,240 MB steps',
    },
  ],
  'lambda-ephemeral-storage': () => [
    {
      case: 'below-min',
      prompt: 'A team shrinks `/tmp` to save money. What happens?',
      snippet: samFunction(['Runtime: nodejs22.x', 'Handler: index.handler', 'EphemeralStorage:', '  Size: 256']),
      answer: 'The deployment fails: the size is out of range',
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
        case: 'too-big',
        prompt: 'A function needs 20 KB of configuration. Where should it go?',
        snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'Environment:', '  Variables:', '    CONFIG_JSON: "{…20 KB…}"']),
        answer: 'In a Secrets Manager secret, read at start-up',
        distractors: ['In one advanced Parameter Store parameter', 'In the same variable, after a Service Quotas increase', 'In the function’s tags, read at start-up'],
        find: 'Environment 4 KB in total',
        because: `The ${fmt(v('lambda.environment.maxBytes') / 1024)} KB limit is hard. A Parameter Store value holds at most ${n('ssm.parameter.standardKB')} KB (standard) or ${n('ssm.parameter.advancedKB')} KB (advanced), so 20 KB does not fit; a Secrets Manager secret holds up to ${n('secretsManager.secretKB')} KB (an S3 object works too).`,
      },
    ];
  },
  'lambda-layers': () => [
    {
      case: 'size',
      prompt: 'This function and its layers together unzip to 300 MB. What happens?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'CodeUri: src/', 'Layers: [!Ref Pandas, !Ref Scipy]']),
      answer: 'It fails: code and layers share one unzipped limit',
      distractors: ['It deploys: each layer has a limit of its own', 'It deploys when the package is uploaded through S3', 'It deploys: only the zipped size is limited'],
      because: `Code and layers together must stay within ${n('lambda.package.unzippedMB')} MB unzipped, however the package is uploaded; S3 only lifts the ${n('lambda.package.zippedMB')} MB zipped limit of a direct upload.`,
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
        answer: 'It is refused until the Regional quota is raised',
        distractors: [`It is accepted: 950 is below ${fmt(account)}`, `It is accepted, lowered to ${fmt(account - unreserved)}`, 'It is accepted, and the other functions share the remaining 50'],
        because: `${fmt(unreserved)} units always stay unreserved, so one function can reserve at most ${fmt(account - unreserved)} of the default ${fmt(account)}; Lambda never lowers a reservation for you.`,
        find: 'ReservedConcurrentExecutions account concurrency minus 100',
      },
    ];
  },
};
