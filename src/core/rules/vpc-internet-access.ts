import { knownOptions } from '../model';
import type { Rule } from './rule';

export const vpcInternetAccess: Rule = {
  meta: {
    id: 'vpc-internet-access',
    title: 'A VPC function reaches the internet only through a NAT gateway',
    description: 'A function in a VPC has no public IP address: it reaches the internet (and public AWS endpoints) only through a NAT gateway or VPC endpoints. Quiet when the template declares a NAT gateway.',
    severity: 'information',
    topic: 'lambda-vpc',
    limits: [],
    fixable: false,
  },
  check(context) {
    if (context.model.facts.hasNatGateway) return;
    for (const fn of context.model.functions) {
      const vpc = fn.vpc;
      if (!vpc || !knownOptions(vpc.subnetCount).some((s) => s.value > 0)) continue;
      context.report({
        at: { span: vpc.span, derived: vpc.derived },
        mark: 'key',
        entity: fn,
        message: `This function runs in a VPC: it has no public IP, so it reaches the internet and public AWS endpoints only through a NAT gateway (none in this template) or VPC endpoints.`,
      });
    }
  },
};
