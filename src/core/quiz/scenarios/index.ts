/** Scenario generators keyed by rule id: every rule of RULES has one (a test checks it). */
import { API_SCENARIOS } from './api-scenarios';
import { CHAIN_SCENARIOS } from './chain-scenarios';
import { DATA_SCENARIOS } from './data-scenarios';
import { LAMBDA_SCENARIOS } from './lambda-scenarios';
import { RUNTIME_SCENARIOS } from './runtime-scenarios';
import type { ScenarioGenerator } from './scenario';

export type { Scenario, ScenarioGenerator } from './scenario';

export const SCENARIOS: Readonly<Record<string, ScenarioGenerator>> = {
  ...LAMBDA_SCENARIOS,
  ...RUNTIME_SCENARIOS,
  ...API_SCENARIOS,
  ...DATA_SCENARIOS,
  ...CHAIN_SCENARIOS,
};
