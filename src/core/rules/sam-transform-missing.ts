import type { Rule } from './rule';

/**
 * `Globals` or `AWS::Serverless::*` resources in a template without `Transform: AWS::Serverless-2016-10-31`:
 * CloudFormation knows neither and rejects the template (cfn-lint reports the same). The Globals are not
 * applied to the functions we read, as they would not be.
 */
export const samTransformMissing: Rule = {
  meta: {
    id: 'sam-transform-missing',
    title: 'SAM without its Transform',
    description:
      'The template uses SAM (a Globals section or AWS::Serverless::* resources) but does not declare `Transform: AWS::Serverless-2016-10-31`: CloudFormation rejects it. Globals are not applied while the transform is missing.',
    severity: 'error',
    topic: 'lambda-limits',
    limits: [],
    fixable: false,
  },
  check(context) {
    const at = context.model.facts.samWithoutTransform;
    if (!at) return;
    context.report({
      at: { span: at },
      message: 'This template uses SAM (Globals or AWS::Serverless::* resources) but has no `Transform: AWS::Serverless-2016-10-31`: CloudFormation rejects it, and SAM Globals apply only through the transform. Add the Transform at the top level.',
    });
  },
};
