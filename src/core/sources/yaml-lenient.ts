/**
 * CloudFormation's YAML reader (PyYAML's, as cfn-lint uses) accepts multi-line quoted strings and flow
 * collections (`[{ … }]`, `'{ "Version": … }'`) whose continuation or closing lines are no more indented
 * than their key; YAML 1.2 and the `yaml` package reject them. This finds such values with the `yaml`
 * lexer (each value's extent is lexed on its own, where any indentation is valid), and returns the text
 * with the missing indentation inserted plus a map back to the original offsets, so ranges stay true.
 * Only used when the strict parse reported errors.
 */
import { isLexerMarker, yamlTokens } from './yaml-tokens';

export interface LenientText {
  readonly text: string;
  /** Original offset of an offset in `text`. */
  readonly toOriginal: (offset: number) => number;
}

interface Insertion {
  readonly at: number; // original offset (a line start)
  readonly count: number;
}

/** Characters lexed by all repair rounds together, at most (each round lexes the whole text). */
const MAX_REPAIR_WORK = 50_000_000;

/**
 * Repairs one value per round until nothing is left to repair. Past an under-indented value the lexer
 * reads the rest of the file out of step (a closing `}'` at column 0 ends the mapping, the next `'` opens
 * a string), so only the first repair of a pass is sure; the repaired text is lexed again and the next
 * value is repaired in step (seen: three multi-line `!Sub '{ … }'` policies, the third misread and a key
 * after it mis-indented). The offset maps compose, so ranges stay true to the original.
 */
export function reindentForCloudFormation(text: string): LenientText | undefined {
  let current: LenientText | undefined;
  for (let work = 0; work < MAX_REPAIR_WORK; work += text.length + 1) {
    const next = reindentOnce(current?.text ?? text);
    if (!next) break;
    const outer = current;
    current = outer ? { text: next.text, toOriginal: (offset) => outer.toOriginal(next.toOriginal(offset)) } : next;
  }
  return current;
}

function reindentOnce(text: string): LenientText | undefined {
  const insertions: Insertion[] = [];
  let lineStart = 0;
  let lineIndent = -1; // column of the first token on the current line
  let flowDepth = 0;
  let coveredUntil = 0;
  let tokens = 0;
  for (const { source: token, type, start, end } of yamlTokens(text)) {
    if (++tokens > 200_000) return undefined; // broken and huge: not worth repairing
    if (type === 'newline') {
      lineStart = end;
      lineIndent = -1;
      continue;
    }
    if (isLexerMarker(type) || type === 'space' || type === 'comment' || type === 'byte-order-mark') continue;
    if (lineIndent < 0) lineIndent = start - lineStart;
    const newline = token.lastIndexOf('\n');
    if (newline >= 0 && type !== 'flow-seq-start' && type !== 'flow-map-start') lineStart = start + newline + 1;
    const opensFlow = type === 'flow-seq-start' || type === 'flow-map-start';
    const quoted = type === 'single-quoted-scalar' || type === 'double-quoted-scalar';
    if (flowDepth === 0 && start >= coveredUntil && (opensFlow || quoted)) {
      const end = extentOf(text, start);
      if (end !== undefined) {
        addIndentation(text, start, end, lineIndent, insertions);
        coveredUntil = end;
        // Past this value the lexer may be out of step: the next round repairs the next one.
        if (insertions.length) break;
      }
    }
    if (opensFlow) flowDepth++;
    else if ((type === 'flow-seq-end' || type === 'flow-map-end') && flowDepth > 0) flowDepth--;
  }
  if (!insertions.length) return undefined;
  return apply(text, insertions);
}

/** Where the quoted scalar or flow collection starting at `start` ends, lexed at document level. */
function extentOf(text: string, start: number): number | undefined {
  let depth = 0;
  let first = true;
  for (const token of yamlTokens(text.slice(start))) {
    const type = token.type;
    if (type === 'flow-error-end') return undefined;
    if (isLexerMarker(type)) continue;
    const offset = start + token.end;
    if (first) {
      first = false;
      if (type === 'single-quoted-scalar' || type === 'double-quoted-scalar') return offset;
    }
    if (type === 'flow-seq-start' || type === 'flow-map-start') depth++;
    else if (type === 'flow-seq-end' || type === 'flow-map-end') {
      if (--depth === 0) return offset;
    }
  }
  return undefined;
}

/** Every line after the first of [start, end) that is no more indented than `keyIndent` gets the spaces it lacks. */
function addIndentation(text: string, start: number, end: number, keyIndent: number, insertions: Insertion[]): void {
  for (let at = text.indexOf('\n', start) + 1; at > 0 && at < end; at = text.indexOf('\n', at) + 1) {
    let indent = 0;
    while (text[at + indent] === ' ') indent++;
    const next = text[at + indent];
    if (next === '\n' || next === '\r' || next === undefined) continue; // blank lines fold anyway
    if (indent <= keyIndent) insertions.push({ at, count: keyIndent + 1 - indent });
  }
}

function apply(text: string, insertions: readonly Insertion[]): LenientText {
  const parts: string[] = [];
  /** Offsets in the new text where inserted runs begin, with the original offset and the total inserted so far. */
  const marks: Array<{ newAt: number; original: number; count: number; before: number }> = [];
  let at = 0;
  let inserted = 0;
  for (const insertion of insertions) {
    parts.push(text.slice(at, insertion.at), ' '.repeat(insertion.count));
    marks.push({ newAt: insertion.at + inserted, original: insertion.at, count: insertion.count, before: inserted });
    inserted += insertion.count;
    at = insertion.at;
  }
  parts.push(text.slice(at));
  const toOriginal = (offset: number): number => {
    let lo = 0;
    let hi = marks.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid].newAt <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return offset;
    const mark = marks[found];
    if (offset < mark.newAt + mark.count) return mark.original; // inside inserted spaces
    return offset - mark.before - mark.count;
  };
  return { text: parts.join(''), toOriginal };
}
