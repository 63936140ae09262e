import { knownOptions } from '../model';
import { endpointTypeOf } from './apigw-endpoint-types';
import type { Rule } from './rule';
import { quote } from '../text/quote';

/** A PRIVATE REST API without a resource policy: nobody can invoke it. */
export const apigwPrivatePolicy: Rule = {
  meta: {
    id: 'apigw-private-policy',
    title: 'Private API without a resource policy',
    description: 'A PRIVATE API can only be called through an interface VPC endpoint that its resource policy allows; API Gateway refuses to deploy one without a resource policy.',
    severity: 'warning',
    topic: 'api-gateway-endpoint-types',
    limits: [],
    fixable: false,
  },
  check(context) {
    for (const api of context.model.apis) {
      // undefined: the reader can't tell (e.g. an OpenAPI body may carry x-amazon-apigateway-policy).
      if (api.hasResourcePolicy !== false) continue;
      for (const type of knownOptions(api.endpointType)) {
        if (endpointTypeOf(type.value) !== 'PRIVATE') continue;
        context.report({
          at: type,
          message: `${quote(api.id)} is a PRIVATE API without a resource policy: API Gateway refuses to deploy it until a policy allows your VPC endpoint (Policy, or Auth.ResourcePolicy in SAM).`,
        });
      }
    }
  },
};
