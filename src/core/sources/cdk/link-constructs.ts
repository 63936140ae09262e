/**
 * Links between constructs, read after every construct is known: event sources added to functions,
 * API integrations, Lambda@Edge associations, published versions and aliases, `addEnvironment` and
 * `addLayers` calls.
 */
import { known, unknown, type EventSource, type StateMachineTask, type Value } from '../../model';
import { camelCase, type CdkContext, type Construct } from './context';
import { EDGE_EVENT_TYPES } from './enums';
import { argument, firstArgument } from './evaluate';
import { isSpread, type CallExpr, type Expr } from './ir';
import { environmentVariable, eventSourceOf, type MutableFunction } from './read-function';

const REST_INTEGRATION = 'aws_apigateway.LambdaIntegration';
const HTTP_INTEGRATIONS = new Set(['aws_apigatewayv2_integrations.HttpLambdaIntegration']);
const WEBSOCKET_INTEGRATION = 'aws_apigatewayv2_integrations.WebSocketLambdaIntegration';
/** CDK v1's `LambdaProxyIntegration({ handler })`. */
const LEGACY_HTTP_INTEGRATION = 'aws_apigatewayv2_integrations.LambdaProxyIntegration';

export function linkConstructs(ctx: CdkContext, constructs: readonly Construct[]): void {
  const ev = ctx.ev;
  const fnOf = (e: Expr | undefined): MutableFunction | undefined => {
    const entity = ctx.entityOf(e);
    return entity?.kind === 'function' ? entity : undefined;
  };
  const bySymbol = (symbol: string) => constructs.filter((c) => c.symbol === symbol);

  // Which API an integration is attached to: `api.root.addResource('x').addMethod('GET', integration)`,
  // `httpApi.addRoutes({ integration })`, `new HttpApi(..., { defaultIntegration })`.
  const apiOfIntegration = new Map<CallExpr, string>();
  const attach = (integration: Expr | undefined, apiId: string | undefined) => {
    const { expr } = integration ? ev.deref(integration) : { expr: undefined };
    if (expr?.k === 'call' && apiId) apiOfIntegration.set(expr, apiId);
  };
  const versionTargets = new Map<string, MutableFunction>();
  for (const v of bySymbol('aws_lambda.Version')) {
    const fn = fnOf(v.props.get('lambda')?.value);
    const entity = ctx.entityByCall.get(v.call);
    if (fn) fn.publishesVersions = true;
    if (fn && v.call.boundTo && entity) versionTargets.set(v.call.boundTo.name, fn);
  }
  const fnOfVersion = (e: Expr | undefined): MutableFunction | undefined => {
    if (!e) return undefined;
    const { expr } = ev.deref(e);
    if (expr.k === 'member' && (expr.name === 'currentVersion' || expr.name === 'current_version')) return fnOf(expr.object);
    if (expr.k === 'name') return versionTargets.get(expr.name);
    return undefined;
  };

  // EventBridge rules: `rule.addTarget(new targets.LambdaFunction(fn))` or `new Rule(..., { targets: [...] })`.
  const rules = new Map<string, Construct>();
  const ruleOfTarget = new Map<CallExpr, Construct>();
  for (const rule of bySymbol('aws_events.Rule')) {
    if (rule.call.boundTo) rules.set(rule.call.boundTo.name, rule);
    for (const t of ev.arrayItems(rule.props.get('targets')?.value ?? { k: 'other', span: rule.call.span }) ?? []) {
      const { expr } = ev.deref(t);
      if (expr.k === 'call') ruleOfTarget.set(expr, rule);
    }
  }
  const ruleOf = (e: Expr): Construct | undefined => (e.k === 'name' ? rules.get(e.name) : undefined);

  for (const call of ev.ir.calls) {
    if (call.callee.k !== 'member') continue;
    const method = camelCase(call.callee.name);
    const receiver = call.callee.object;
    switch (method) {
      case 'addEventSource': {
        const fn = fnOf(receiver);
        const source = argument(call, 0);
        const event = fn && source && eventSourceOf(ctx, source);
        if (fn && event) fn.events.push(event);
        break;
      }
      case 'addEnvironment': {
        const fn = fnOf(receiver);
        const key = argument(call, 0);
        const value = argument(call, 1);
        const name = key && ev.string(key);
        if (!fn || !value || !name) break;
        if (!name.known) {
          fn.environment = { ...(fn.environment ?? { span: call.span, variables: [] }), partial: true };
          break;
        }
        const variable = environmentVariable(ctx, name.value, key!.span, value);
        const environment = fn.environment ?? { span: call.span, variables: [] };
        fn.environment = { ...environment, variables: [...environment.variables.filter((v) => v.name !== name.value), variable] };
        break;
      }
      case 'addLayers': {
        const fn = fnOf(receiver);
        if (!fn) break;
        const added = call.args.some((a) => isSpread(a)) ? undefined : call.args.length;
        const before = fn.layers;
        if (added === undefined || (before && before.known !== true)) fn.layers = unknown('layers not determined by this file', call.span);
        else fn.layers = known((before?.known === true ? before.value : 0) + added, before?.known === true ? before.span : call.span);
        break;
      }
      case 'addAlias': {
        const fn = fnOf(receiver);
        if (!fn) break;
        fn.publishesVersions = true;
        const options = argument(call, 1);
        const provisioned = options && ev.objectEntries(options)?.entries.find((e) => camelCase(e.name) === 'provisionedConcurrentExecutions');
        const pythonProvisioned = call.keywords.find((k) => k.key && camelCase(k.key) === 'provisionedConcurrentExecutions');
        const value = provisioned?.value ?? pythonProvisioned?.value;
        if (value) fn.provisionedConcurrency = ev.numberValue(value);
        break;
      }
      case 'addMethod': {
        const api = ctx.entityOf(baseOf(ctx, receiver));
        attach(argument(call, 1) ?? call.keywords.find((k) => k.key === 'integration')?.value, api?.id);
        break;
      }
      case 'addRoutes': {
        const api = ctx.entityOf(baseOf(ctx, receiver));
        const options = argument(call, 0);
        const integration = options ? ev.objectEntries(options)?.entries.find((e) => e.name === 'integration')?.value : call.keywords.find((k) => k.key === 'integration')?.value;
        attach(integration, api?.id);
        break;
      }
      case 'addTarget': {
        const rule = ruleOf(receiver);
        const target = argument(call, 0);
        const { expr } = target ? ev.deref(target) : { expr: undefined };
        if (rule && expr?.k === 'call') ruleOfTarget.set(expr, rule);
        break;
      }
      // `queue.grantSendMessages(fn)`, `machine.grantStartExecution(fn)`, `other.grantInvoke(fn)`: fn sends to the receiver.
      case 'grantSendMessages':
      case 'grantStartExecution':
      case 'grantStartSyncExecution':
      case 'grantInvoke': {
        const target = ctx.entityOf(receiver);
        const fn = fnOf(argument(call, 0) ?? call.keywords.find((k) => k.key === 'grantee')?.value);
        if (fn && target && target !== fn && (target.kind === 'queue' || target.kind === 'state-machine' || target.kind === 'function')) {
          fn.sendsTo = [...new Set([...(fn.sendsTo ?? []), target.id])];
        }
        break;
      }
      case 'addProxy': {
        const facts = ctx.model.facts as { dbProxies?: number };
        if (ctx.entityOf(receiver)?.resourceType.startsWith('AWS::RDS::')) facts.dbProxies = (facts.dbProxies ?? 0) + 1;
        break;
      }
    }
  }
  for (const api of [...bySymbol('aws_apigatewayv2.HttpApi'), ...bySymbol('aws_apigatewayv2.WebSocketApi')]) {
    const id = ctx.entityByCall.get(api.call)?.id;
    attach(api.props.get('defaultIntegration')?.value, id);
    // WebSocket routes: `routeSelectionExpression` aside, `connectRouteOptions: { integration }`…
    for (const prop of api.props.values()) {
      const integration = ev.objectEntries(prop.value)?.entries.find((e) => e.name === 'integration');
      if (integration) attach(integration.value, id);
    }
  }

  linkLambdaInvokeTasks(ctx, constructs, fnOf);
  markDeadLetterQueues(ctx, constructs);

  for (const c of constructs) {
    const api = ctx.entityByCall.get(c.call);
    if (c.symbol === REST_INTEGRATION) {
      const fn = fnOf(argument(c.call, 0) ?? c.call.keywords.find((k) => k.key === 'handler')?.value);
      if (fn) fn.events.push(restIntegrationEvent(ctx, c, apiOfIntegration.get(c.call), 1));
    } else if (HTTP_INTEGRATIONS.has(c.symbol) || c.symbol === WEBSOCKET_INTEGRATION) {
      const fn = fnOf(argument(c.call, 1) ?? c.call.keywords.find((k) => k.key === 'handler')?.value);
      if (!fn) continue;
      const options = c.props;
      const timeout = options.get('timeout');
      fn.events.push({
        kind: c.symbol === WEBSOCKET_INTEGRATION ? 'websocket' : 'http-api',
        span: c.call.span,
        targetId: apiOfIntegration.get(c.call),
        integrationTimeoutMs: timeout ? ev.duration(timeout.value, 'ms') : undefined,
      });
    } else if (c.symbol === 'aws_events_targets.LambdaFunction') {
      const fn = fnOf(argument(c.call, 0) ?? c.call.keywords.find((k) => k.key === 'handler')?.value);
      const rule = ruleOfTarget.get(c.call);
      // A rule with a `schedule` runs on a timer; other rules (and targets we can't place) match events.
      if (fn) fn.events.push({ kind: rule?.props.has('schedule') ? 'schedule' : 'eventbridge', span: c.call.span, targetId: rule?.call.boundTo ? ctx.targetIdOf({ k: 'name', name: rule.call.boundTo.name, span: rule.call.span }) : undefined });
    } else if (c.symbol === LEGACY_HTTP_INTEGRATION) {
      const legacy = ctx.construct(c.call, 0);
      const fn = fnOf(legacy?.props.get('handler')?.value);
      if (fn) fn.events.push({ kind: 'http-api', span: c.call.span, targetId: apiOfIntegration.get(c.call) });
    } else if (c.symbol === 'aws_apigateway.LambdaRestApi' && api) {
      const handler = c.props.get('handler');
      const fn = fnOf(handler?.value);
      if (fn && handler) fn.events.push({ kind: 'rest-api', span: handler.value.span, targetId: api.id });
    } else if (c.symbol === 'aws_lambda.Alias') {
      const fn = fnOfVersion(c.props.get('version')?.value);
      if (!fn) continue;
      fn.publishesVersions = true;
      const provisioned = c.props.get('provisionedConcurrentExecutions');
      if (provisioned) fn.provisionedConcurrency = ev.numberValue(provisioned.value);
    } else if (c.symbol === 'aws_cloudfront.Distribution' || c.symbol === 'aws_cloudfront.CloudFrontWebDistribution') {
      for (const prop of c.props.values()) linkEdgeAssociations(ctx, prop.value, fnOfVersion, 0);
    }
  }
  for (const ref of ev.ir.versionRefs) {
    const fn = ref.k === 'member' ? fnOf(ref.object) : undefined;
    if (fn) fn.publishesVersions = true;
  }
}

