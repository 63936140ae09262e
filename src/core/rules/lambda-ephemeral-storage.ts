import { formatNumber, limit } from '../limits';
import { knownOptions } from '../model';
import { replaceFix } from './fixes';
import type { Rule } from './rule';

export const lambdaEphemeralStorage: Rule = {
  meta: {
    id: 'lambda-ephemeral-storage',
    title: 'Lambda /tmp within 512–10,240 MB',
    description: 'Ephemeral storage (/tmp) must be 512 to 10,240 MB.',
    severity: 'error',
    topic: 'lambda-limits',
    limits: ['lambda.ephemeralStorage.min', 'lambda.ephemeralStorage.max'],
    fixable: true,
  },
  check(context) {
    const min = limit('lambda.ephemeralStorage.min').value;
    const max = limit('lambda.ephemeralStorage.max').value;
    for (const fn of context.model.functions) {
      for (const size of knownOptions(fn.ephemeralStorage)) {
        if (size.value > max) {
          context.report({ at: size, entity: fn, message: `Ephemeral storage (/tmp) ${formatNumber(size.value)} MB exceeds Lambda's maximum of ${formatNumber(max)} MB.`, fix: replaceFix(size, max, `Set /tmp size to ${max}`) });
        } else if (size.value < min) {
          context.report({ at: size, entity: fn, message: `Ephemeral storage (/tmp) ${formatNumber(size.value)} MB is below Lambda's minimum of ${min} MB.`, fix: replaceFix(size, min, `Set /tmp size to ${min}`) });
        }
      }
    }
  },
};
