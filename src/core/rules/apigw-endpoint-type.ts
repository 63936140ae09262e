import { knownOptions } from '../model';
import { didYouMean } from '../text/did-you-mean';
import { ENDPOINT_TYPES, endpointTypeOf } from './apigw-endpoint-types';
import { replaceFix } from './fixes';
import type { Rule } from './rule';
import { quote } from '../text/quote';

/** An API endpoint type other than EDGE, REGIONAL or PRIVATE. */
export const apigwEndpointType: Rule = {
  meta: {
    id: 'apigw-endpoint-type',
    title: 'Unknown API Gateway endpoint type',
    description: 'An API endpoint type must be EDGE, REGIONAL or PRIVATE; suggests the closest one.',
    severity: 'error',
    topic: 'api-gateway-endpoint-types',
    limits: [],
    fixable: true,
  },
  check(context) {
    for (const api of context.model.apis) {
      for (const type of knownOptions(api.endpointType)) {
        if (endpointTypeOf(type.value)) continue;
        const suggestion = didYouMean(type.value, ENDPOINT_TYPES);
        context.report({
          at: type,
          message: `Unknown endpoint type "${quote(type.value)}": API Gateway accepts ${ENDPOINT_TYPES.join(', ')}${suggestion ? `; did you mean ${suggestion}?` : '.'}`,
          fix: suggestion ? replaceFix(type, suggestion, `Change to ${suggestion}`) : undefined,
        });
      }
    }
  },
};
