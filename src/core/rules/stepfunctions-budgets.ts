/** Hover lines for a state machine's type: how long it may run, and the longest duration in its definition. */
import { formatNumber, humanSeconds, limit } from '../limits';
import { knownOptions, type Entity } from '../model';
import { mdText } from '../text/markdown';

export const STEPFUNCTIONS_BUDGETS = {
  'stepfunctions.type': (entity: Entity): string[] => {
    if (entity.kind !== 'state-machine') return [];
    const machine = entity;
    const express = limit('stepfunctions.express.maxDuration').value;
    const standardDays = limit('stepfunctions.standard.maxDurationDays').value;
    const longest = machine.durations.flatMap((d) => knownOptions(d.seconds).map((s) => ({ what: d.what, seconds: s.value }))).sort((a, b) => b.seconds - a.seconds)[0];
    const types = knownOptions(machine.type).map((t) => t.value);
    const lines = (types.length ? types : machine.type ? [] : ['STANDARD']).map((type) =>
      type === 'EXPRESS'
        ? `**EXPRESS**: each execution runs at most ${express} s (${humanSeconds(express)}).`
        : `**${mdText(type)}**${machine.type ? '' : ' (the default)'}: executions run up to ${formatNumber(standardDays)} days (1 year).`,
    );
    if (longest) lines.push(`Longest duration in the definition: ${mdText(longest.what)}, ${formatNumber(longest.seconds)} s (${humanSeconds(longest.seconds)}).`);
    return lines;
  },
};
