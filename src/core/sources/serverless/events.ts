/** serverless.yml function events (`http`, `httpApi`, `sqs`, `stream`, `cloudFront`...) as model event sources. */
import { known, type EventKind, type EventSource } from '../../model';
import { referencedId } from '../cloudformation/values';
import { isMap, isScalar, type TreeNode } from '../tree';
import { childOf, type Located, type VariableResolver } from './resolve-variables';
import { asBoolean, asNumber, asText, scalarValue } from './values';

/** Event keys of the Framework and the event kind each becomes. */
export const EVENT_KINDS: Record<string, EventKind> = {
  http: 'rest-api',
  httpApi: 'http-api',
  websocket: 'websocket',
  sqs: 'sqs',
  schedule: 'schedule',
  s3: 's3',
  sns: 'sns',
  eventBridge: 'eventbridge',
  cloudwatchEvent: 'eventbridge',
  cloudFront: 'cloudfront',
};

/** The CloudFormation resource type each event key creates or attaches to (for hovers). */
export const EVENT_RESOURCE_TYPES: Record<string, string> = {
  http: 'AWS::ApiGateway::RestApi',
  httpApi: 'AWS::ApiGatewayV2::Api',
  websocket: 'AWS::ApiGatewayV2::Api',
  sqs: 'AWS::SQS::Queue',
  stream: 'AWS::Lambda::EventSourceMapping',
  kafka: 'AWS::Lambda::EventSourceMapping',
  msk: 'AWS::Lambda::EventSourceMapping',
  activemq: 'AWS::Lambda::EventSourceMapping',
  rabbitmq: 'AWS::Lambda::EventSourceMapping',
  cloudFront: 'AWS::CloudFront::Distribution',
  schedule: 'AWS::Events::Rule',
  eventBridge: 'AWS::Events::Rule',
  cloudwatchEvent: 'AWS::Events::Rule',
  s3: 'AWS::S3::Bucket',
  sns: 'AWS::SNS::Topic',
  alb: 'AWS::ElasticLoadBalancingV2::TargetGroup',
  cognitoUserPool: 'AWS::Cognito::UserPool',
  iot: 'AWS::IoT::TopicRule',
};

/** Reads `functions.X.events`: a list of one-key maps. Unknown event keys become kind `other`. */
export function readEvents(events: Located | undefined, resolver: VariableResolver): EventSource[] {
  if (!events) return [];
  const list = resolver.resolve(events);
  if (!list.ok || list.located.node.type !== 'seq') return [];
  const out: EventSource[] = [];
  list.located.node.items.forEach((_, index) => {
    const item = childOf(list.located, String(index));
    const resolvedItem = item && resolver.resolve(item);
    if (!resolvedItem?.ok || !isMap(resolvedItem.located.node)) return;
    for (const entry of resolvedItem.located.node.entries) {
      const span = resolvedItem.located.inDocument ? entry.keySpan : resolvedItem.located.span;
      const settings = childOf(resolvedItem.located, entry.key);
      out.push(readEvent(entry.key, span, settings, resolver));
    }
  });
  return out;
}

function readEvent(key: string, span: EventSource['span'], settings: Located | undefined, resolver: VariableResolver): EventSource {
  const resolved = settings && resolver.resolve(settings);
  const body: Located | undefined = resolved?.ok ? resolved.located : undefined;
  const map = body && isMap(body.node) ? body : undefined;
  switch (key) {
    case 'http':
      // `async: true` makes API Gateway invoke the function with `X-Amz-Invocation-Type: Event`.
      return { kind: 'rest-api', span, asynchronous: asBoolean(scalarValue(resolver.value(map, 'async'))) === true || undefined };
    case 'sqs': {
      const arn = map ? childOf(map, 'arn')?.node : body?.node;
      return { kind: 'sqs', span, targetId: arnTarget(arn), ...mappingSettings(map, resolver) };
    }
    case 'stream': {
      const arn = map ? childOf(map, 'arn')?.node : body?.node;
      const type = asText(scalarValue(resolver.value(map, 'type')));
      const text = type?.known === true ? type.value : isScalar(arn) && typeof arn.value === 'string' ? arn.value : '';
      return { kind: text.includes('kinesis') ? 'kinesis' : 'dynamodb-stream', span, targetId: arnTarget(arn), ...mappingSettings(map, resolver) };
    }
    case 'cloudFront':
      return { kind: 'cloudfront', span, edgeEventType: asText(scalarValue(resolver.value(map, 'eventType'))) };
    default:
      return { kind: EVENT_KINDS[key] ?? 'other', span };
  }
}

/** The event source mapping settings of an `sqs` or `stream` event (the Framework's names for them). */
function mappingSettings(map: Located | undefined, resolver: VariableResolver): Partial<EventSource> {
  if (!map) return {};
  const number = (key: string) => asNumber(scalarValue(resolver.value(map, key)));
  const bisect = asBoolean(scalarValue(resolver.value(map, 'bisectBatchOnFunctionError')));
  const destinations = childOf(map, 'destinations');
  return {
    batchSize: number('batchSize'),
    batchingWindowSeconds: number('maximumBatchingWindow'),
    maximumRetryAttempts: number('maximumRetryAttempts'),
    maximumRecordAgeSeconds: number('maximumRecordAgeInSeconds'),
    bisectOnError: bisect === undefined ? undefined : known(bisect, map.span),
    onFailure: destinations && isMap(destinations.node) ? destinations.node.entries.some((e) => e.key === 'onFailure') : false,
  };
}

/** `!GetAtt MyQueue.Arn`, `Fn::GetAtt: [MyQueue, Arn]`, `!Ref`: the logical id named in `resources`. */
function arnTarget(node: TreeNode | undefined): string | undefined {
  return referencedId(node);
}
