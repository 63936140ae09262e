import { Alias, isAlias, isMap as isYamlMap, isPair, isScalar as isYamlScalar, isSeq as isYamlSeq, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node as YamlNode, Tags } from 'yaml';
import type { MapEntry, ParsedTree, ReadProblem, SourceComment, TreeNode } from './tree';
import { DIRECTIVE_PREFIX } from '../suppression';
import { collectYamlComments } from './yaml-comments';
import { prescanYaml } from './yaml-prescan';
import { reindentForCloudFormation } from './yaml-lenient';
import { duplicateKeyProblem } from './duplicate-key';
import { quote } from '../text/quote';
import { MAX_TREE_DEPTH as MAX_DEPTH } from './prescan-bounds';
import { spendActive, type WorkBudget } from '../budget';
/** Alias dereferences allowed per document: aliases are shared, never expanded, but a bomb is still refused. */
const MAX_ALIASES = 10_000;

/** CloudFormation's short-form tags (`!Ref`, `!If`...), on scalars, sequences and maps alike. */
const CLOUDFORMATION_TAGS = ['!Ref', '!Condition', '!If', '!Sub', '!GetAtt', '!Join', '!FindInMap', '!ImportValue', '!Select', '!Split', '!Base64', '!Cidr', '!GetAZs', '!Equals', '!And', '!Or', '!Not', '!Transform', '!Length', '!ToJsonString'];

/**
 * Registering the tags keeps the node (with its tag) as it is. Unregistered, each one would cost a
 * YAMLWarning with a stack trace: on a 2,000-function template that doubled the parse time.
 */
const CUSTOM_TAGS: Tags = CLOUDFORMATION_TAGS.flatMap((tag) => [
  { tag, resolve: (value: string) => value },
  { tag, collection: 'seq' as const, nodeClass: YAMLSeq, resolve: (value: YAMLSeq) => value },
  { tag, collection: 'map' as const, nodeClass: YAMLMap, resolve: (value: YAMLMap) => value },
]) as unknown as Tags;

/**
 * Parses YAML into the neutral tree, keeping offsets and CloudFormation tags. Lenient where
 * CloudFormation is (strict: false), and never throws: problems are returned.
 */
