/**
 * Links raw API Gateway integrations to the functions they invoke: `AWS::ApiGateway::Method` becomes a
 * `rest-api` event, `AWS::ApiGatewayV2::Integration` an `http-api` or `websocket` event (per its API's
 * ProtocolType), with the integration timeout, asynchronous invocation and response streaming.
 */
import type { EventKind, EventSource, LambdaFunction, ServerlessModel } from '../../model';
import { forEachReachable, get, isMap, isScalar, isSeq, plainString, type TreeNode } from '../tree';
import type { ResourceEntry, Template } from './template';
import { mentionedIds, referencedId, resolveScalar, toNumber, toText } from './values';

const INVOCATION_TYPE_PARAMETER = 'integration.request.header.x-amz-invocation-type';
const STREAMING_PATH = 'response-streaming-invocations';

/** Adds API Gateway events to the functions the template's integrations invoke. */
export function linkApiIntegrations(template: Template, model: ServerlessModel): void {
  const functions = new Map(model.functions.map((f) => [f.id, f]));
  for (const resource of template.resources) {
    if (resource.type === 'AWS::ApiGateway::Method') {
      const integration = get(resource.properties, 'Integration');
      if (!isMap(integration)) continue;
      addEvents(resource, template, functions, 'rest-api', get(integration, 'Uri'), integration, referencedId(get(resource.properties, 'RestApiId')));
    } else if (resource.type === 'AWS::ApiGatewayV2::Integration') {
      const props = resource.properties;
      const apiId = referencedId(get(props, 'ApiId'));
      const kind = protocolKind(apiId ? template.byId.get(apiId) : undefined);
      if (!kind || !props) continue;
      addEvents(resource, template, functions, kind, get(props, 'IntegrationUri'), props, apiId);
    } else {
      const kind = OPENAPI_KINDS[resource.type];
      const body = get(resource.properties, resource.type === 'AWS::ApiGateway::RestApi' ? 'Body' : 'DefinitionBody');
      if (kind && isMap(body)) linkOpenApiIntegrations(resource, template, functions, kind, body);
    }
  }
}

/** APIs whose OpenAPI body (`DefinitionBody`, `Body`) may hold `x-amazon-apigateway-integration`s. */
const OPENAPI_KINDS: Record<string, EventKind> = {
  'AWS::Serverless::Api': 'rest-api',
  'AWS::ApiGateway::RestApi': 'rest-api',
  'AWS::Serverless::HttpApi': 'http-api',
};

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'x-amazon-apigateway-any-method']);

/** `paths./orders.post.x-amazon-apigateway-integration: { uri: !Sub ...${OrdersFn.Arn}..., timeoutInMillis }`. */
function linkOpenApiIntegrations(resource: ResourceEntry, template: Template, functions: Map<string, LambdaFunction>, kind: EventKind, body: TreeNode): void {
  const paths = get(body, 'paths');
  if (!isMap(paths)) return;
  for (const path of paths.entries) {
    if (!isMap(path.value)) continue;
    for (const operation of path.value.entries) {
      if (!HTTP_METHODS.has(operation.key.toLowerCase())) continue;
      const integration = get(operation.value, 'x-amazon-apigateway-integration');
      if (!isMap(integration)) continue;
      const uri = get(integration, 'uri');
      for (const id of mentionedIds(uri)) {
        const fn = functions.get(id);
        if (!fn) continue;
        const timeout = get(integration, 'timeoutInMillis');
        const mode = toText(resolveScalar(get(integration, 'responseTransferMode'), template));
        fn.events.push({
          kind,
          span: operation.keySpan,
          targetId: resource.id,
          integrationTimeoutMs: timeout ? toNumber(resolveScalar(timeout, template)) : undefined,
          asynchronous: invokedAsynchronously(get(integration, 'requestParameters'), template),
          streaming: (mode?.known === true && mode.value === 'STREAM') || literalStrings(uri).some((s) => s.includes(STREAMING_PATH)) ? true : undefined,
        });
      }
    }
  }
}

function addEvents(
  resource: ResourceEntry,
  template: Template,
  functions: Map<string, LambdaFunction>,
  kind: EventKind,
  uri: TreeNode | undefined,
  integration: TreeNode,
  apiId: string | undefined,
): void {
  for (const id of mentionedIds(uri)) {
    const fn = functions.get(id);
    if (!fn) continue;
    const timeout = get(integration, 'TimeoutInMillis');
    const event: EventSource = {
      kind,
      span: resource.idSpan,
      targetId: apiId,
      integrationTimeoutMs: timeout ? toNumber(resolveScalar(timeout, template)) : undefined,
      asynchronous: invokedAsynchronously(get(integration, 'RequestParameters'), template),
      streaming: streams(integration, uri, template),
    };
    fn.events.push(event);
  }
}

function protocolKind(api: ResourceEntry | undefined): EventKind | undefined {
  if (!api) return undefined;
  if (api.type === 'AWS::Serverless::HttpApi') return 'http-api';
  if (api.type !== 'AWS::ApiGatewayV2::Api') return undefined;
  const protocol = plainString(get(api.properties, 'ProtocolType'));
  return protocol === 'HTTP' ? 'http-api' : protocol === 'WEBSOCKET' ? 'websocket' : undefined;
}

/** `integration.request.header.X-Amz-Invocation-Type: "'Event'"`: API Gateway does not wait for the function. */
function invokedAsynchronously(parameters: TreeNode | undefined, template: Template): boolean | undefined {
  if (!isMap(parameters)) return undefined;
  const header = parameters.entries.find((e) => e.key.toLowerCase() === INVOCATION_TYPE_PARAMETER);
  const value = header && toText(resolveScalar(header.value, template));
  if (!value || value.known !== true) return undefined;
  return stripQuotes(value.value) === 'Event' ? true : undefined;
}

/** `ResponseTransferMode: STREAM` or a `/response-streaming-invocations` URI. */
function streams(integration: TreeNode, uri: TreeNode | undefined, template: Template): boolean | undefined {
  const mode = toText(resolveScalar(get(integration, 'ResponseTransferMode'), template));
  if (mode?.known === true && mode.value === 'STREAM') return true;
  return literalStrings(uri).some((s) => s.includes(STREAMING_PATH)) ? true : undefined;
}

function stripQuotes(text: string): string {
  const trimmed = text.trim();
  return trimmed.length >= 2 && trimmed.startsWith("'") && trimmed.endsWith("'") ? trimmed.slice(1, -1) : trimmed;
}

/** Every string scalar in a value, intrinsics included (the literal parts of `Fn::Join`/`Fn::Sub`), each shared node once. */
function literalStrings(node: TreeNode | undefined): string[] {
  const out: string[] = [];
  forEachReachable(node, (n) => {
    if (isScalar(n) && typeof n.value === 'string') out.push(n.value);
  });
  return out;
}