/** `new LambdaIntegration(fn, { timeout, requestParameters })` -> a `rest-api` event of `fn`. */
function restIntegrationEvent(ctx: CdkContext, integration: Construct, apiId: string | undefined, optionsIndex: number): EventSource {
  const options = ctx.construct(integration.call, optionsIndex);
  const timeout = options?.props.get('timeout');
  const parameters = options?.props.get('requestParameters');
  const invocationType = parameters && ctx.ev.objectEntries(parameters.value)?.entries.find((e) => e.name === 'integration.request.header.X-Amz-Invocation-Type');
  const invocation = invocationType && ctx.ev.string(invocationType.value);
  // `responseTransferMode: ResponseTransferMode.STREAM`: the response streams, the 29 s wait does not apply.
  const transfer = options?.props.get('responseTransferMode');
  const streamed = transfer ? ctx.ev.enumValue(transfer.value, 'aws_apigateway.ResponseTransferMode', { STREAM: 'STREAM', BUFFERED: 'BUFFERED' }) : undefined;
  return {
    kind: 'rest-api',
    span: integration.call.span,
    targetId: apiId,
    integrationTimeoutMs: timeout ? ctx.ev.duration(timeout.value, 'ms') : undefined,
    asynchronous: invocation?.known && invocation.value === "'Event'" ? true : undefined,
    streaming: streamed?.known === true && streamed.value === 'STREAM' ? true : undefined,
  };
}

