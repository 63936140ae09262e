import { formatNumber, limit } from '../limits';
import { knownOptions, type LambdaFunction } from '../model';
import { describeAssociation } from './edge-events';
import { replaceFix } from './fixes';
import type { Report, Rule } from './rule';
import { quote } from '../text/quote';

export const edgeFunctionRestrictions: Rule = {
  meta: {
    id: 'edge-function-restrictions',
    title: 'Lambda@Edge functions without unsupported features',
    description:
      'A function associated with CloudFront can\'t have environment variables, a VPC, layers, arm64, provisioned concurrency, a container image, or /tmp above 512 MB.',
    severity: 'error',
    topic: 'lambda-edge',
    limits: ['edge.ephemeralStorage.max'],
    fixable: true,
  },
  check(context) {
    for (const fn of context.model.functions) {
      if (!fn.edge) continue;
      for (const report of restrictions(fn)) context.report({ entity: fn, ...report });
    }
  },
};

function restrictions(fn: LambdaFunction): Array<Omit<Report, 'entity'>> {
  const found: Array<Omit<Report, 'entity'>> = [];
  const edge = `Lambda@Edge function ${quote(fn.id)} (${describeAssociation(fn)})`;
  if (fn.environment && (fn.environment.variables.length > 0 || fn.environment.partial)) {
    found.push({ at: { span: fn.environment.span, derived: fn.environment.derived }, mark: 'key', message: `${edge} can't have environment variables: CloudFront rejects the association.` });
  }
  if (fn.vpc && knownOptions(fn.vpc.subnetCount).some((s) => s.value > 0)) {
    found.push({ at: { span: fn.vpc.span, derived: fn.vpc.derived }, mark: 'key', message: `${edge} can't run in a VPC.` });
  }
  for (const layers of knownOptions(fn.layers)) {
    if (layers.value > 0) found.push({ at: layers, mark: 'key', message: `${edge} can't use layers (${layers.value} configured).` });
  }
  for (const architectures of knownOptions(fn.architectures)) {
    if (architectures.value.includes('arm64')) found.push({ at: architectures, mark: 'key', message: `${edge} must run on x86_64: arm64 is not supported.` });
  }
  for (const provisioned of knownOptions(fn.provisionedConcurrency)) {
    if (provisioned.value > 0) found.push({ at: provisioned, message: `${edge} can't use provisioned concurrency.` });
  }
  for (const packageType of knownOptions(fn.packageType)) {
    if (packageType.value === 'Image') found.push({ at: packageType, message: `${edge} can't be a container image: use a .zip package.` });
  }
  const maxTmp = limit('edge.ephemeralStorage.max').value;
  for (const storage of knownOptions(fn.ephemeralStorage)) {
    if (storage.value > maxTmp) {
      found.push({
        at: storage,
        message: `${edge} can't have more than ${formatNumber(maxTmp)} MB of /tmp (EphemeralStorage ${formatNumber(storage.value)} MB).`,
        fix: replaceFix(storage, maxTmp, `Set EphemeralStorage to ${maxTmp} MB`),
      });
    }
  }
  return found;
}
