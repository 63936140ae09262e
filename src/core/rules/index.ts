/** Every rule, listed explicitly (the bundle has no directory to scan). */
import { lambdaEnvironmentSize } from './lambda-environment-size';
import { lambdaEphemeralStorage } from './lambda-ephemeral-storage';
import { lambdaLayers } from './lambda-layers';
import { lambdaMemory } from './lambda-memory';
import { lambdaReservedConcurrency } from './lambda-reserved-concurrency';
import { lambdaTimeout } from './lambda-timeout';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  lambdaTimeout,
  lambdaMemory,
  lambdaEphemeralStorage,
  lambdaEnvironmentSize,
  lambdaLayers,
  lambdaReservedConcurrency,
];
