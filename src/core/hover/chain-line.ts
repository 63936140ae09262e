/**
 * The hover's chain line: the invocation chain through the hovered resource and the link that binds,
 * e.g. "**Chain:** client 29 s (REST) → OrdersFn 60 s → OrdersQueue visibility 360 s = 6 × → WorkerFn 60 s".
 */
import { bindingWords, chainLine } from '../graph/describe-chain';
import { chainsThrough, invocationGraph } from '../graph/invocation-graph';
import type { Entity, ServerlessModel } from '../model';
import { mdText } from '../text/markdown';

export function chainHoverLine(entity: Entity | undefined, model: ServerlessModel): string | undefined {
  if (!entity) return undefined;
  const chains = chainsThrough(invocationGraph(model), entity);
  if (!chains.length) return undefined;
  // The chain whose binding link is this resource's, else one that binds anywhere, else the first.
  const scored = chains.map((chain) => ({ chain, binds: bindingWords(chain, model) }));
  const pick = scored.find((s) => s.binds && s.binds.includes(entity.id)) ?? scored.find((s) => s.binds) ?? scored[0];
  const more = chains.length > 1 ? ` (+${chains.length - 1} more)` : '';
  return `**Chain:** ${mdText(chainLine(pick.chain, model))}${pick.binds ? ` — binds: ${mdText(pick.binds)}` : ''}${more}`;
}
