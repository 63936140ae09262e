import { formatNumber, humanSeconds, limit } from '../limits';
import { knownOptions } from '../model';
import { replaceFix } from './fixes';
import type { Rule } from './rule';
import { quote } from '../text/quote';

export const stepfunctionsExpressDuration: Rule = {
  meta: {
    id: 'stepfunctions-express-duration',
    title: 'Express workflows finish within 5 minutes',
    description: 'An Express state machine runs at most 300 s: a Wait state or a TimeoutSeconds above that can never complete.',
    severity: 'error',
    topic: 'step-functions',
    limits: ['stepfunctions.express.maxDuration'],
    fixable: true,
  },
  check(context) {
    const max = limit('stepfunctions.express.maxDuration').value;
    for (const machine of context.model.stateMachines) {
      const express = knownOptions(machine.type).find((t) => t.value === 'EXPRESS');
      if (!express) continue;
      const fix = machine.type?.known === true ? replaceFix(express, 'STANDARD', 'Use a Standard workflow (up to 1 year)') : undefined;
      for (const { what, seconds } of machine.durations) {
        for (const value of knownOptions(seconds)) {
          if (value.value <= max) continue;
          context.report({
            at: value,
            entity: machine,
            message: `${what} is ${formatNumber(value.value)} s (${humanSeconds(value.value)}), but Express workflow ${quote(machine.id)} stops after ${max} s (${humanSeconds(max)}). Use a Standard workflow for longer runs.`,
            fix,
          });
        }
      }
    }
  },
};
