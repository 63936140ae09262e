import { formatNumber, limit } from '../limits';
import { knownOptions } from '../model';
import type { Rule } from './rule';
import { quote } from '../text/quote';

const encoder = new TextEncoder();

export const cloudfrontFunctionSize: Rule = {
  meta: {
    id: 'cloudfront-function-size',
    title: 'CloudFront Functions code within 10 KB',
    description: 'The code of a CloudFront Function can be at most 10 KB.',
    severity: 'error',
    topic: 'cloudfront-functions',
    limits: ['cloudfrontFunction.codeKB'],
    fixable: false,
  },
  check(context) {
    const maxKB = limit('cloudfrontFunction.codeKB').value;
    const maxBytes = maxKB * 1024;
    for (const fn of context.model.cloudFrontFunctions) {
      for (const code of knownOptions(fn.code)) {
        const bytes = encoder.encode(code.value).length;
        if (bytes <= maxBytes) continue;
        context.report({
          at: code,
          entity: fn,
          message: `CloudFront Function ${quote(fn.id)} has ${formatNumber(bytes)} bytes of code (${formatNumber(bytes / 1024)} KB); the maximum is ${maxKB} KB (${formatNumber(maxBytes)} bytes).`,
        });
      }
    }
  },
};
