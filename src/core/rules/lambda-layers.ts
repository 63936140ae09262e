import { limit } from '../limits';
import { knownOptions } from '../model';
import type { Rule } from './rule';

export const lambdaLayers: Rule = {
  meta: {
    id: 'lambda-layers',
    title: 'At most 5 layers per function',
    description: 'A function can use at most 5 layers (counting inherited ones).',
    severity: 'error',
    topic: 'lambda-limits',
    limits: ['lambda.layers.max'],
    fixable: false,
  },
  check(context) {
    const max = limit('lambda.layers.max').value;
    for (const fn of context.model.functions) {
      for (const layers of knownOptions(fn.layers)) {
        if (layers.value > max) {
          context.report({ at: layers, mark: 'key', entity: fn, message: `${layers.value} layers: Lambda allows at most ${max} per function.` });
        }
      }
    }
  },
};
