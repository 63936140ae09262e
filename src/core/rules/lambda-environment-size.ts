import { environmentSize } from '../lambda/environment-size';
import { formatNumber, limit } from '../limits';
import type { Rule } from './rule';

export const lambdaEnvironmentSize: Rule = {
  meta: {
    id: 'lambda-environment-size',
    title: 'Lambda environment variables within 4 KB',
    description:
      'The environment variables of a function, measured as Lambda measures them (the compact JSON of the merged map, UTF-8 bytes), must not exceed 4 KB (4,096 bytes).',
    severity: 'error',
    topic: 'lambda-limits',
    limits: ['lambda.environment.maxBytes'],
    fixable: false,
  },
  check(context) {
    const max = limit('lambda.environment.maxBytes').value;
    for (const fn of context.model.functions) {
      if (!fn.environment) continue;
      const size = environmentSize(fn.environment);
      if (size.bytes <= max) continue;
      const measured = size.exact ? `${formatNumber(size.bytes)} bytes` : `at least ${formatNumber(size.bytes)} bytes`;
      context.report({
        at: { span: fn.environment.span, derived: fn.environment.derived },
        mark: 'key',
        entity: fn,
        message: `Environment variables take ${measured} (${fn.environment.variables.length} variables, measured as Lambda does: compact JSON, UTF-8), over Lambda's 4 KB limit of ${formatNumber(max)} bytes by ${formatNumber(size.bytes - max)}.`,
      });
    }
  },
};
