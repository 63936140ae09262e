/** Scenarios of the runtime and SnapStart rules, from the runtime lifecycle data. */
import { RUNTIME_LIFECYCLE, type RuntimeFamily } from '../../data/runtime-lifecycle';
import { n, samFunction, type ScenarioGenerator } from './scenario';

function family(f: RuntimeFamily) {
  return RUNTIME_LIFECYCLE.filter((r) => r.family === f);
}

function newest(f: RuntimeFamily): string {
  return family(f).at(-1)!.id;
}

export const RUNTIME_SCENARIOS: Readonly<Record<string, ScenarioGenerator>> = {
  'runtime-unknown': () => [
    {
      case: 'missing-x',
      prompt: 'What happens when this function is deployed?',
      snippet: samFunction(['Runtime: nodejs22', 'Handler: index.handler']),
      answer: 'It fails: the runtime id is `nodejs22.x`',
      distractors: ['It deploys on the newest Node.js 22 release', 'It deploys: Lambda picks the closest runtime', 'It deploys as an OS-only runtime'],
      find: 'Runtime ids name the version unknown id fails the deployment',
    },
  ],
  // The migration items ("which runtime next?" against older ones) were dropped: every wrong option was older.
  'runtime-deprecated': () => [
    {
      case: 'after-date',
      prompt: 'A function runs on a runtime whose deprecation date has passed. What changes for it?',
      snippet: samFunction(['Runtime: python3.9', 'Handler: app.handler']),
      answer: 'It runs on, unpatched; creating and updating such functions is blocked later',
      distractors: ['Its invocations are refused from that date until its runtime is changed', 'Lambda moves it to the newest runtime of its family on that date', 'It keeps running and patched; only new accounts lose the runtime'],
      find: 'deprecation date stops patching blocks creating',
      because: 'Deprecation stops patching; it neither stops invocations nor moves the function to a newer runtime, which the team must do itself.',
    }],
  'runtime-deprecation-soon': () => {
    const soon = RUNTIME_LIFECYCLE.find((r) => r.id === 'nodejs22.x');
    if (!soon?.deprecated) return [];
    return [
      {
        case: 'on-the-date',
        prompt: `What happens to this function on ${soon.deprecated}, the runtime’s deprecation date?`,
        snippet: samFunction([`Runtime: ${soon.id}`, 'Handler: index.handler']),
        answer: 'AWS stops applying security patches to its runtime',
        distractors: ['Its invocations start failing that day', `Lambda moves it to \`${newest('nodejs')}\` that day`, 'Code and configuration updates to it are refused from that day'],
        find: 'deprecation date stops patching',
      because: 'Invocations keep working on the deprecation date; blocking updates comes months later, and Lambda never changes a runtime for you.',
      },
    ];
  },
  'snapstart-runtime': () => [
    {
      case: 'old-python',
      prompt: 'Can this function use SnapStart?',
      snippet: samFunction(['Runtime: python3.11', 'Handler: app.handler', 'AutoPublishAlias: live', 'SnapStart:', '  ApplyOn: PublishedVersions']),
      answer: 'No: SnapStart needs a newer Python runtime',
      distractors: ['Yes: every Python 3 runtime supports it', 'Yes, at the same price as for Java functions', 'No: SnapStart supports Java functions only'],
      find: 'Runtimes Java 11+ Python 3.12+',
    },
  ],
  'snapstart-incompatible': () => [
    {
      case: 'provisioned',
      prompt: 'What happens when this function is deployed?',
      snippet: samFunction(['Runtime: java21', 'Handler: app.Handler::handleRequest', 'AutoPublishAlias: live', 'SnapStart:', '  ApplyOn: PublishedVersions', 'ProvisionedConcurrencyConfig:', '  ProvisionedConcurrentExecutions: 5']),
      answer: 'The deployment fails: SnapStart excludes provisioned concurrency',
      distractors: ['It deploys: five environments stay warm, each restored from a snapshot', 'It deploys: provisioned concurrency is ignored while SnapStart is on', 'It deploys: SnapStart is ignored while provisioned concurrency is on'],
      find: 'provisioned concurrency',
      because: 'Neither setting is ignored: SnapStart and provisioned concurrency exclude each other, so CloudFormation rejects the function.',
    },
    {
      case: 'tmp',
      prompt: 'Which change lets this function keep SnapStart?',
      snippet: samFunction(['Runtime: java21', 'Handler: app.Handler::handleRequest', 'AutoPublishAlias: live', 'SnapStart:', '  ApplyOn: PublishedVersions', 'EphemeralStorage:', '  Size: 2048']),
      answer: `Lowering EphemeralStorage to ${n('lambda.snapStart.maxEphemeralStorage')} MB`,
      distractors: ['Raising MemorySize to 2,048 MB to match /tmp', 'Publishing the version by hand, not with AutoPublishAlias', 'Moving the /tmp files into a Lambda layer'],
      find: 'ephemeral storage above 512 MB',
      because: `SnapStart does not support ephemeral storage above ${n('lambda.snapStart.maxEphemeralStorage')} MB; memory, layers and publishing do not change that.`,
    },
  ],
  'snapstart-no-version': () => [
    {
      case: 'no-version',
      prompt: 'This function has SnapStart on and is invoked by its name. Do its cold starts get shorter?',
      snippet: samFunction(['Runtime: java21', 'Handler: app.Handler::handleRequest', 'SnapStart:', '  ApplyOn: PublishedVersions']),
      answer: 'No: nothing publishes the version SnapStart acts on',
      distractors: ['Yes: `$LATEST` is restored from a snapshot like any version', 'Yes, from the second invocation on, once its snapshot exists', 'The deployment fails: SnapStart needs provisioned concurrency'],
      find: 'published versions never $LATEST',
    },
    {
      case: 'publish',
      prompt: 'Which line makes SAM publish the version SnapStart needs?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'SnapStart:', '  ApplyOn: PublishedVersions', '# ← which property goes here?']),
      answer: '`AutoPublishAlias: live`',
      distractors: ['`VersionDescription: v1`', '`DeploymentPreference: {Type: AllAtOnce}`', '`ProvisionedConcurrencyConfig: {ProvisionedConcurrentExecutions: 1}`'],
      find: 'AutoPublishAlias publishes the version',
      because: '`VersionDescription` alone publishes nothing, and provisioned concurrency is incompatible with SnapStart; `AutoPublishAlias` publishes a version on each change.',
    },
  ],
};
