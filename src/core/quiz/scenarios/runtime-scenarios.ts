/** Scenarios of the runtime and SnapStart rules, from the runtime lifecycle data. */
import { RUNTIME_LIFECYCLE, type RuntimeFamily } from '../../data/runtime-lifecycle';
import { n, samFunction, type Scenario, type ScenarioGenerator } from './scenario';

function family(f: RuntimeFamily) {
  return RUNTIME_LIFECYCLE.filter((r) => r.family === f);
}

function newest(f: RuntimeFamily): string {
  return family(f).at(-1)!.id;
}

/**
 * "A function on <old> must move. Which Runtime?": the newest of the family against three older ones,
 * all deprecated before the one asked about (so only one option is a supported runtime).
 */
function migration(f: RuntimeFamily, from: string): Scenario | undefined {
  const list = family(f);
  const at = list.findIndex((r) => r.id === from);
  const asked = list[at];
  if (at < 3 || !asked?.deprecated) return undefined;
  const older = list.slice(0, at).filter((r) => r.deprecated && r.deprecated <= asked.deprecated!).slice(-3).map((r) => `\`${r.id}\``);
  if (older.length < 2) return undefined;
  return {
    case: `migrate-${from}`,
    prompt: `A function still runs on \`${from}\`, deprecated since ${asked.deprecated}. Which \`Runtime\` should it move to?`,
    snippet: samFunction([`Runtime: ${from}`, 'Handler: app.handler']),
    answer: `\`${newest(f)}\``,
    distractors: older,
    find: 'deprecated runtime move newest runtime same family longest support',
    because: `\`${newest(f)}\` is the newest runtime of the family; the others were deprecated before \`${from}\`.`,
  };
}

