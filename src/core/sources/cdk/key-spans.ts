/**
 * What a CDK finding marks instead of a value that covers several lines: the prop name of an object
 * literal or keyword argument (`environment`, `vpc`), the `new dynamodb.Table` of a construct call, the
 * name of a constant (`const ENV = {…}`). Built on the first question (most files never ask).
 */
import type { Span } from '../../text/line-index';
import { isSpread, type CdkFileIr, type Expr } from './ir';

interface Mark {
  /** What the mark introduces: the prop's value, the call, the constant's value. */
  readonly extent: Span;
  readonly mark: Span;
  /** Equal extents: the prop key before the call head before the constant's name. */
  readonly rank: number;
}

/** `keyOf` for a CDK file's `ParsedSource`: the innermost mark whose extent holds the span. */
export function cdkKeyOf(ir: CdkFileIr): (span: Span) => Span | undefined {
  let marks: Mark[] | undefined;
  return (span) => {
    marks ??= collectMarks(ir);
    let best: Mark | undefined;
    for (const m of marks) {
      if (m.extent.start > span.start || span.end > m.extent.end) continue;
      const size = m.extent.end - m.extent.start;
      const bestSize = best ? best.extent.end - best.extent.start : Infinity;
      if (size < bestSize || (size === bestSize && m.rank < best!.rank)) best = m;
    }
    return best?.mark;
  };
}

function collectMarks(ir: CdkFileIr): Mark[] {
  const marks: Mark[] = [];
  const seen = new Set<Expr>();
  const stack: Expr[] = [...ir.calls];
  for (const binding of ir.bindings.values()) {
    if (!binding) continue;
    marks.push({ extent: binding.value.span, mark: binding.nameSpan, rank: 2 });
    stack.push(binding.value);
  }
  // The front ends bound expression depth, and every expression is visited once.
  while (stack.length) {
    const e = stack.pop()!;
    if (seen.has(e)) continue;
    seen.add(e);
    switch (e.k) {
      case 'call':
        marks.push({ extent: e.span, mark: { start: e.span.start, end: Math.max(e.span.start, e.callee.span.end) }, rank: 1 });
        stack.push(e.callee);
        for (const a of e.args) stack.push(isSpread(a) ? a.spread : a);
        for (const kw of e.keywords) {
          marks.push({ extent: kw.value.span, mark: kw.keySpan, rank: 0 });
          stack.push(kw.value);
        }
        break;
      case 'object':
        for (const entry of e.entries) {
          if (isSpread(entry)) stack.push(entry.spread);
          else {
            marks.push({ extent: entry.value.span, mark: entry.keySpan, rank: 0 });
            stack.push(entry.value);
          }
        }
        break;
      case 'array':
        for (const item of e.items) stack.push(isSpread(item) ? item.spread : item);
        break;
      case 'member':
        stack.push(e.object);
        break;
      case 'binary':
        stack.push(e.left, e.right);
        break;
      case 'unary':
        stack.push(e.operand);
        break;
      case 'tpl':
        for (const part of e.parts) if (typeof part !== 'string') stack.push(part);
        break;
    }
  }
  return marks;
}
