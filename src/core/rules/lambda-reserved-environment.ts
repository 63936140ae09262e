import { RESERVED_ENVIRONMENT_KEYS } from '../data/reserved-environment';
import { quote } from '../text/quote';
import type { Rule } from './rule';

/** A function sets an environment variable Lambda reserves: the deployment fails. */
export const lambdaReservedEnvironment: Rule = {
  meta: {
    id: 'lambda-reserved-environment',
    title: 'Reserved Lambda environment variable',
    description:
      'Lambda sets some environment variables itself (AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, _HANDLER, LAMBDA_TASK_ROOT...) and rejects a function configuration that sets one. The function gets these from its execution role and runtime.',
    severity: 'error',
    topic: 'lambda-limits',
    limits: [],
    fixable: false,
  },
  check(context) {
    for (const fn of context.model.functions) {
      for (const variable of fn.environment?.variables ?? []) {
        if (!RESERVED_ENVIRONMENT_KEYS.has(variable.name)) continue;
        context.report({
          at: { span: variable.nameSpan, derived: fn.environment?.derived },
          entity: fn,
          message: `${quote(variable.name)} is reserved: Lambda sets it itself and rejects a function configuration that sets it. Remove it${/KEY|TOKEN/.test(variable.name) ? ': the function gets credentials from its execution role' : ''}.`,
        });
      }
    }
  },
};
