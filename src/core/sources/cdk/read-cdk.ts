/** Maps the neutral form of a CDK file to the serverless model, with hover targets. */
import { emptyModel } from '../../model';
import type { HoverTarget, ParsedSource } from '../source';
import { CdkContext, type Construct } from './context';
import { Evaluator } from './evaluate';
import type { CdkFileIr } from './ir';
import { cdkKeyOf } from './key-spans';
import { linkConstructs } from './link-constructs';
import { FUNCTION_CONSTRUCTS, readFunction } from './read-function';
import { RESOURCE_CONSTRUCTS } from './read-resources';

/** Reads a CDK file's constructs into the model. `text` is the file's text (for spans' source text). */
export function readCdk(ir: CdkFileIr, text: string): ParsedSource {
  const model = emptyModel('cdk');
  const ctx = new CdkContext(new Evaluator(ir, text), model);
  const constructs: Construct[] = [];
  for (const call of ir.calls) {
    const c = ctx.construct(call);
    if (!c) continue;
    constructs.push(c);
    if (FUNCTION_CONSTRUCTS[c.symbol]) readFunction(ctx, c);
    else RESOURCE_CONSTRUCTS[c.symbol]?.(ctx, c);
  }
  linkConstructs(ctx, constructs);
  const targets = ctx.targets;
  return { format: 'cdk', model, problems: ir.problems, comments: ir.comments, locate: (offset) => locate(targets, offset), keyOf: cdkKeyOf(ir) };
}

/** The innermost target containing the offset (a prop's value inside a construct's call…). */
function locate(targets: readonly HoverTarget[], offset: number): HoverTarget | undefined {
  let best: HoverTarget | undefined;
  for (const t of targets) {
    if (offset < t.span.start || offset > t.span.end) continue;
    if (!best || t.span.end - t.span.start < best.span.end - best.span.start) best = t;
  }
  return best;
}
