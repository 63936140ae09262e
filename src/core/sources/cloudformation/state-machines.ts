/**
 * Step Functions state machines: the workflow type and the durations in the definition (`Wait` states'
 * `Seconds`, `TimeoutSeconds`), read from a `Definition` object or a `DefinitionString` JSON string
 * (parsed with jsonc-parser).
 */
import { known, type StateMachine, type StateMachineTask, type Value } from '../../model';
import type { Span } from '../../text/line-index';
import { parseJsonTree } from '../json-tree';
import { get, isMap, isScalar, isSeq, plainString, type MapNode, type TreeNode } from '../tree';
import { intrinsicOf } from './intrinsics';
import { spendActive } from '../../budget';
import type { ResourceEntry, Template } from './template';
import { mentionedIds, resolveScalar, subVariables, toNumber, toText } from './values';

export const STATE_MACHINE_TYPES = new Set(['AWS::StepFunctions::StateMachine', 'AWS::Serverless::StateMachine']);

type Duration = StateMachine['durations'][number];

/** How one definition's values are read: numbers, and the logical ids a task's function reference names. */
interface DefinitionReader {
  number(node: TreeNode | undefined): Value<number> | undefined;
  functionIds(node: TreeNode | undefined): string[];
  /** Where a state is written: its key in a `Definition`, the whole string for a `DefinitionString`. */
  stateSpan(keySpan: Span): Span;
}

interface Found {
  readonly durations: Duration[];
  readonly tasks: StateMachineTask[];
}

export function readStateMachine(resource: ResourceEntry, template: Template): StateMachine {
  const props = resource.properties;
  const typeKey = resource.type === 'AWS::Serverless::StateMachine' ? 'Type' : 'StateMachineType';
  const found: Found = { durations: [], tasks: [] };
  const durations = found.durations;
  const substitutions = get(props, 'DefinitionSubstitutions');
  // `${OrdersFnArn}` in the definition names a `DefinitionSubstitutions` key whose value references the function.
  const substituted = (text: string) => subVariables(text).flatMap((name) => [...mentionedIds(get(substitutions, name))]);
  const definition = get(props, 'Definition');
  if (isMap(definition) && !intrinsicOf(definition)) {
    walkDefinition(definition, {
      number: (node) => toNumber(resolveScalar(node, template)),
      functionIds: (node) => {
        const literal = plainString(node);
        return literal !== undefined ? substituted(literal) : [...mentionedIds(node)];
      },
      stateSpan: (keySpan) => keySpan,
    }, found);
  } else {
    const stringNode = get(props, 'DefinitionString');
    const text = stringNode && definitionText(stringNode);
    const root = text === undefined ? undefined : parseJsonTree(text).root;
    // Offsets inside the string are not offsets in the file: every duration points at the whole string.
    if (stringNode && isMap(root)) {
      walkDefinition(root, {
        number: (node) => literalNumber(node, stringNode.span),
        // `${Fn.Arn}` of a `!Sub` DefinitionString names the function itself; else a substitution key.
        functionIds: (node) => {
          const literal = plainString(node);
          if (literal === undefined) return [];
          const direct = subVariables(literal).filter((name) => name.includes('.')).map((name) => name.split('.')[0]);
          return direct.length ? direct : substituted(literal);
        },
        stateSpan: () => stringNode.span,
      }, found);
    }
  }
  return {
    kind: 'state-machine',
    id: resource.id,
    resourceType: resource.type,
    span: resource.idSpan,
    type: toText(resolveScalar(get(props, typeKey), template)),
    durations,
    tasks: found.tasks,
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

function walkDefinition(root: MapNode, reader: DefinitionReader, found: Found): void {
  const timeout = reader.number(get(root, 'TimeoutSeconds'));
  if (timeout) found.durations.push({ what: 'the state machine\'s TimeoutSeconds', seconds: timeout });
  walkStates(root, reader, found, 0, new Set());
}

/** The Lambda function a `Task` state invokes: `Resource` is its ARN, or `lambda:invoke` with `FunctionName`. */
function taskFunctionIds(state: MapNode, reader: DefinitionReader): string[] {
  const resource = get(state, 'Resource');
  const resourceText = plainString(resource);
  if (resourceText !== undefined && resourceText.startsWith('arn:aws:states:::lambda:invoke')) {
    const name = get(get(state, 'Parameters'), 'FunctionName') ?? get(get(state, 'Arguments'), 'FunctionName');
    return reader.functionIds(name);
  }
  if (resourceText !== undefined && resourceText.startsWith('arn:aws:states:::')) return [];
  return reader.functionIds(resource);
}

/** `seen`: a state list shared by aliases (`Branches: [*b, *b, …]`) is read once, however often it is reached. */
function walkStates(container: TreeNode | undefined, reader: DefinitionReader, found: Found, depth: number, seen: Set<TreeNode>): void {
  const number = reader.number;
  const out = found.durations;
  const states = get(container, 'States');
  if (!isMap(states) || depth > MAX_NESTING || seen.has(states) || !spendActive(1, 'reading state machines')) return;
  seen.add(states);
  for (const { key: name, keySpan, value: state } of states.entries) {
    if (!isMap(state)) continue;
    if (plainString(get(state, 'Type')) === 'Task') {
      const ids = taskFunctionIds(state, reader);
      if (ids.length === 1) {
        found.tasks.push({ state: name, span: reader.stateSpan(keySpan), functionId: ids[0], timeoutSeconds: number(get(state, 'TimeoutSeconds')), heartbeatSeconds: number(get(state, 'HeartbeatSeconds')) });
      }
    }
    if (plainString(get(state, 'Type')) === 'Wait') {
      const seconds = number(get(state, 'Seconds'));
      if (seconds) out.push({ what: `Wait state "${name}"`, seconds });
    }
    const timeout = number(get(state, 'TimeoutSeconds'));
    if (timeout) out.push({ what: `TimeoutSeconds of state "${name}"`, seconds: timeout });
    const branches = get(state, 'Branches');
    if (isSeq(branches)) for (const branch of branches.items) walkStates(branch, reader, found, depth + 1, seen);
    walkStates(get(state, 'Iterator'), reader, found, depth + 1, seen);
    walkStates(get(state, 'ItemProcessor'), reader, found, depth + 1, seen);
  }
}
