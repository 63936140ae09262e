import { formatNumber, humanSeconds, limit } from '../limits';
import { maxTimeoutSeconds, runsOnManagedInstances } from '../lambda/function-limits';
import { knownOptions } from '../model';
import { replaceFix } from './fixes';
import type { Rule } from './rule';

export const lambdaTimeout: Rule = {
  meta: {
    id: 'lambda-timeout',
    title: 'Lambda timeout within 1–900 s',
    description: 'A function timeout must be 1 to 900 seconds (15 minutes); up to 5,400 s on Lambda Managed Instances.',
    severity: 'error',
    topic: 'lambda-limits',
    limits: ['lambda.timeout.min', 'lambda.timeout.max', 'lambda.timeout.maxManagedInstances'],
    fixable: true,
  },
  check(context) {
    const min = limit('lambda.timeout.min').value;
    for (const fn of context.model.functions) {
      const max = maxTimeoutSeconds(fn);
      for (const timeout of knownOptions(fn.timeout)) {
        const seconds = timeout.value;
        if (seconds > max) {
          const where = runsOnManagedInstances(fn) ? 'on Lambda Managed Instances' : '';
          context.report({
            at: timeout,
            entity: fn,
            message: `Timeout ${formatNumber(seconds)} s (${humanSeconds(seconds)}) exceeds Lambda's maximum of ${formatNumber(max)} s (${humanSeconds(max)})${where ? ' ' + where : ''}.`,
            fix: replaceFix(timeout, max, `Set Timeout to ${max}`),
          });
        } else if (seconds < min) {
          context.report({
            at: timeout,
            entity: fn,
            message: `Timeout ${formatNumber(seconds)} s is below Lambda's minimum of ${min} s.`,
            fix: replaceFix(timeout, min, `Set Timeout to ${min}`),
          });
        }
      }
    }
  },
};
