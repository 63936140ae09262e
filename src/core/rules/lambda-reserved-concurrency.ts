import { formatNumber, limit } from '../limits';
import { knownOptions } from '../model';
import type { Rule } from './rule';

export const lambdaReservedConcurrency: Rule = {
  meta: {
    id: 'lambda-reserved-concurrency',
    title: 'Reserved concurrency above a default account',
    description:
      'Reserving more than a default account can reserve (1,000 concurrent executions minus the 100 that stay unreserved) needs a quota increase. Information only: the quota is adjustable.',
    severity: 'information',
    topic: 'lambda-concurrency',
    limits: ['lambda.concurrency.account', 'lambda.concurrency.unreserved'],
    fixable: false,
  },
  check(context) {
    const account = limit('lambda.concurrency.account').value;
    const unreserved = limit('lambda.concurrency.unreserved').value;
    const reservable = account - unreserved;
    for (const fn of context.model.functions) {
      for (const reserved of knownOptions(fn.reservedConcurrency)) {
        if (reserved.value > reservable) {
          context.report({
            at: reserved,
            entity: fn,
            message: `Reserved concurrency ${formatNumber(reserved.value)} is more than a default account can reserve (${formatNumber(account)} − ${unreserved} unreserved = ${formatNumber(reservable)}). Fine if your account's quota was raised; it is adjustable.`,
          });
        }
      }
    }
  },
};
