/**
 * The settings of an event source mapping that decide how long a message or record may be retried:
 * written the same way on `AWS::Lambda::EventSourceMapping` and on SAM's `SQS`, `Kinesis` and `DynamoDB`
 * events.
 */
import type { EventSource } from '../../model';
import { get, getPath, isMap, type TreeNode } from '../tree';
import type { TemplateScope } from './values';
import { resolveScalar, toBoolean, toNumber } from './values';

export type MappingSettings = Pick<EventSource, 'batchingWindowSeconds' | 'batchSize' | 'maximumRetryAttempts' | 'maximumRecordAgeSeconds' | 'bisectOnError' | 'onFailure'>;

export function readMappingSettings(props: TreeNode | undefined, scope: TemplateScope): MappingSettings {
  if (!isMap(props)) return {};
  const number = (key: string) => toNumber(resolveScalar(get(props, key), scope));
  const destination = getPath(props, 'DestinationConfig', 'OnFailure');
  return {
    batchingWindowSeconds: number('MaximumBatchingWindowInSeconds'),
    batchSize: number('BatchSize'),
    maximumRetryAttempts: number('MaximumRetryAttempts'),
    maximumRecordAgeSeconds: number('MaximumRecordAgeInSeconds'),
    bisectOnError: toBoolean(resolveScalar(get(props, 'BisectBatchOnFunctionError'), scope)),
    onFailure: destination !== undefined,
  };
}
