import { knownOptions } from '../model';
import { describeAssociation } from './edge-events';
import type { Rule } from './rule';
import { quote } from '../text/quote';

/** Runtime families Lambda@Edge supports (their latest versions). */
const EDGE_RUNTIME_FAMILIES = ['nodejs', 'python'];

export const edgeRuntime: Rule = {
  meta: {
    id: 'edge-runtime',
    title: 'Lambda@Edge runs Node.js or Python',
    description: 'Lambda@Edge supports only Node.js and Python runtimes.',
    severity: 'error',
    topic: 'lambda-edge',
    limits: [],
    fixable: false,
  },
  check(context) {
    for (const fn of context.model.functions) {
      if (!fn.edge) continue;
      for (const runtime of knownOptions(fn.runtime)) {
        if (EDGE_RUNTIME_FAMILIES.some((family) => runtime.value.startsWith(family))) continue;
        context.report({
          at: runtime,
          entity: fn,
          message: `Runtime ${quote(runtime.value)} is not supported by Lambda@Edge (function ${quote(fn.id)}, ${describeAssociation(fn)}): use Node.js or Python.`,
        });
      }
    }
  },
};
