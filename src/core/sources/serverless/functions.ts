/**
 * serverless.yml `functions`, with the provider-level defaults each one inherits unless it sets its own.
 * Inherited values carry `derived: 'provider.<key>'` and the provider's span, so one provider value that
 * breaks a limit becomes one finding naming every function it affects.
 */
import { toolDefault, type ToolDefaultId } from '../../data/tool-defaults';
import { known, unknown, type Environment, type EnvironmentVariable, type LambdaFunction, type Value, type VpcConfig } from '../../model';
import type { Span } from '../../text/line-index';
import { intrinsicOf } from '../cloudformation/intrinsics';
import { isMap, isSeq, type TreeNode } from '../tree';
import { readEvents } from './events';
import { childOf, type Located, type Resolution, type VariableResolver } from './resolve-variables';
import { asBoolean, asNumber, asText, scalarValue, unknownMinLength } from './values';

/** A function entry: its key, the span of that key in this document, and its settings. */
export interface FunctionEntry {
  readonly id: string;
  readonly keySpan: Span;
  readonly body: Located;
}

/** The `functions` section: a map, or a list of maps (the Framework merges them). */
export function functionEntries(functions: Located | undefined, resolver: VariableResolver): FunctionEntry[] {
  if (!functions) return [];
  const resolved = resolver.resolve(functions);
  if (!resolved.ok) return [];
  const maps: Located[] = [];
  if (isMap(resolved.located.node)) maps.push(resolved.located);
  else if (isSeq(resolved.located.node)) {
    resolved.located.node.items.forEach((_, i) => {
      const item = childOf(resolved.located, String(i));
      const r = item && resolver.resolve(item);
      if (r?.ok && isMap(r.located.node)) maps.push(r.located);
    });
  }
  const entries: FunctionEntry[] = [];
  for (const map of maps) {
    if (!isMap(map.node)) continue;
    for (const e of map.node.entries) {
      const body = childOf(map, e.key);
      const resolvedBody = body && resolver.resolve(body);
      if (!resolvedBody?.ok || !isMap(resolvedBody.located.node)) continue;
      entries.push({ id: e.key, keySpan: map.inDocument ? e.keySpan : map.span, body: resolvedBody.located });
    }
  }
  return entries;
}

/** Which function-level keys the provider can set for every function. */
export const PROVIDER_DEFAULT_KEYS = ['runtime', 'timeout', 'memorySize', 'environment', 'layers', 'vpc', 'architecture'] as const;

export function readFunction(entry: FunctionEntry, provider: Located | undefined, resolver: VariableResolver): LambdaFunction {
  const fn = entry.body;
  const own = (key: string): Resolution | undefined => present(resolver.value(fn, key));
  /** The function's own value, else the provider's (marked `provider.<key>`). */
  const pick = (key: string): { resolution: Resolution; derived?: string } | undefined => {
    const mine = own(key);
    if (mine) return { resolution: mine };
    const inherited = present(resolver.value(provider, key));
    return inherited && { resolution: inherited, derived: `provider.${key}` };
  };
  const number = (key: string, inherit = true) => {
    const picked = inherit ? pick(key) : wrap(own(key));
    return picked && asNumber(scalarValue(picked.resolution, picked.derived));
  };
  const text = (key: string) => {
    const picked = pick(key);
    return picked && asText(scalarValue(picked.resolution, picked.derived));
  };

  const image = own('image');
  const snapStart = own('snapStart');
  const architecture = text('architecture');
  const fileSystem = own('fileSystemConfig');
  const versionFunctions = asBoolean(scalarValue(resolver.value(provider, 'versionFunctions')));
  const events = readEvents(childOf(fn, 'events'), resolver);
  // The Framework gives a `cloudFront` function 5 s / 128 MB unless the function itself sets them: the
  // provider's values do not reach it (events/cloud-front.js, prepareFunctions).
  const edge = events.some((e) => e.kind === 'cloudfront');
  const timeout = edge ? number('timeout', false) ?? frameworkDefault('serverless.edge.timeout', entry.keySpan) : number('timeout') ?? frameworkDefault('serverless.timeout', entry.keySpan);
  const memorySize = edge ? number('memorySize', false) ?? frameworkDefault('serverless.edge.memorySize', entry.keySpan) : number('memorySize') ?? frameworkDefault('serverless.memorySize', entry.keySpan);
  return {
    kind: 'function',
    id: entry.id,
    resourceType: 'AWS::Lambda::Function',
    span: entry.keySpan,
    // An image function has no Runtime: the provider's runtime does not apply to it.
    runtime: image ? undefined : text('runtime'),
    timeout,
    memorySize,
    ephemeralStorage: number('ephemeralStorageSize', false),
    environment: readEnvironment(entry, fn, provider, resolver),
    layers: readLayers(pick('layers')),
    snapStart: snapStart && readSnapStart(snapStart),
    vpc: readVpc(pick('vpc'), resolver),
    reservedConcurrency: number('reservedConcurrency', false),
    provisionedConcurrency: number('provisionedConcurrency', false),
    architectures: architecture?.known === true ? known([architecture.value], architecture.span, { derived: architecture.derived }) : architecture?.known === false ? architecture : undefined,
    packageType: image ? known('Image', image.ok ? image.located.span : image.span) : undefined,
    fileSystems: fileSystem ? known(1, fileSystem.ok ? fileSystem.located.span : fileSystem.span) : undefined,
    // The Framework publishes a version on every deploy unless `provider.versionFunctions: false`.
    publishesVersions: versionFunctions !== false,
    edge: undefined,
    events,
  };
}