export const RUNTIME_SCENARIOS: Readonly<Record<string, ScenarioGenerator>> = {
  'runtime-unknown': () => [
    {
      case: 'missing-x',
      prompt: 'What happens when this function is deployed?',
      snippet: samFunction(['Runtime: nodejs22', 'Handler: index.handler']),
      answer: 'It fails: the runtime id is `nodejs22.x`',
      distractors: ['It deploys on the newest Node.js 22 release', 'Lambda picks the closest runtime and deploys', 'It deploys as an OS-only runtime'],
      find: 'Runtime ids name the version unknown id fails the deployment',
    },
    {
      case: 'major-only',
      prompt: 'A team writes the language major version only. What happens when this function is deployed?',
      snippet: samFunction(['Runtime: python3', 'Handler: app.handler']),
      answer: 'It fails: runtime ids name the minor version too, such as `python3.13`',
      distractors: ['It deploys on the newest Python 3 runtime', 'It deploys on the oldest Python 3 runtime still supported', 'Lambda reads the version from the handler file and deploys'],
      find: 'Runtime ids name the version unknown id fails the deployment',
    },
  ],
  'runtime-deprecated': () =>
    [migration('nodejs', 'nodejs16.x'), migration('python', 'python3.8'), migration('ruby', 'ruby2.7'), migration('dotnet', 'dotnetcore3.1'), {
      case: 'after-date',
      prompt: 'A function runs on a runtime whose deprecation date has passed. What changes for it?',
      snippet: samFunction(['Runtime: python3.9', 'Handler: app.handler']),
      answer: 'AWS stops patching the runtime; creating and later updating such functions is blocked months later',
      distractors: ['The function stops being invoked on that date', 'Lambda moves the function to the newest runtime of its family', 'Nothing: deprecation only affects new accounts'],
      find: 'deprecation date stops patching blocks creating',
    }].filter((s): s is Scenario => !!s),
  'runtime-deprecation-soon': () => {
    const soon = RUNTIME_LIFECYCLE.find((r) => r.id === 'nodejs22.x');
    if (!soon?.deprecated) return [];
    return [
      {
        case: 'on-the-date',
        prompt: `What happens to this function on ${soon.deprecated}, the runtime’s deprecation date?`,
        snippet: samFunction([`Runtime: ${soon.id}`, 'Handler: index.handler']),
        answer: 'AWS stops applying security patches to its runtime',
        distractors: ['Its invocations start failing', `Lambda moves it to \`${newest('nodejs')}\``, 'It becomes read-only: code updates are refused that day'],
        find: 'deprecation date stops patching',
      },
    ];
  },
  'snapstart-runtime': () => [
    {
      case: 'nodejs',
      prompt: 'A team turns on SnapStart for this function. What happens?',
      snippet: samFunction(['Runtime: nodejs22.x', 'Handler: index.handler', 'AutoPublishAlias: live', 'SnapStart:', '  ApplyOn: PublishedVersions']),
      answer: 'The deployment fails: SnapStart does not support Node.js',
      distractors: ['Cold starts of the published version get shorter', 'SnapStart is silently ignored', 'It works, but only for $LATEST'],
      find: 'Not supported Node.js Ruby OS-only runtimes',
    },
    {
      case: 'old-python',
      prompt: 'Can this function use SnapStart?',
      snippet: samFunction(['Runtime: python3.11', 'Handler: app.handler', 'AutoPublishAlias: live', 'SnapStart:', '  ApplyOn: PublishedVersions']),
      answer: 'No: SnapStart needs Python 3.12 or later',
      distractors: ['Yes: every Python 3 runtime supports it', 'Yes, but only at no extra charge for Java', 'No: SnapStart is Java-only'],
      find: 'Runtimes Java 11+ Python 3.12+',
    },
    {
      case: 'image',
      prompt: 'A Java function is packaged as a container image. Can it use SnapStart?',
      snippet: samFunction(['PackageType: Image', 'ImageUri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1', 'AutoPublishAlias: live', 'SnapStart:', '  ApplyOn: PublishedVersions']),
      answer: 'No: SnapStart does not support container images',
      distractors: ['Yes: Java 11+ is supported in any packaging', 'Yes, if the image is under 10 GB', 'Only with provisioned concurrency'],
      find: 'container images',
    },
  ],
  'snapstart-incompatible': () => [
    {
      case: 'provisioned',
      prompt: 'What happens when this function is deployed?',
      snippet: samFunction(['Runtime: java21', 'Handler: app.Handler::handleRequest', 'AutoPublishAlias: live', 'SnapStart:', '  ApplyOn: PublishedVersions', 'ProvisionedConcurrencyConfig:', '  ProvisionedConcurrentExecutions: 5']),
      answer: 'It fails: SnapStart cannot be combined with provisioned concurrency',
      distractors: ['Five environments stay warm, each restored from the snapshot', 'Provisioned concurrency is ignored while SnapStart is on', 'SnapStart is ignored while provisioned concurrency is on'],
      find: 'provisioned concurrency',
    },
    {
      case: 'tmp',
      prompt: 'Which change lets this function keep SnapStart?',
      snippet: samFunction(['Runtime: java21', 'Handler: app.Handler::handleRequest', 'AutoPublishAlias: live', 'SnapStart:', '  ApplyOn: PublishedVersions', 'EphemeralStorage:', '  Size: 2048']),
      answer: `Lowering EphemeralStorage to ${n('lambda.snapStart.maxEphemeralStorage')} MB`,
      distractors: ['Raising MemorySize to match /tmp', 'Publishing the version manually instead of AutoPublishAlias', 'Moving /tmp to a layer'],
      find: 'ephemeral storage above 512 MB',
    },
    {
      case: 'efs',
      prompt: 'This SnapStart function mounts an EFS file system. What happens?',
      snippet: samFunction(['Runtime: java21', 'Handler: app.Handler::handleRequest', 'AutoPublishAlias: live', 'SnapStart:', '  ApplyOn: PublishedVersions', 'FileSystemConfigs:', '  - Arn: !GetAtt AccessPoint.Arn', '    LocalMountPath: /mnt/data']),
      answer: 'It fails: SnapStart does not support Amazon EFS',
      distractors: ['The mount is restored from the snapshot', 'It works once the function is in a VPC', 'EFS is mounted read-only'],
      find: 'Amazon EFS',
    },
  ],
  'snapstart-no-version': () => [
    {
      case: 'no-version',
      prompt: 'This function has SnapStart on and is invoked by its name. Do its cold starts get shorter?',
      snippet: samFunction(['Runtime: java21', 'Handler: app.Handler::handleRequest', 'SnapStart:', '  ApplyOn: PublishedVersions']),
      answer: 'No: nothing publishes a version, and SnapStart acts only on published versions',
      distractors: ['Yes: $LATEST is restored from a snapshot', 'Yes, after the first invocation', 'The deployment fails: SnapStart needs provisioned concurrency'],
      find: 'published versions never $LATEST',
    },
    {
      case: 'publish',
      prompt: 'Which line makes SAM publish the version SnapStart needs?',
      snippet: samFunction(['Runtime: python3.13', 'Handler: app.handler', 'SnapStart:', '  ApplyOn: PublishedVersions', '# ← which property goes here?']),
      answer: '`AutoPublishAlias: live`',
      distractors: ['`VersionDescription: v1`', '`DeploymentPreference: {Type: AllAtOnce}`', '`ProvisionedConcurrencyConfig: {ProvisionedConcurrentExecutions: 1}`'],
      find: 'AutoPublishAlias publishes the version',
    },
  ],
};
