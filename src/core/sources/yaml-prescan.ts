/**
 * A cheap look at a YAML text with the `yaml` package's own lexer (no document is built) before the
 * parser sees it. The parser recurses while composing (a stack overflow past ~1,000 levels) and spends
 * seconds and gigabytes on millions of nodes, so this pass bounds what it gets:
 * - a flow collection (`[...]`, `{...}`) nested deeper than {@link MAX_TREE_DEPTH}, or holding more than
 *   {@link MAX_FLOW_ITEMS} items, is blanked out (same offsets, read as null) and the rest is analysed;
 * - lines of block collections nested deeper than {@link MAX_TREE_DEPTH} are blanked (the parent reads null);
 * - more than {@link MAX_TOKENS} tokens in all refuse the parse (lexing stops at the bound, so even a
 *   5 MB one-line list costs a fraction of a second).
 * Each case gives one 'limit' problem that says what was skipped.
 */
import type { Span } from '../text/line-index';
import { blankSpans, MAX_FLOW_ITEMS, MAX_TOKENS, MAX_TREE_DEPTH, tooManyTokensMessage } from './prescan-bounds';
import type { ReadProblem } from './tree';
import { isLexerMarker, yamlTokens } from './yaml-tokens';

export interface PrescanResult {
  /** The text to parse (unchanged unless parts were blanked); undefined when the parse is refused. */
  readonly text: string | undefined;
  readonly problems: ReadProblem[];
  /** Lexer tokens looked at (work spent). */
  readonly tokens: number;
}

interface OpenFlow {
  readonly start: number;
  items: number;
  /** Set when this collection is blanked (too deep); its contents are not counted further. */
  readonly tooDeep: boolean;
}

export function prescanYaml(text: string): PrescanResult {
  const problems: ReadProblem[] = [];
  const blanked: Array<Span & { placeholder?: string }> = [];
  /** Offset of the first line of block nesting too deep to read, while blanking it. */
  let deepBlockFrom = -1;
  let tooDeepBlocks = 0;
  const flows: OpenFlow[] = [];
  /** Columns of the open block collections (a stack: a token at a lower column closes the deeper ones). */
  const blockColumns: number[] = [];
  let lineStart = 0;
  let atLineStart = true;
  let tokens = 0;
  let tooDeepFlows = 0;
  let tooLongFlows = 0;
  const refuse = (message: string): PrescanResult => ({ text: undefined, problems: [{ kind: 'limit', message, span: { start: 0, end: 0 } }], tokens });

  for (const { source: token, type, start, end } of yamlTokens(text)) {
    if (++tokens > MAX_TOKENS) return refuse(tooManyTokensMessage('YAML'));
    if (type === 'newline') {
      lineStart = end;
      atLineStart = true;
      continue;
    }
    if (isLexerMarker(type) || type === 'space' || type === 'comment' || type === 'byte-order-mark') continue;

    if (flows.length === 0 && (atLineStart || type === 'seq-item-ind' || type === 'explicit-key-ind')) {
      const column = start - lineStart;
      while (blockColumns.length && blockColumns[blockColumns.length - 1] >= column) blockColumns.pop();
      if (deepBlockFrom >= 0 && atLineStart && blockColumns.length < MAX_TREE_DEPTH) {
        blanked.push({ start: deepBlockFrom, end: lineStart, placeholder: '' });
        deepBlockFrom = -1;
      }
      blockColumns.push(column);
      if (blockColumns.length > MAX_TREE_DEPTH && deepBlockFrom < 0) {
        // Whole lines go blank (the parent key reads null) until a line closes the deep part.
        deepBlockFrom = lineStart;
        tooDeepBlocks++;
      }
    }
    atLineStart = false;
    // Multi-line scalars (block scalars, quoted and plain) carry their newlines inside the token.
    const newline = token.lastIndexOf('\n');
    if (newline >= 0 && type !== 'flow-seq-start' && type !== 'flow-map-start') lineStart = start + newline + 1;

    if (type === 'flow-seq-start' || type === 'flow-map-start') {
      const parentTooDeep = flows.length > 0 && flows[flows.length - 1].tooDeep;
      const tooDeep = parentTooDeep || blockColumns.length + flows.length + 1 > MAX_TREE_DEPTH;
      if (tooDeep && !parentTooDeep) tooDeepFlows++;
      flows.push({ start, items: 0, tooDeep });
    } else if (type === 'flow-seq-end' || type === 'flow-map-end') {
      const flow = flows.pop();
      if (!flow) continue;
      const parentTooDeep = flows.length > 0 && flows[flows.length - 1].tooDeep;
      if (flow.tooDeep && !parentTooDeep) blanked.push({ start: flow.start, end });
      else if (!flow.tooDeep && flow.items + 1 > MAX_FLOW_ITEMS) {
        tooLongFlows++;
        blanked.push({ start: flow.start, end });
      }
    } else if (type === 'comma' && flows.length) {
      flows[flows.length - 1].items++;
    }
  }
  if (deepBlockFrom >= 0) blanked.push({ start: deepBlockFrom, end: text.length, placeholder: '' });
  // An unclosed flow collection runs to the end of the text.
  const outermostDeep = flows.findIndex((f) => f.tooDeep);
  if (outermostDeep >= 0) blanked.push({ start: flows[outermostDeep].start, end: text.length });

  if (tooDeepBlocks) {
    problems.push({ kind: 'limit', message: `Block collections nested deeper than ${MAX_TREE_DEPTH} levels were not read; the rest of the file is analysed.`, span: firstSpan(blanked, text) });
  }
  if (tooDeepFlows) {
    problems.push({ kind: 'limit', message: `${count(tooDeepFlows, 'flow collection')} nested deeper than ${MAX_TREE_DEPTH} levels ${tooDeepFlows === 1 ? 'was' : 'were'} not read; the rest of the file is analysed.`, span: firstSpan(blanked, text) });
  }
  if (tooLongFlows) {
    problems.push({ kind: 'limit', message: `${count(tooLongFlows, 'flow collection')} with more than ${MAX_FLOW_ITEMS.toLocaleString('en-US')} items ${tooLongFlows === 1 ? 'was' : 'were'} not read; the rest of the file is analysed.`, span: firstSpan(blanked, text) });
  }
  return { text: blanked.length ? blankSpans(text, blanked, '~') : text, problems, tokens };
}

function count(n: number, noun: string): string {
  return n === 1 ? `A ${noun}` : `${n.toLocaleString('en-US')} ${noun}s`;
}

/** The first line of the first blanked span, for the finding's position. */
function firstSpan(spans: readonly Span[], text: string): Span {
  let start = Number.POSITIVE_INFINITY;
  for (const span of spans) start = Math.min(start, span.start);
  const newline = text.indexOf('\n', start);
  return { start, end: Math.min(start + 1, newline < 0 ? text.length : newline) };
}
