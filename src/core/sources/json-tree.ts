import { parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import type { MapEntry, ParsedTree, ReadProblem, TreeNode } from './tree';
import { prescanJson } from './json-prescan';
import { quote } from '../text/quote';
import { duplicateKeyProblem } from './duplicate-key';
import { MAX_TREE_DEPTH as MAX_DEPTH } from './prescan-bounds';
import { spendActive, type WorkBudget } from '../budget';

/** Parses JSON (comments and trailing commas tolerated) into the neutral tree; never throws. */
export function parseJsonTree(original: string, budget?: WorkBudget): ParsedTree {
  // parseTree recurses per level: too deep or too long parts are blanked first (json-prescan.ts).
  const prescan = prescanJson(original);
  // Without a budget of its own (a DefinitionString inside a template) it spends from the running one.
  const spend = budget ? (n: number) => budget.spend(n, 'JSON reading') : (n: number) => spendActive(n, 'JSON reading');
  spend(prescan.tokens);
  const text = prescan.text;
  if (text === undefined) return { root: undefined, problems: prescan.problems, comments: [] };
  const errors: ParseError[] = [];
  let json: JsonNode | undefined;
  try {
    json = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  } catch (error) {
    return { root: undefined, problems: [{ kind: 'limit', message: `The JSON could not be read: ${quote((error as Error).message)}`, span: { start: 0, end: 0 } }], comments: [] };
  }
  const problems: ReadProblem[] = [...prescan.problems];
  for (const e of errors) problems.push({
    kind: 'syntax',
    message: `JSON syntax error: ${describe(printParseErrorCode(e.error))}`,
    // At the end of the text an error still marks one character, never past it.
    span: { start: Math.min(e.offset, original.length), end: Math.min(original.length, e.offset + Math.max(1, e.length)) },
  });
  let tooDeep = false;

  const convert = (node: JsonNode | undefined, depth: number): TreeNode | undefined => {
    if (!node) return undefined;
    spend(1);
    if (depth > MAX_DEPTH) {
      tooDeep = true;
      return undefined;
    }
    const span = { start: node.offset, end: node.offset + node.length };
    switch (node.type) {
      case 'object': {
        const entries: MapEntry[] = [];
        const seen = new Map<string, number>();
        for (const property of node.children ?? []) {
          const [keyNode, valueNode] = property.children ?? [];
          if (!keyNode || typeof keyNode.value !== 'string') continue;
          const keySpan = { start: keyNode.offset, end: keyNode.offset + keyNode.length };
          if (seen.has(keyNode.value)) problems.push(duplicateKeyProblem(keyNode.value, keySpan, seen.get(keyNode.value), text));
          else seen.set(keyNode.value, keySpan.start);
          entries.push({ key: keyNode.value, keySpan, value: convert(valueNode, depth + 1) });
        }
        return { type: 'map', span, entries };
      }
      case 'array': {
        const items: TreeNode[] = [];
        for (const child of node.children ?? []) {
          const item = convert(child, depth + 1);
          if (item) items.push(item);
        }
        return { type: 'seq', span, items };
      }
      case 'string':
        return { type: 'scalar', span, value: node.value as string, quoted: true };
      case 'number':
      case 'boolean':
        return { type: 'scalar', span, value: node.value as number | boolean };
      case 'null':
        return { type: 'scalar', span, value: null };
      default:
        return undefined;
    }
  };
  const root = convert(json, 0);
  if (tooDeep) problems.push({ kind: 'limit', message: `Nesting deeper than ${MAX_DEPTH} levels was not read.`, span: { start: 0, end: 0 } });
  return { root, problems, comments: [] };
}

/** `PropertyNameExpected` -> `property name expected`. */
function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
