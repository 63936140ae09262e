import { quote } from '../../text/quote';
import type { Rule } from '../rule';
import { bestPracticeMeta } from './best-practice-meta';

/** A function whose log group keeps logs forever (no retention set by the file or its tool's settings). */
export const bpLambdaLogRetention: Rule = {
  meta: bestPracticeMeta({
    id: 'bp-lambda-log-retention',
    title: 'Function logs kept forever',
    description:
      "Best practice: a Lambda function's CloudWatch log group never expires unless a retention is set (a log group with RetentionInDays, the CDK's logRetention/logGroup, serverless.yml logRetentionInDays). Logs kept forever grow storage cost with no end.",
    topic: 'lambda-limits',
  }),
  check(context) {
    for (const fn of context.model.functions) {
      if (fn.logRetention !== false || fn.edge) continue;
      context.report({
        at: { span: fn.span },
        entity: fn,
        message: `Function ${quote(fn.id)} has no log retention: its CloudWatch log group keeps logs forever. Set a retention (${context.format === 'cdk' ? 'logRetention, or a logGroup with retention' : context.format === 'serverless' ? 'provider.logRetentionInDays' : 'an AWS::Logs::LogGroup named /aws/lambda/<function> with RetentionInDays'}).`,
      });
    }
  },
};
