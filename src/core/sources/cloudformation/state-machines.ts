/**
 * Step Functions state machines: the workflow type and the durations in the definition (`Wait` states'
 * `Seconds`, `TimeoutSeconds`), read from a `Definition` object or a `DefinitionString` JSON string
 * (parsed with jsonc-parser).
 */
import { known, type StateMachine, type Value } from '../../model';
import type { Span } from '../../text/line-index';
import { parseJsonTree } from '../json-tree';
import { get, isMap, isScalar, isSeq, plainString, type MapNode, type TreeNode } from '../tree';
import { intrinsicOf } from './intrinsics';
import { spendActive } from '../../budget';
import type { ResourceEntry, Template } from './template';
import { resolveScalar, toNumber, toText } from './values';

export const STATE_MACHINE_TYPES = new Set(['AWS::StepFunctions::StateMachine', 'AWS::Serverless::StateMachine']);

type Duration = StateMachine['durations'][number];

export function readStateMachine(resource: ResourceEntry, template: Template): StateMachine {
  const props = resource.properties;
  const typeKey = resource.type === 'AWS::Serverless::StateMachine' ? 'Type' : 'StateMachineType';
  const durations: Duration[] = [];
  const definition = get(props, 'Definition');
  if (isMap(definition) && !intrinsicOf(definition)) {
    walkDefinition(definition, (node) => toNumber(resolveScalar(node, template)), durations);
  } else {
    const stringNode = get(props, 'DefinitionString');
    const text = stringNode && definitionText(stringNode);
    const root = text === undefined ? undefined : parseJsonTree(text).root;
    // Offsets inside the string are not offsets in the file: every duration points at the whole string.
    if (stringNode && isMap(root)) walkDefinition(root, (node) => literalNumber(node, stringNode.span), durations);
  }
  return {
    kind: 'state-machine',
    id: resource.id,
    resourceType: resource.type,
    span: resource.idSpan,
    type: toText(resolveScalar(get(props, typeKey), template)),
    durations,
  };
}

/** The JSON text of a `DefinitionString`: a literal, a `!Sub` template, or a `!Join` of literal lines. */
function definitionText(node: TreeNode): string | undefined {
  const literal = plainString(node);
  if (literal !== undefined) return literal;
  const intrinsic = intrinsicOf(node);
  const arg = intrinsic?.argument;
  if (intrinsic?.name === 'Fn::Sub') {
    const text = isScalar(arg) ? arg.value : isSeq(arg) && isScalar(arg.items[0]) ? arg.items[0].value : undefined;
    // `${...}` variables stay in place; inside JSON strings they keep the JSON valid.
    return typeof text === 'string' ? text : undefined;
  }
  if (intrinsic?.name === 'Fn::Join' && isSeq(arg) && arg.items.length === 2 && isSeq(arg.items[1])) {
    const separator = plainString(arg.items[0]) ?? '';
    // A part the template computes becomes 0: never a duration above a limit, so never a finding.
    return arg.items[1].items.map((part) => plainString(part) ?? '0').join(separator);
  }
  return undefined;
}

function literalNumber(node: TreeNode | undefined, span: Span): Value<number> | undefined {
  if (!isScalar(node) || typeof node.value !== 'number') return undefined;
  return known(node.value, span, { derived: 'DefinitionString' });
}

const MAX_NESTING = 16;

function walkDefinition(root: MapNode, number: (node: TreeNode | undefined) => Value<number> | undefined, out: Duration[]): void {
  const timeout = number(get(root, 'TimeoutSeconds'));
  if (timeout) out.push({ what: 'the state machine\'s TimeoutSeconds', seconds: timeout });
  walkStates(root, number, out, 0, new Set());
}

/** `seen`: a state list shared by aliases (`Branches: [*b, *b, …]`) is read once, however often it is reached. */
function walkStates(container: TreeNode | undefined, number: (node: TreeNode | undefined) => Value<number> | undefined, out: Duration[], depth: number, seen: Set<TreeNode>): void {
  const states = get(container, 'States');
  if (!isMap(states) || depth > MAX_NESTING || seen.has(states) || !spendActive(1, 'reading state machines')) return;
  seen.add(states);
  for (const { key: name, value: state } of states.entries) {
    if (!isMap(state)) continue;
    if (plainString(get(state, 'Type')) === 'Wait') {
      const seconds = number(get(state, 'Seconds'));
      if (seconds) out.push({ what: `Wait state "${name}"`, seconds });
    }
    const timeout = number(get(state, 'TimeoutSeconds'));
    if (timeout) out.push({ what: `TimeoutSeconds of state "${name}"`, seconds: timeout });
    const branches = get(state, 'Branches');
    if (isSeq(branches)) for (const branch of branches.items) walkStates(branch, number, out, depth + 1, seen);
    walkStates(get(state, 'Iterator'), number, out, depth + 1, seen);
    walkStates(get(state, 'ItemProcessor'), number, out, depth + 1, seen);
  }
}
