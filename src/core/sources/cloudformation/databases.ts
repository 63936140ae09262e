/**
 * Databases: DynamoDB tables (the details the DynamoDB rules need on top of `readTable`), and the
 * facts the VPC and RDS Proxy rules need (NAT gateways, RDS databases and proxies, which functions
 * read a database endpoint).
 */
import { unknown, type ServerlessModel, type Table } from '../../model';
import type { Span } from '../../text/line-index';
import { entry, forEachReachable, get, getPath, isMap, isScalar, isSeq, plainString, type MapNode, type TreeNode } from '../tree';
import { intrinsicOf } from './intrinsics';
import { mergeGlobals } from './merge-globals';
import { readTable } from './resources';
import type { ResourceEntry, Template } from './template';
import { resolveScalar, subVariables, toBoolean, toText } from './values';

/** `AWS::DynamoDB::Table` / `AWS::DynamoDB::GlobalTable`, with removal spans and index key attributes. */
export function readDynamoDbTable(resource: ResourceEntry, template: Template): Table {
  const base = readTable(resource, template);
  const props = resource.properties;
  const throughputKey = resource.type === 'AWS::DynamoDB::GlobalTable' ? 'WriteProvisionedThroughputSettings' : 'ProvisionedThroughput';
  const streamSpec = get(props, 'StreamSpecification');
  return {
    ...base,
    // The key, not the value map: what a diagnostic underlines.
    provisionedThroughput: entry(props, throughputKey)?.keySpan ?? base.provisionedThroughput,
    provisionedThroughputRemoval: props ? entryRemovalSpan(props, throughputKey) : undefined,
    provisionedThroughputConditional: intrinsicOf(get(props, throughputKey))?.name === 'Fn::If' || undefined,
    // A StreamSpecification the file does not spell out (`!If`, a parameter) is unknown, not absent.
    streamViewType: base.streamViewType ?? (streamSpec ? unknown('StreamSpecification is not literal', streamSpec.span) : undefined),
    multiRegionConsistency: toText(resolveScalar(get(props, 'MultiRegionConsistency'), template)),
    ttlEnabled: toBoolean(resolveScalar(getPath(props, 'TimeToLiveSpecification', 'Enabled'), template)),
    keyAttributes: keyAttributes(props),
  };
}

/** Key attributes of the table and of its global and local secondary indexes, with declared types. */
function keyAttributes(props: MapNode | undefined): Table['keyAttributes'] {
  const definitions = get(props, 'AttributeDefinitions');
  if (!isSeq(definitions)) return undefined;
  const types = new Map<string, string>();
  for (const d of definitions.items) {
    const name = plainString(get(d, 'AttributeName'));
    const type = plainString(get(d, 'AttributeType'));
    if (name && type) types.set(name, type);
  }
  const schemas: TreeNode[] = [];
  const tableSchema = get(props, 'KeySchema');
  if (tableSchema) schemas.push(tableSchema);
  for (const indexes of [get(props, 'GlobalSecondaryIndexes'), get(props, 'LocalSecondaryIndexes')]) {
    if (isSeq(indexes)) for (const index of indexes.items) schemas.push(get(index, 'KeySchema')!);
  }
  const seen = new Set<string>();
  const keys: Array<{ name: string; type?: string; span: Span }> = [];
  for (const schema of schemas) {
    if (!isSeq(schema)) continue;
    for (const k of schema.items) {
      const name = plainString(get(k, 'AttributeName'));
      if (!name || seen.has(name)) continue;
      seen.add(name);
      keys.push({ name, type: types.get(name), span: k.span });
    }
  }
  return keys;
}

/**
 * A span whose deletion removes `key` and its value from `map` with the layout intact: from the key to
 * the next key (its lines, or its JSON member and comma), or, for the last key, from the end of the
 * previous value. Undefined when the key is missing or is the map's only key.
 */
