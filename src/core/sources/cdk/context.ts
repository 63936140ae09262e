/** State shared by the passes that map a CDK file's neutral form to the serverless model. */
import { facetOf } from '../cloudformation/locate';
import type { Entity, ServerlessModel } from '../../model';
import type { Span } from '../../text/line-index';
import type { HoverTarget } from '../source';
import { ConstructDefaults } from './defaults';
import { Evaluator, argument } from './evaluate';
import { isSpread, type CallExpr, type Expr } from './ir';

/** One prop of a construct, with its camelCase name (Python's `memory_size` becomes `memorySize`). */
export interface ConstructProp {
  readonly name: string;
  readonly keySpan: Span;
  readonly value: Expr;
}

/** A `new X(scope, id, props)` / `X(scope, id, **props)` whose class the reader knows. */
export interface Construct {
  readonly call: CallExpr;
  /** Canonical class symbol, e.g. `aws_lambda.Function`. */
  readonly symbol: string;
  readonly props: ReadonlyMap<string, ConstructProp>;
  /** True when some props are not known (`...rest`, `**kwargs`, props from a variable the file doesn't determine). */
  readonly propsPartial: boolean;
}

/**
 * An entity the later passes still fill in (links add events, versions, environment variables): the
 * mapped type distributes over the union, so `entity.kind === 'function'` narrows to a writable function.
 */
export type MutableEntity = Writable<Entity>;
type Writable<T> = { -readonly [K in keyof T]: T[K] };

export class CdkContext {
  readonly entityByCall = new Map<CallExpr, MutableEntity>();
  readonly entityByName = new Map<string, MutableEntity>();
  readonly targets: HoverTarget[] = [];

  constructor(
    readonly ev: Evaluator,
    readonly model: ServerlessModel,
  ) {}

  /** The construct a call creates, when its class is a CDK symbol; props at `propsIndex` (TypeScript). */
  construct(call: CallExpr, propsIndex = 2): Construct | undefined {
    const symbol = this.ev.symbol(call.callee);
    if (!symbol) return undefined;
    const props = new Map<string, ConstructProp>();
    let propsPartial = false;
    const add = (key: string, keySpan: Span, value: Expr) => {
      const name = camelCase(key);
      props.set(name, { name, keySpan, value });
    };
    if (this.ev.ir.language === 'python') {
      for (const kw of call.keywords) {
        if (kw.key === undefined) propsPartial = true;
        else add(kw.key, kw.keySpan, kw.value);
      }
    } else {
      const arg = call.args[propsIndex];
      if (arg !== undefined) {
        const entries = isSpread(arg) ? undefined : this.ev.objectEntries(arg);
        if (!entries) propsPartial = true;
        else {
          propsPartial = entries.partial;
          for (const e of entries.entries) add(e.name, e.nameSpan, e.value);
        }
      }
    }
    return { call, symbol, props, propsPartial };
  }

  /** What messages call an entity: the variable/attribute it is assigned to, else its construct id. */
  entityId(call: CallExpr, fallback: string, idIndex = 1): string {
    if (call.boundTo) return call.boundTo.name.startsWith('this.') ? call.boundTo.name.slice(5) : call.boundTo.name;
    const id = argument(call, idIndex);
    const s = id && this.ev.string(id);
    return s && s.known ? s.value : fallback;
  }

  /**
   * Registers an entity: lookups by call and variable, and the hover target on its class name (with
   * `details`, e.g. the defaults the construct deploys for props it leaves out).
   */
  register(entity: MutableEntity, construct: Construct, details?: readonly string[]): void {
    this.entityByCall.set(construct.call, entity);
    if (construct.call.boundTo) this.entityByName.set(construct.call.boundTo.name, entity);
    this.targets.push({ span: construct.call.callee.span, resourceType: entity.resourceType, part: 'resource', entity, ...(details?.length ? { details } : {}) });
  }

  /** The defaults of one construct's omitted props (see defaults.ts). */
  defaults(construct: Construct): ConstructDefaults {
    return new ConstructDefaults(construct, this.ev.ir.language === 'python');
  }

  /** Hover targets for a prop: its key and its value (and the constant the value comes from). */
  propTarget(entity: Entity | undefined, resourceType: string, prop: ConstructProp, property: string, valueSpan?: Span): void {
    const facet = facetOf(resourceType, property);
    this.targets.push({ span: prop.keySpan, resourceType, property, part: 'key', facet, entity });
    this.targets.push({ span: prop.value.span, resourceType, property, part: 'value', facet, entity });
    if (valueSpan && (valueSpan.start < prop.value.span.start || valueSpan.start >= prop.value.span.end)) {
      this.targets.push({ span: valueSpan, resourceType, property, part: 'value', facet, entity });
    }
  }

  /** The entity an expression refers to: a variable, `this.x`/`self.x`, or an inline `new X(...)`. */
  entityOf(expr: Expr | undefined): MutableEntity | undefined {
    if (!expr) return undefined;
    if (expr.k === 'name') return this.entityByName.get(expr.name);
    if (expr.k === 'call') return this.entityByCall.get(expr);
    return undefined;
  }

  /** The id of what an expression names (an entity, else the variable), for `EventSource.targetId`. */
  targetIdOf(expr: Expr | undefined): string | undefined {
    const entity = this.entityOf(expr);
    if (entity) return entity.id;
    if (expr?.k === 'name') return expr.name.startsWith('this.') ? expr.name.slice(5) : expr.name;
    return undefined;
  }
}

/** `memory_size` -> `memorySize` (TypeScript names pass through). */
export function camelCase(key: string): string {
  if (!key.includes('_')) return key;
  const [first, ...rest] = key.split('_');
  return first + rest.map((w) => (w ? w[0].toUpperCase() + w.slice(1) : '')).join('');
}