export function parseYamlTree(original: string, budget?: WorkBudget): ParsedTree {
  // Without a budget of its own (a `${file()}` include, a DefinitionString) it spends from the running one.
  const spend = budget ? (n: number) => budget.spend(n, 'YAML reading') : (n: number) => spendActive(n, 'YAML reading');
  // Bounds what the parser gets (depth, size) before it recurses or runs for seconds: see yaml-prescan.ts.
  const prescan = prescanYaml(original);
  spend(prescan.tokens);
  const problems: ReadProblem[] = [...prescan.problems];
  const text = prescan.text;
  if (text === undefined) return { root: undefined, problems, comments: [] };
  // Comments only serve suppression directives: skip the extra lexing pass when there can be none.
  const comments: SourceComment[] = text.includes(DIRECTIVE_PREFIX) ? collectYamlComments(text) : [];
  let doc;
  let at = (offset: number) => offset;
  try {
    doc = parseStrictly(text);
    // CloudFormation's reader accepts under-indented continuation lines of quoted strings and flow
    // collections: read those the same way (yaml-lenient.ts) when that clears errors, ranges mapped back.
    if (syntaxErrorCount(doc.errors) > 0) {
      const lenient = reindentForCloudFormation(text);
      const second = lenient && parseStrictly(lenient.text);
      if (lenient && second && syntaxErrorCount(second.errors) < syntaxErrorCount(doc.errors)) {
        doc = second;
        at = lenient.toOriginal;
      }
    }
  } catch (error) {
    // The parser itself gave up (e.g. a stack overflow on absurd nesting).
    problems.push({ kind: 'limit', message: `The YAML could not be read: ${quote((error as Error).message)}`, span: { start: 0, end: 0 } });
    return { root: undefined, problems, comments };
  }
  const tolerated = toleratedPositions(doc.errors);
  let firstSyntaxError = Number.POSITIVE_INFINITY;
  for (const error of doc.errors) {
    const start = at(error.pos[0]);
    const end = at(error.pos[1]);
    if (tolerated.has(start)) continue;
    if (error.code === 'RESOURCE_EXHAUSTION') {
      // The composer's stack ran out (the pre-scan should have prevented it): never a syntax error.
      problems.push({ kind: 'limit', message: 'Part of this YAML is nested too deeply to read; the rest of the file is analysed.', span: { start, end: Math.min(original.length, Math.max(end, start + 1)) } });
    } else if (error.code === 'DUPLICATE_KEY') {
      problems.push(duplicateKeyProblem(original.slice(start, Math.min(end, start + 200)).trim(), { start, end: Math.min(original.length, Math.max(end, start + 1)) }, undefined, original));
    } else {
      firstSyntaxError = Math.min(firstSyntaxError, start);
      problems.push({ kind: 'syntax', message: `YAML syntax error: ${quote(firstLine(error.message))}`, span: { start, end: Math.min(original.length, Math.max(end, start + 1)) } });
    }
  }

  let aliases = 0;
  let tooDeep = false;
  const converted = new Map<YamlNode, TreeNode | undefined>();

  const convert = (node: unknown, depth: number): TreeNode | undefined => {
    if (node == null) return undefined;
    spend(1);
    if (depth > MAX_DEPTH) {
      tooDeep = true;
      return undefined;
    }
    if (isAlias(node)) {
      if (++aliases > MAX_ALIASES) return undefined;
      const target = resolveAlias(node as Alias);
      return target ? convert(target, depth) : undefined;
    }
    const yamlNode = node as YamlNode;
    // Only anchored nodes can be reached twice (through an alias): memoise just those.
    const anchored = (yamlNode as { anchor?: string }).anchor !== undefined;
    if (anchored && converted.has(yamlNode)) return converted.get(yamlNode);
    const range = yamlNode.range ?? [0, 0, 0];
    const span = { start: at(range[0]), end: at(range[1]) };
    const tag = yamlNode.tag && yamlNode.tag.startsWith('!') && !yamlNode.tag.startsWith('!!') ? yamlNode.tag : undefined;
    let result: TreeNode | undefined;
    if (isYamlScalar(node)) {
      const value = (node as Scalar).value;
      const type = (node as Scalar).type;
      result = {
        type: 'scalar',
        span,
        tag,
        value: typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null ? value : String(value),
        quoted: type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE',
      };
    } else if (isYamlMap(node)) {
      if (anchored) converted.set(yamlNode, undefined); // a cycle through an alias resolves to nothing
      const entries: MapEntry[] = [];
      // The library's own duplicate check compares every key with every earlier one (quadratic on a
      // 4,000-resource map); a set per map does the same job.
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        if (isAlias(keyNode)) continue;
        const key = keyNode && isYamlScalar(keyNode) ? String((keyNode as Scalar).value) : undefined;
        if (key === undefined) {
          // `{{cookiecutter.runtime}}: x`: valid YAML 1.2, but PyYAML (CloudFormation's and cfn-lint's reader) rejects a mapping or list as a key.
          if (keyNode && (isYamlMap(keyNode) || isYamlSeq(keyNode)) && keyNode.range) {
            const [start, end] = keyNode.range.map(at);
            if (start < firstSyntaxError) problems.push({ kind: 'syntax', message: 'A mapping or list used as a key: CloudFormation reads YAML with PyYAML, which rejects it ("unhashable").', span: { start, end: Math.max(end, start + 1) } });
          }
          continue;
        }
        const keyRange = (keyNode!.range ?? [0, 0, 0]).map(at);
        // After a syntax error the recovery's structure is a guess: no duplicate-key warnings invented from it.
        if (seen.has(key) && keyRange[0] < firstSyntaxError) problems.push(duplicateKeyProblem(key, { start: keyRange[0], end: Math.max(keyRange[1], keyRange[0] + 1) }, seen.get(key), original));
        if (!seen.has(key)) seen.set(key, keyRange[0]);
        entries.push({ key, keySpan: { start: keyRange[0], end: keyRange[1] }, value: convert(pair.value, depth + 1) });
      }
      result = { type: 'map', span, tag, entries };
    } else if (isYamlSeq(node)) {
      if (anchored) converted.set(yamlNode, undefined);
      const items: TreeNode[] = [];
      for (const item of node.items) {
        const child = convert(item, depth + 1);
        if (child) items.push(child);
      }
      result = { type: 'seq', span, tag, items };
    }
    if (anchored) converted.set(yamlNode, result);
    return result;
  };

  // Anchors by name, each name's nodes in document order, found in one walk on the first alias (the
  // library's own Alias.resolve walks the document for every alias). An alias takes the last anchor of its
  // name before it, found by binary search: 40,000 anchors of one name cost 40,000 × log steps, not 40,000².
  let anchors: Map<string, YamlNode[]> | undefined;
  const resolveAlias = (alias: Alias): YamlNode | undefined => {
    if (!anchors) {
      const found = new Map<string, YamlNode[]>();
      const walk = (n: unknown, depth: number): void => {
        if (n == null || depth > MAX_DEPTH || isAlias(n)) return;
        spend(1);
        const anchor = (n as { anchor?: string }).anchor;
        if (anchor) {
          const list = found.get(anchor);
          if (list) list.push(n as YamlNode);
          else found.set(anchor, [n as YamlNode]);
        }
        if (isYamlMap(n)) for (const pair of n.items) walk(isPair(pair) ? pair.value : undefined, depth + 1);
        else if (isYamlSeq(n)) for (const item of n.items) walk(item, depth + 1);
      };
      walk(doc.contents, 0);
      anchors = found;
    }
    const before = alias.range?.[0] ?? Infinity;
    return lastBefore(anchors.get(alias.source) ?? [], before);
  };

  const root = convert(doc.contents, 0);
  if (aliases > MAX_ALIASES) {
    problems.push({ kind: 'limit', message: `More than ${MAX_ALIASES.toLocaleString('en-US')} alias references: the rest were ignored.`, span: { start: 0, end: 0 } });
  }
  if (tooDeep) {
    problems.push({ kind: 'limit', message: `Nesting deeper than ${MAX_DEPTH} levels was not read.`, span: { start: 0, end: 0 } });
  }
  return { root, problems, comments };
}

