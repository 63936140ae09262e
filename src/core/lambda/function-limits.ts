import { limit } from '../limits';
import type { LambdaFunction } from '../model';

/** Lambda Managed Instances (a capacity provider) allow longer timeouts and more memory. */
export function runsOnManagedInstances(fn: LambdaFunction): boolean {
  return fn.capacityProvider !== undefined;
}

export function maxTimeoutSeconds(fn: LambdaFunction): number {
  return limit(runsOnManagedInstances(fn) ? 'lambda.timeout.maxManagedInstances' : 'lambda.timeout.max').value;
}

export function maxMemoryMB(fn: LambdaFunction): number {
  return limit(runsOnManagedInstances(fn) ? 'lambda.memory.maxManagedInstances' : 'lambda.memory.max').value;
}