/**
 * Finds `{ functionVersion: fn.currentVersion, eventType: LambdaEdgeEventType.VIEWER_REQUEST }` (and the
 * older `lambdaFunction:` spelling) anywhere in a distribution's props: the function runs at the edge.
 */
function linkEdgeAssociations(ctx: CdkContext, e: Expr, fnOfVersion: (e: Expr | undefined) => MutableFunction | undefined, depth: number): void {
  if (depth > 8) return;
  const { expr } = ctx.ev.deref(e);
  if (expr.k === 'array') {
    for (const item of expr.items) if (!isSpread(item)) linkEdgeAssociations(ctx, item, fnOfVersion, depth + 1);
    return;
  }
  const entries = ctx.ev.objectEntries(expr)?.entries;
  if (!entries) return;
  const byName = new Map(entries.map((x) => [camelCase(x.name), x]));
  const version = byName.get('functionVersion') ?? byName.get('lambdaFunction');
  const eventType = byName.get('eventType');
  const fn = version && fnOfVersion(version.value);
  if (fn && eventType) {
    fn.edge = true;
    fn.events.push({ kind: 'cloudfront', span: version!.value.span, edgeEventType: ctx.ev.enumValue(eventType.value, 'aws_cloudfront.LambdaEdgeEventType', EDGE_EVENT_TYPES) });
    return;
  }
  for (const x of entries) linkEdgeAssociations(ctx, x.value, fnOfVersion, depth + 1);
}

