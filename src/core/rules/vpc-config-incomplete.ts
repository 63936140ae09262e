import { knownOptions, type Value } from '../model';
import type { Rule } from './rule';

/** 0 when absent, the count when known, undefined when the file does not tell. */
function countOf(value: Value<number> | undefined): number | undefined {
  if (value === undefined) return 0;
  const options = knownOptions(value);
  if (value.known !== true || options.length !== 1) return undefined;
  return options[0].value;
}

export const vpcConfigIncomplete: Rule = {
  meta: {
    id: 'vpc-config-incomplete',
    title: 'VpcConfig needs both subnets and security groups',
    description: 'A function attached to a VPC needs at least one subnet and at least one security group; one without the other is rejected.',
    severity: 'error',
    topic: 'lambda-vpc',
    limits: [],
    fixable: false,
  },
  check(context) {
    for (const fn of context.model.functions) {
      const vpc = fn.vpc;
      if (!vpc) continue;
      const subnets = countOf(vpc.subnetCount);
      const groups = countOf(vpc.securityGroupCount);
      if (subnets === undefined || groups === undefined) continue;
      const at = { span: vpc.span, derived: vpc.derived };
      if (subnets > 0 && groups === 0) {
        context.report({ at, mark: 'key', entity: fn, message: `VpcConfig lists ${subnets} subnet(s) but no SecurityGroupIds: Lambda needs at least one security group to attach the function to the VPC.` });
      } else if (groups > 0 && subnets === 0) {
        context.report({ at, mark: 'key', entity: fn, message: `VpcConfig lists ${groups} security group(s) but no SubnetIds: Lambda needs at least one subnet to attach the function to the VPC.` });
      }
    }
  },
};
