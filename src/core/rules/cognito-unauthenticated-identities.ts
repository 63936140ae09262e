import { knownOptions } from '../model';
import type { Rule } from './rule';
import { quote } from '../text/quote';

export const cognitoUnauthenticatedIdentities: Rule = {
  meta: {
    id: 'cognito-unauthenticated-identities',
    title: 'Identity pools that hand out guest credentials',
    description: 'An identity pool with AllowUnauthenticatedIdentities gives anyone AWS credentials with the unauthenticated role: keep that role minimal.',
    severity: 'information',
    topic: 'cognito-identity-pools',
    limits: [],
    fixable: false,
  },
  check(context) {
    for (const pool of context.model.identityPools) {
      for (const allow of knownOptions(pool.allowUnauthenticated)) {
        if (!allow.value) continue;
        context.report({
          at: allow,
          entity: pool,
          message: `Identity pool ${quote(pool.id)} allows unauthenticated (guest) identities: anyone can get temporary AWS credentials with its unauthenticated role, so give that role only what guests may do.`,
        });
      }
    }
  },
};