/**
 * `api.root.addResource('x')` -> `api`: the entity a chain of members and calls starts from, following
 * constants (`const job = api.root.addResource('job'); job.addMethod(…)`).
 */
function baseOf(ctx: CdkContext, expr: Expr): Expr {
  let current = expr;
  for (let i = 0; i < 64; i++) {
    if (current.k === 'member') current = current.object;
    else if (current.k === 'call') current = current.callee;
    else if (current.k === 'name' && !ctx.entityOf(current) && ctx.ev.binding(current)) current = ctx.ev.binding(current)!.value;
    else break;
  }
  return current;
}

/**
 * `new tasks.LambdaInvoke(this, 'Charge', { lambdaFunction: fn, taskTimeout: sfn.Timeout.duration(...) })`
 * as a task of the file's state machine. Which machine a task belongs to is decided by the chain of
 * `.next()` calls; we link only when the file declares exactly one state machine (else the link is unknown).
 */
function linkLambdaInvokeTasks(ctx: CdkContext, constructs: readonly Construct[], fnOf: (e: Expr | undefined) => MutableFunction | undefined): void {
  const machines = ctx.model.stateMachines;
  if (machines.length !== 1) return;
  const machine = machines[0] as { tasks?: StateMachineTask[] };
  for (const c of constructs) {
    if (c.symbol !== 'aws_stepfunctions_tasks.LambdaInvoke') continue;
    const fn = fnOf(c.props.get('lambdaFunction')?.value);
    if (!fn) continue;
    const idArgument = argument(c.call, 1);
    const state = idArgument ? ctx.ev.string(idArgument) : undefined;
    const timeoutProp = c.props.get('taskTimeout') ?? c.props.get('timeout');
    machine.tasks = [
      ...(machine.tasks ?? []),
      { state: state?.known ? state.value : fn.id, span: c.call.span, functionId: fn.id, timeoutSeconds: timeoutProp ? taskTimeout(ctx, timeoutProp.value) : undefined, heartbeatSeconds: undefined },
    ];
  }
}

/** `sfn.Timeout.duration(Duration.seconds(30))` or a plain `Duration` (the older `timeout` prop). */
function taskTimeout(ctx: CdkContext, e: Expr): Value<number> {
  const { expr } = ctx.ev.deref(e);
  if (expr.k === 'call' && ctx.ev.symbol(expr.callee) === 'aws_stepfunctions.Timeout.duration') {
    const inner = firstArgument(expr);
    return inner ? ctx.ev.duration(inner) : unknown('no duration', expr.span);
  }
  return ctx.ev.duration(e);
}

/**
 * Queues used as dead-letter queues or failure destinations anywhere in the file: a `deadLetterQueue`
 * prop of any call (a construct, `new SnsEventSource(topic, { deadLetterQueue })`, an events target), as
 * `{ queue: dlq }` or the queue itself, and `new SqsDlq(dlq)` / `new SqsDestination(dlq)`.
 */
function markDeadLetterQueues(ctx: CdkContext, constructs: readonly Construct[]): void {
  const mark = (e: Expr | undefined) => {
    const entity = e ? ctx.entityOf(e) : undefined;
    if (entity?.kind === 'queue') (entity as { isDeadLetter?: boolean }).isDeadLetter = true;
  };
  const markProp = (value: Expr) => {
    const queueEntry = ctx.ev.objectEntries(value)?.entries.find((e) => e.name === 'queue');
    mark(queueEntry ? queueEntry.value : value);
  };
  for (const c of constructs) {
    if (c.symbol === 'aws_lambda_event_sources.SqsDlq' || c.symbol === 'aws_lambda_destinations.SqsDestination') mark(argument(c.call, 0));
  }
  for (const call of ctx.ev.ir.calls) {
    for (const arg of call.args) {
      if (isSpread(arg)) continue;
      for (const entry of ctx.ev.objectEntries(arg)?.entries ?? []) if (camelCase(entry.name) === 'deadLetterQueue') markProp(entry.value);
    }
    for (const kw of call.keywords) if (kw.key && camelCase(kw.key) === 'deadLetterQueue') markProp(kw.value);
  }
}
