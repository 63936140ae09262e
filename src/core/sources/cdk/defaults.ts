/**
 * What a construct deploys for the props its call leaves out (data in `data/tool-defaults.ts`): a known value
 * marked `toolDefault` on the class name (one line), so rules see the effective value and say whose default
 * it is; unknown when spread props may set it, or when the default depends on the aws-cdk-lib version.
 * The class name's hover lists the defaults applied.
 */
import { formatNumber } from '../../limits';
import { known, unknown, type Value } from '../../model';
import { toolDefault, UNDETERMINED_DEFAULTS, type ToolDefaultId, type UndeterminedDefaultId } from '../../data/tool-defaults';
import { mdCode, mdText } from '../../text/markdown';
import type { Construct } from './context';

type Scalar = string | number | boolean;

/** The defaults one construct got, in the order applied (for its hover). */
export class ConstructDefaults {
  private readonly applied: Array<{ prop: string; id: ToolDefaultId; shown?: string }> = [];
  private readonly undetermined: Array<{ prop: string; id: UndeterminedDefaultId }> = [];

  constructor(
    private readonly c: Construct,
    private readonly python: boolean,
  ) {}

  /**
   * The value deployed for `prop` when the call does not set it. `shown` replaces the value in the hover
   * (e.g. `PROVISIONED (5 read / 5 write)`).
   */
  value<T extends Scalar>(prop: string, id: ToolDefaultId, shown?: string): Value<T> {
    const at = this.c.call.callee.span;
    if (this.c.propsPartial) return unknown('the props are not all determined by this file', at);
    const d = toolDefault(id);
    this.applied.push({ prop, id, shown });
    return known(d.value as T, at, { toolDefault: d.provenance });
  }

  /**
   * A default the hover names but the model does not carry, where applying it would make a rule wrong in
   * cases the reader can't see (see the caller's reason).
   */
  shownOnly(prop: string, id: ToolDefaultId): void {
    if (!this.c.propsPartial) this.applied.push({ prop, id });
  }

  /** A default that depends on the tool's version or a feature flag: unknown, and the hover says why. */
  undeterminedValue(prop: string, id: UndeterminedDefaultId): Value<never> {
    const at = this.c.call.callee.span;
    if (this.c.propsPartial) return unknown('the props are not all determined by this file', at);
    this.undetermined.push({ prop, id });
    return unknown(UNDETERMINED_DEFAULTS[id].reason, at);
  }

  /**
   * Hover lines: "Not set in the file — Lambda's default; the CDK sets none: `timeout` 3 s, `memorySize` 128 MB."
   * One line per provenance, then one per undetermined default.
   */
  details(): string[] {
    const groups = new Map<string, string[]>();
    for (const { prop, id, shown } of this.applied) {
      const d = toolDefault(id);
      const value = shown ?? (typeof d.value === 'number' ? `${formatNumber(d.value)}${d.unit && d.unit !== 'count' ? ` ${d.unit}` : ''}` : mdCode(String(d.value)));
      const list = groups.get(d.provenance) ?? [];
      list.push(`${mdCode(this.propName(prop))} ${value}`);
      groups.set(d.provenance, list);
    }
    const lines = [...groups].map(([provenance, items]) => `Not set in the file — ${mdText(provenance)}: ${items.join(', ')}.`);
    for (const { prop, id } of this.undetermined) lines.push(`${mdCode(this.propName(prop))} not set: ${mdText(UNDETERMINED_DEFAULTS[id].reason)}, so it is not checked.`);
    return lines;
  }

  /** The prop as the file would write it (`memory_size` in Python). */
  private propName(prop: string): string {
    return this.python ? prop.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`) : prop;
  }
}