/** What the Framework deploys when the file sets nothing: a known value on the function's key line. */
function frameworkDefault(id: ToolDefaultId & `serverless.${string}`, keySpan: Span): Value<number> {
  const d = toolDefault(id);
  return known(d.value as number, keySpan, { toolDefault: d.provenance });
}

/** A key set to nothing (`timeout:`) counts as absent, as the Framework treats it. */
function present(resolution: Resolution | undefined): Resolution | undefined {
  if (resolution?.ok && resolution.located.node.type === 'scalar' && resolution.located.node.value === null && !resolution.located.node.tag) return undefined;
  return resolution;
}

function wrap(resolution: Resolution | undefined): { resolution: Resolution; derived?: string } | undefined {
  return resolution && { resolution };
}

function readSnapStart(resolution: Resolution): Value<string> | undefined {
  const on = asBoolean(scalarValue(resolution));
  if (on === undefined) return resolution.ok ? unknown('snapStart is not a boolean', resolution.located.span) : unknown(resolution.reason, resolution.span);
  if (!on) return undefined;
  // `snapStart: true` becomes `SnapStart: { ApplyOn: PublishedVersions }`.
  return known('PublishedVersions', resolution.ok ? resolution.located.span : resolution.span);
}

function readLayers(picked: { resolution: Resolution; derived?: string } | undefined): Value<number> | undefined {
  if (!picked) return undefined;
  const { resolution, derived } = picked;
  if (!resolution.ok) return unknown(resolution.reason, resolution.span);
  const node = resolution.located.node;
  // A function's `layers` replaces the provider's; it is not added to them.
  if (isSeq(node) && !node.tag) return known(node.items.length, resolution.located.span, { derived: chainDerived(derived, resolution.located.derived) });
  return unknown('layers is not a literal list', resolution.located.span);
}

function readVpc(picked: { resolution: Resolution; derived?: string } | undefined, resolver: VariableResolver): VpcConfig | undefined {
  if (!picked?.resolution.ok || !isMap(picked.resolution.located.node)) return undefined;
  const vpc = picked.resolution.located;
  const count = (key: string): Value<number> | undefined => {
    const r = resolver.value(vpc, key);
    if (!r) return undefined;
    if (!r.ok) return unknown(r.reason, r.span);
    return isSeq(r.located.node) && !r.located.node.tag ? known(r.located.node.items.length, r.located.span) : unknown('not a literal list', r.located.span);
  };
  return { span: vpc.span, derived: chainDerived(picked.derived, vpc.derived), subnetCount: count('subnetIds'), securityGroupCount: count('securityGroupIds') };
}

function chainDerived(outer: string | undefined, inner: string | undefined): string | undefined {
  if (outer && inner) return `${outer} ← ${inner}`;
  return outer ?? inner;
}

/**
 * The environment the function deploys with: the provider's variables merged with its own (its keys win).
 * The 4 KB rule measures this merged map; the finding goes on the map that holds most of the variables.
 */
function readEnvironment(entry: FunctionEntry, fn: Located, provider: Located | undefined, resolver: VariableResolver): Environment | undefined {
  const inherited = readVariables(present(resolver.value(provider, 'environment')), resolver);
  const mine = readVariables(present(resolver.value(fn, 'environment')), resolver);
  if (!inherited && !mine) return undefined;
  const merged = new Map<string, EnvironmentVariable>();
  for (const v of inherited?.variables ?? []) merged.set(v.name, v);
  for (const v of mine?.variables ?? []) merged.set(v.name, v);
  const ownCount = mine?.variables.length ?? 0;
  const inheritedCount = [...merged.values()].length - ownCount;
  const holder = mine && (!inherited || ownCount >= inheritedCount) ? mine : inherited!;
  let derived: string | undefined;
  if (inherited && mine) derived = `provider.environment merged with functions.${entry.id}.environment`;
  else if (inherited) derived = chainDerived('provider.environment', inherited.derived);
  else derived = mine!.derived;
  return {
    span: holder.span,
    derived,
    variables: [...merged.values()],
    partial: inherited?.partial || mine?.partial || undefined,
  };
}

interface VariableMap {
  readonly span: Span;
  readonly derived?: string;
  readonly variables: EnvironmentVariable[];
  readonly partial?: boolean;
}

function readVariables(resolution: Resolution | undefined, resolver: VariableResolver): VariableMap | undefined {
  if (!resolution) return undefined;
  if (!resolution.ok) return { span: resolution.span, variables: [], partial: true };
  const map = resolution.located;
  const node: TreeNode = map.node;
  if (!isMap(node) || intrinsicOf(node)) return { span: map.span, variables: [], partial: true };
  const variables: EnvironmentVariable[] = [];
  for (const e of node.entries) {
    const child = childOf(map, e.key);
    const nameSpan = map.inDocument ? e.keySpan : map.span;
    if (!child) {
      variables.push({ name: e.key, nameSpan, value: known('', nameSpan) });
      continue;
    }
    const resolved = resolver.resolve(child);
    const value = asText(scalarValue(resolved)) ?? known('', nameSpan);
    variables.push({ name: e.key, nameSpan, value, minLength: value.known === true ? undefined : unknownMinLength(resolved) });
  }
  return { span: map.span, derived: map.derived, variables };
}