export function entryRemovalSpan(map: MapNode, key: string): Span | undefined {
  const target = entry(map, key);
  if (!target || map.entries.length < 2) return undefined;
  const index = map.entries.lastIndexOf(target);
  const end = target.value?.span.end ?? target.keySpan.end;
  const next = map.entries[index + 1];
  if (next) return { start: target.keySpan.start, end: next.keySpan.start };
  const previous = map.entries[index - 1];
  return { start: previous.value?.span.end ?? previous.keySpan.end, end };
}

const DATABASE_TYPES = new Set(['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster']);

/**
 * Facts for the VPC and RDS Proxy rules: NAT gateways, databases, proxies, and each function's
 * references to a database endpoint in its environment.
 */
export function linkDatabases(template: Template, model: ServerlessModel): void {
  const databaseIds: string[] = [];
  let proxies = 0;
  for (const resource of template.resources) {
    if (resource.type === 'AWS::EC2::NatGateway') model.facts.hasNatGateway = true;
    else if (DATABASE_TYPES.has(resource.type)) databaseIds.push(resource.id);
    else if (resource.type === 'AWS::RDS::DBProxy') proxies++;
  }
  model.facts.databases = (model.facts.databases ?? 0) + databaseIds.length;
  model.facts.dbProxies = (model.facts.dbProxies ?? 0) + proxies;
  model.facts.databaseIds = [...(model.facts.databaseIds ?? []), ...databaseIds];
  if (!databaseIds.length) return;
  const databases = new Set(databaseIds);
  const globals = get(template.globals, 'Function');
  for (const fn of model.functions) {
    const resource = template.byId.get(fn.id);
    if (!resource) continue;
    const props = resource.type === 'AWS::Serverless::Function' ? mergeGlobals(isMap(globals) ? globals : undefined, resource.properties) : resource.properties;
    const variables = getPath(props, 'Environment', 'Variables');
    const found = new Set<string>();
    collectEndpointReferences(variables, databases, found);
    if (found.size) (fn as { databaseEndpoints?: readonly string[] }).databaseEndpoints = [...found];
  }
}

/** `!GetAtt Db.Endpoint.Address`, `!GetAtt [Db, Endpoint.Port]`, `${Db.ReadEndpoint.Address}` in `!Sub`... (each shared node once) */
function collectEndpointReferences(node: TreeNode | undefined, databases: Set<string>, out: Set<string>): void {
  forEachReachable(node, (n) => {
    const intrinsic = intrinsicOf(n);
    if (intrinsic?.name === 'Fn::GetAtt') {
      const target = getAttTarget(intrinsic.argument);
      if (target && databases.has(target.id) && isEndpointAttribute(target.attribute)) out.add(target.id);
    } else if (intrinsic?.name === 'Fn::Sub') {
      const arg = intrinsic.argument;
      const text = isScalar(arg) ? arg.value : isSeq(arg) && isScalar(arg.items[0]) ? arg.items[0].value : undefined;
      if (typeof text === 'string') {
        for (const variable of subVariables(text)) {
          const [id, ...attribute] = variable.split('.');
          if (databases.has(id) && isEndpointAttribute(attribute.join('.'))) out.add(id);
        }
      }
    }
  }, 12);
}

function isEndpointAttribute(attribute: string): boolean {
  return attribute.startsWith('Endpoint.') || attribute.startsWith('ReadEndpoint.');
}

/** The logical id and attribute of a `Fn::GetAtt` argument (`A.B.C` or `[A, B.C]`). */
export function getAttTarget(argument: TreeNode | undefined): { id: string; attribute: string } | undefined {
  if (isScalar(argument) && typeof argument.value === 'string') {
    const [id, ...rest] = argument.value.split('.');
    return { id, attribute: rest.join('.') };
  }
  if (isSeq(argument) && argument.items.length === 2) {
    const id = plainString(argument.items[0]);
    const attribute = plainString(argument.items[1]);
    if (id && attribute) return { id, attribute };
  }
  return undefined;
}

