/**
 * CodeLens data: above each function on an invocation chain, the chain in one line and the link that
 * binds. Pure data (a span and a title); the language server turns it into LSP CodeLenses when the
 * `serverlessNotes.chains.codeLens` setting is on.
 */
import type { WorkBudget } from '../budget';
import type { ServerlessModel } from '../model';
import type { Span } from '../text/line-index';
import { bindingWords, chainLine } from './describe-chain';
import { chainsThrough, invocationGraph } from './invocation-graph';

export interface ChainLens {
  /** The function's declaration. */
  readonly span: Span;
  /** Plain text (a CodeLens title is not markdown). */
  readonly title: string;
}

/** Most lenses for one file: one per function, and a file has few functions on chains. */
const MAX_LENSES = 500;

export function chainLenses(model: ServerlessModel, budget?: WorkBudget): ChainLens[] {
  const graph = invocationGraph(model, budget);
  const lenses: ChainLens[] = [];
  for (const fn of model.functions) {
    if (lenses.length >= MAX_LENSES || (budget && !budget.spend(1, 'chain lenses'))) break;
    const chains = chainsThrough(graph, fn);
    if (!chains.length) continue;
    const scored = chains.map((chain) => ({ chain, binds: bindingWords(chain, model) }));
    const pick = scored.find((s) => s.binds) ?? scored[0];
    const more = chains.length > 1 ? ` (+${chains.length - 1} more)` : '';
    lenses.push({ span: fn.span, title: `${chainLine(pick.chain, model)}${pick.binds ? ` · binds: ${pick.binds}` : ''}${more}` });
  }
  return lenses;
}
