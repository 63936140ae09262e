import { relatedPlaces } from '../graph/describe-chain';
import { chainsWith, invocationGraph } from '../graph/invocation-graph';
import { functionTimeouts, workflowType } from '../graph/link-facts';
import { formatNumber, limit } from '../limits';
import { knownOptions } from '../model';
import { quote } from '../text/quote';
import { replaceFix } from './fixes';
import type { Rule } from './rule';

/**
 * A state machine's task gives up on its function before the function's timeout: the task's own
 * `TimeoutSeconds`, or an Express workflow's 5 minutes, whichever is shorter (the link that binds). The
 * task fails with `States.Timeout` while the function keeps running and may still do its work, so a retry
 * repeats it. One finding per task, at the binding value: the task's TimeoutSeconds, or the function's
 * timeout when the Express limit binds.
 */
export const stepfunctionsTaskTimeout: Rule = {
  meta: {
    id: 'stepfunctions-task-timeout',
    title: 'Task gives up before its function times out',
    description:
      "A Task state that invokes a Lambda function waits less than the function may run: its TimeoutSeconds is below the function's timeout, or the workflow is Express (at most 300 s) and the function's timeout is longer. The task fails with States.Timeout while the function keeps running. A warning: the function may finish sooner.",
    severity: 'warning',
    topic: 'step-functions',
    limits: ['stepfunctions.express.maxDuration', 'lambda.timeout.default'],
    fixable: true,
  },
  check(context) {
    const expressMax = limit('stepfunctions.express.maxDuration').value;
    const graph = invocationGraph(context.model, context.budget);
    for (const link of graph.links) {
      const machine = link.from;
      const fn = link.to;
      const task = link.task;
      if (link.kind !== 'task' || machine?.kind !== 'state-machine' || fn.kind !== 'function' || !task) continue;
      const express = workflowType(machine) === 'EXPRESS';
      const taskTimeouts = task.timeoutSeconds ? knownOptions(task.timeoutSeconds) : [undefined];
      for (const timeout of functionTimeouts(fn)) {
        for (const taskTimeout of taskTimeouts) {
          const waits = Math.min(taskTimeout?.value ?? Number.POSITIVE_INFINITY, express ? expressMax : Number.POSITIVE_INFINITY);
          if (!Number.isFinite(waits) || timeout.seconds <= waits) continue;
          const taskBinds = taskTimeout !== undefined && taskTimeout.value <= waits;
          const fnWords = `function ${quote(fn.id)}'s timeout of ${formatNumber(timeout.seconds)} s${timeout.defaultOf ? ` (not set: ${timeout.defaultOf})` : ''}`;
          if (taskBinds) {
            // Raising the task timeout past the Express limit would not help: then lower the function's.
            const fixable = !taskTimeout.derived && (!express || timeout.seconds <= expressMax);
            context.report({
              at: taskTimeout,
              entity: machine,
              message: `TimeoutSeconds ${formatNumber(taskTimeout.value)} s of task ${quote(task.state)} is shorter than ${fnWords}: the task fails with States.Timeout while the function keeps running.`,
              fix: fixable ? replaceFix(taskTimeout, timeout.seconds, `Set TimeoutSeconds to ${timeout.seconds}`) : undefined,
              related: relatedPlaces(chainsWith(graph, link), context.model, taskTimeout.span),
            });
          } else if (timeout.value) {
            context.report({
              at: timeout.value,
              entity: fn,
              message: `Timeout ${formatNumber(timeout.seconds)} s is longer than Express workflow ${quote(machine.id)} can wait for task ${quote(task.state)}: an Express execution stops after ${expressMax} s while the function keeps running.`,
              fix: timeout.value.toolDefault ? undefined : replaceFix(timeout.value, expressMax, `Set Timeout to ${expressMax}`),
              related: relatedPlaces(chainsWith(graph, link), context.model, timeout.value.span),
            });
          }
        }
      }
    }
  },
};
