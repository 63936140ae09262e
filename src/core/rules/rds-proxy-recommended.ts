import type { Rule } from './rule';
import { quote } from '../text/quote';

export const rdsProxyRecommended: Rule = {
  meta: {
    id: 'rds-proxy-recommended',
    title: 'RDS Proxy for functions that connect to a database',
    description: 'A VPC function that reads an RDS endpoint opens a connection per concurrent instance; RDS Proxy pools them. Information when the template declares no AWS::RDS::DBProxy.',
    severity: 'information',
    topic: 'lambda-rds-proxy',
    limits: [],
    fixable: false,
  },
  check(context) {
    if ((context.model.facts.dbProxies ?? 0) > 0) return;
    for (const fn of context.model.functions) {
      if (!fn.vpc || !fn.databaseEndpoints?.length) continue;
      context.report({
        at: { span: fn.span },
        entity: fn,
        message: `Function ${quote(fn.id)} connects to database ${quote(fn.databaseEndpoints.join(', '))} directly: every concurrent instance opens its own connection. An RDS Proxy (AWS::RDS::DBProxy) pools connections so a burst of invocations doesn't exhaust the database.`,
      });
    }
  },
};
