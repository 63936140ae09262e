import { formatNumber, limit } from '../limits';
import { maxMemoryMB, runsOnManagedInstances } from '../lambda/function-limits';
import { knownOptions } from '../model';
import { replaceFix } from './fixes';
import type { Rule } from './rule';

export const lambdaMemory: Rule = {
  meta: {
    id: 'lambda-memory',
    title: 'Lambda memory within 128–10,240 MB',
    description: 'MemorySize must be 128 to 10,240 MB in 1 MB steps (more on Lambda Managed Instances).',
    severity: 'error',
    topic: 'lambda-limits',
    limits: ['lambda.memory.min', 'lambda.memory.max', 'lambda.memory.maxManagedInstances'],
    fixable: true,
  },
  check(context) {
    const min = limit('lambda.memory.min').value;
    for (const fn of context.model.functions) {
      const max = maxMemoryMB(fn);
      for (const memory of knownOptions(fn.memorySize)) {
        const mb = memory.value;
        if (mb > max) {
          context.report({
            at: memory,
            entity: fn,
            message: `MemorySize ${formatNumber(mb)} MB exceeds Lambda's maximum of ${formatNumber(max)} MB${runsOnManagedInstances(fn) ? ' on Lambda Managed Instances' : ''}.`,
            fix: replaceFix(memory, max, `Set MemorySize to ${max}`),
          });
        } else if (mb < min) {
          context.report({ at: memory, entity: fn, message: `MemorySize ${formatNumber(mb)} MB is below Lambda's minimum of ${min} MB.`, fix: replaceFix(memory, min, `Set MemorySize to ${min}`) });
        } else if (!Number.isInteger(mb)) {
          context.report({ at: memory, entity: fn, message: `MemorySize ${mb} MB is not a whole number: Lambda sets memory in 1 MB steps.`, fix: replaceFix(memory, Math.round(mb), `Set MemorySize to ${Math.round(mb)}`) });
        }
      }
    }
  },
};
