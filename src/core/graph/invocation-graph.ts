/**
 * The invocation graph: who invokes whom, read from the shared model so every format gets it. Links run
 * from an API to the function its integration invokes, from a queue or stream to its consuming function
 * (the event source mapping), from a state machine's `Task` state to its function, and from a function to
 * the queue, state machine or function it sends to. Only what the file declares is linked: a target the
 * file does not declare (an import, an ARN from a parameter) ends the chain silently.
 */
import type { WorkBudget } from '../budget';
import type { Api, Entity, EventSource, LambdaFunction, ServerlessModel, StateMachine, StateMachineTask } from '../model';
import type { Span } from '../text/line-index';

export type LinkKind = 'api' | 'queue' | 'stream' | 'task' | 'sends';

export interface InvocationLink {
  readonly kind: LinkKind;
  /** The caller; undefined for an API the file does not declare (SAM's implicit API, serverless.yml `http`). */
  readonly from?: Entity;
  readonly to: Entity;
  /** API, queue and stream links: the function's event. */
  readonly event?: EventSource;
  /** Task links: the state. */
  readonly task?: StateMachineTask;
  /** Where the link is written (the event, the state, the function's declaration for `sends`). */
  readonly span: Span;
}

/** One chain: links in invocation order, each link's `to` the next link's `from`. */
export type Chain = readonly InvocationLink[];

export interface InvocationGraph {
  readonly links: readonly InvocationLink[];
  /** Every maximal chain (from a caller nothing invokes, cycles cut), each link in at least one. */
  readonly chains: readonly Chain[];
}

/** Longest chain followed; a deeper one is cut (its start is still reported). */
export const MAX_CHAIN_LINKS = 12;
/** Most chains kept for one file: a file of many fan-outs can't multiply them without bound. */
export const MAX_CHAINS = 2000;

const API_KINDS = new Set<EventSource['kind']>(['rest-api', 'http-api', 'websocket']);
const STREAM_KINDS = new Set<EventSource['kind']>(['dynamodb-stream', 'kinesis']);

const cache = new WeakMap<ServerlessModel, InvocationGraph>();

/** The model's invocation graph, built once per model (rules and hovers share it). */
export function invocationGraph(model: ServerlessModel, budget?: WorkBudget): InvocationGraph {
  const cached = cache.get(model);
  if (cached) return cached;
  const links = readLinks(model, budget);
  const graph = { links, chains: walkChains(links, budget) };
  cache.set(model, graph);
  return graph;
}

function readLinks(model: ServerlessModel, budget?: WorkBudget): InvocationLink[] {
  const byId = new Map<string, Entity>();
  // The first entity of an id wins; a function, queue or state machine before an API of the same name.
  for (const e of [...model.functions, ...model.queues, ...model.stateMachines, ...model.tables, ...model.apis]) if (!byId.has(e.id)) byId.set(e.id, e);
  const apis = new Map<string, Api>(model.apis.map((a) => [a.id, a]));
  const links: InvocationLink[] = [];
  for (const fn of model.functions) {
    if (budget && !budget.spend(1 + fn.events.length, 'the invocation graph')) return links;
    for (const event of fn.events) {
      if (API_KINDS.has(event.kind)) {
        links.push({ kind: 'api', from: event.targetId ? apis.get(event.targetId) : undefined, to: fn, event, span: event.span });
      } else if (event.kind === 'sqs' && event.targetId) {
        const queue = byId.get(event.targetId);
        if (queue?.kind === 'queue') links.push({ kind: 'queue', from: queue, to: fn, event, span: event.span });
      } else if (STREAM_KINDS.has(event.kind) && event.targetId) {
        const table = byId.get(event.targetId);
        links.push({ kind: 'stream', from: table?.kind === 'table' ? table : undefined, to: fn, event, span: event.span });
      }
    }
    for (const id of fn.sendsTo ?? []) {
      const target = byId.get(id);
      if (target && target !== fn && (target.kind === 'queue' || target.kind === 'state-machine' || target.kind === 'function')) links.push({ kind: 'sends', from: fn, to: target, span: fn.span });
    }
  }
  const functions = new Map<string, LambdaFunction>(model.functions.map((f) => [f.id, f]));
  for (const machine of model.stateMachines) {
    for (const task of machine.tasks ?? []) {
      if (budget && !budget.spend(1, 'the invocation graph')) return links;
      const fn = task.functionId ? functions.get(task.functionId) : undefined;
      if (fn) links.push({ kind: 'task', from: machine, to: fn, task, span: task.span });
    }
  }
  return links;
}

/**
 * Every maximal chain: from each caller nothing invokes, depth first, cut at a cycle (an entity already
 * on the chain) and at {@link MAX_CHAIN_LINKS}; then from each link no chain reached yet (pure cycles).
 */
function walkChains(links: readonly InvocationLink[], budget?: WorkBudget): Chain[] {
  const outgoing = new Map<Entity, InvocationLink[]>();
  const invoked = new Set<Entity>();
  for (const link of links) {
    if (link.from) {
      const list = outgoing.get(link.from) ?? [];
      list.push(link);
      outgoing.set(link.from, list);
    }
    invoked.add(link.to);
  }
  const chains: Chain[] = [];
  const covered = new Set<InvocationLink>();
  const walk = (chain: InvocationLink[], onChain: Set<Entity>): void => {
    if (chains.length >= MAX_CHAINS || (budget && !budget.spend(1, 'the invocation graph'))) return;
    const last = chain[chain.length - 1];
    const next = chain.length < MAX_CHAIN_LINKS ? (outgoing.get(last.to) ?? []).filter((l) => !onChain.has(l.to)) : [];
    if (!next.length) {
      chains.push([...chain]);
      for (const l of chain) covered.add(l);
      return;
    }
    for (const link of next) {
      onChain.add(link.to);
      chain.push(link);
      walk(chain, onChain);
      chain.pop();
      onChain.delete(link.to);
    }
  };
  const start = (link: InvocationLink) => walk([link], new Set([link.from, link.to].filter((e): e is Entity => !!e)));
  for (const link of links) if (!link.from || !invoked.has(link.from)) start(link);
  for (const link of links) if (!covered.has(link)) start(link);
  return chains;
}

/** The chains that pass through `entity`. */
export function chainsThrough(graph: InvocationGraph, entity: Entity): Chain[] {
  return graph.chains.filter((chain) => chain.some((l) => l.to === entity || l.from === entity));
}

/** The chains that contain `link`. */
export function chainsWith(graph: InvocationGraph, link: InvocationLink): Chain[] {
  return graph.chains.filter((chain) => chain.includes(link));
}

export function isStateMachine(entity: Entity | undefined): entity is StateMachine {
  return entity?.kind === 'state-machine';
}
