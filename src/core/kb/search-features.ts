/**
 * Words for what a resource has configured, so hovering a DynamoDB table that sets
 * `TimeToLiveSpecification` also finds the user's TTL section (see `SectionsForOptions.featureWords`).
 */
import { knownOptions, type Entity, type ServerlessModel } from '../model';

/** Feature words of the model entity a hover is on; empty when the entity is unknown. */
export function featureWords(entity: Entity | undefined, model: ServerlessModel): string {
  if (!entity) return '';
  const words: string[] = [];
  const fn = model.functions.find((f) => f.id === entity.id && f.span.start === entity.span.start);
  if (fn) {
    if (knownOptions(fn.snapStart).some((v) => v.value !== 'None')) words.push('snapstart');
    if (fn.vpc) words.push('vpc');
    if (fn.reservedConcurrency || fn.provisionedConcurrency) words.push('concurrency');
    if (fn.edge) words.push('lambdaedge');
    if (fn.databaseEndpoints?.length) words.push('rdsproxy');
  }
  const table = model.tables.find((t) => t.id === entity.id && t.span.start === entity.span.start);
  if (table) {
    if (table.ttlAttribute) words.push('ttl');
    if (table.streamViewType) words.push('stream');
    if (table.pointInTimeRecovery) words.push('pitr');
    if ((table.replicaCount ?? 0) > 1) words.push('globaltable');
    if (table.importFormat) words.push('import s3');
  }
  const api = model.apis.find((a) => a.id === entity.id && a.span.start === entity.span.start);
  if (api?.endpointType) words.push('endpoint');
  return words.join(' ');
}
