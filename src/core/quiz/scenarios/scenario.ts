/**
 * A scenario question: a template excerpt a rule would report (or accept), and what happens. Generators
 * are keyed by rule id and read their numbers from the limits and the runtime data, never from literals
 * of their own, so a changed limit changes the question.
 */
import { LIMITS, formatNumber, type LimitId } from '../../limits';

export interface Scenario {
  /** Stable within the rule: the fact the question asks (`rule:<id>:<case>`). */
  readonly case: string;
  readonly prompt: string;
  /** YAML (CloudFormation/SAM) shown under the prompt. */
  readonly snippet: string;
  readonly answer: string;
  readonly distractors: readonly string[];
  /** Words that find the note's explaining sentence (defaults to the answer). */
  readonly find?: string;
  /** The scenario's own reasoning, after the note's sentence ("6 × 45 s = 270 s"). */
  readonly because?: string;
}

export type ScenarioGenerator = () => readonly Scenario[];

/** A limit's value (in its own unit). */
export const v = (id: LimitId): number => LIMITS[id].value;
/** A limit's value formatted ("10,240"). */
export const n = (id: LimitId): string => formatNumber(LIMITS[id].value);
export const fmt = formatNumber;

/** A SAM function with the given property lines (indented under Properties). */
export function samFunction(properties: readonly string[], name = 'Fn'): string {
  return ['Resources:', `  ${name}:`, '    Type: AWS::Serverless::Function', '    Properties:', ...properties.map((p) => `      ${p}`)].join('\n');
}