/** The last node starting before `offset` in `nodes` (in document order), by binary search. */
function lastBefore(nodes: readonly YamlNode[], offset: number): YamlNode | undefined {
  let low = 0;
  let high = nodes.length; // nodes[0..low) start before offset, nodes[high..) do not
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((nodes[mid].range?.[0] ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low > 0 ? nodes[low - 1] : undefined;
}

/**
 * CloudFormation (like PyYAML) accepts a multi-line flow collection whose closing bracket is less
 * indented than YAML 1.2 requires; the parser still builds the right structure, reporting a BAD_INDENT
 * and an UNEXPECTED_TOKEN for the bracket at the same offset. Those pairs are not errors for us.
 */
function toleratedPositions(errors: ReadonlyArray<{ code: string; message: string; pos: [number, number] }>): Set<number> {
  const badIndent = new Set(errors.filter((e) => e.code === 'BAD_INDENT' && e.message.startsWith('Flow ')).map((e) => e.pos[0]));
  const tolerated = new Set<number>();
  for (const e of errors) {
    if (e.code === 'UNEXPECTED_TOKEN' && badIndent.has(e.pos[0]) && /flow-(seq|map)-end/.test(e.message)) tolerated.add(e.pos[0]);
  }
  return tolerated;
}

function parseStrictly(text: string) {
  return parseDocument(text, { strict: false, prettyErrors: false, keepSourceTokens: false, logLevel: 'silent', customTags: CUSTOM_TAGS, uniqueKeys: false });
}

function syntaxErrorCount(errors: ReadonlyArray<{ code: string }>): number {
  let count = 0;
  for (const e of errors) if (e.code !== 'DUPLICATE_KEY' && e.code !== 'RESOURCE_EXHAUSTION') count++;
  return count;
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}
