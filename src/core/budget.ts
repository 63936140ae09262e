/**
 * The work budget of one document: every reader, resolver and rule that does work a file can make
 * large (variable resolution, alias expansion, node visits, evaluation) spends from the same budget.
 * Once it is spent the work stops where it is, the findings so far are kept, and the engine reports one
 * information finding saying what stopped. A file can then never make us hang.
 */

export interface BudgetLimits {
  /** Units of work (one resolution step, one node visited); default {@link DEFAULT_MAX_STEPS}. */
  readonly maxSteps?: number;
  /** Wall time in milliseconds; default {@link DEFAULT_MAX_MILLIS}. Faces may lower it (an editor) or raise it. */
  readonly maxMillis?: number;
  /** The clock (tests inject one). */
  readonly now?: () => number;
}

/** Enough for the largest real template in the corpus many times over (measured: < 200,000 steps). */
export const DEFAULT_MAX_STEPS = 5_000_000;
export const DEFAULT_MAX_MILLIS = 3_000;

/** How many steps pass between two looks at the clock (reading the clock costs more than a step). */
const CLOCK_EVERY = 1024;

export class WorkBudget {
  private steps = 0;
  private nextClockCheck = CLOCK_EVERY;
  private readonly maxSteps: number;
  private readonly deadline: number;
  private readonly now: () => number;
  private stopped?: { readonly what: string; readonly by: 'steps' | 'time' };

  constructor(limits: BudgetLimits = {}) {
    this.maxSteps = limits.maxSteps ?? DEFAULT_MAX_STEPS;
    this.now = limits.now ?? Date.now;
    this.deadline = this.now() + (limits.maxMillis ?? DEFAULT_MAX_MILLIS);
  }

  /**
   * Spends `n` steps of work named `what` ("variable resolution", "YAML aliases"). Returns false once the
   * budget is spent — then and on every later call — so a loop can stop: `if (!budget.spend()) break;`.
   */
  spend(n = 1, what = 'analysis'): boolean {
    if (this.stopped) return false;
    this.steps += n;
    if (this.steps > this.maxSteps) {
      this.stopped = { what, by: 'steps' };
      return false;
    }
    if (this.steps >= this.nextClockCheck) {
      this.nextClockCheck = this.steps + CLOCK_EVERY;
      if (this.now() > this.deadline) {
        this.stopped = { what, by: 'time' };
        return false;
      }
    }
    return true;
  }

  /** True once any spend failed. */
  get exhausted(): boolean {
    return this.stopped !== undefined;
  }

  get stepsSpent(): number {
    return this.steps;
  }

  /** "Analysis stopped during variable resolution after 5,000,000 steps: …" — undefined while not exhausted. */
  get message(): string | undefined {
    if (!this.stopped) return undefined;
    const limit = this.stopped.by === 'steps' ? `${this.maxSteps.toLocaleString('en-US')} steps` : 'its time budget';
    return `Analysis stopped during ${this.stopped.what} after ${limit}: this file asks for more work than a file of its size should; the findings so far are shown.`;
  }
}

/** A budget that never runs out, for callers outside an analysis (tests of one reader). */
export function unlimitedBudget(): WorkBudget {
  return new WorkBudget({ maxSteps: Number.POSITIVE_INFINITY, maxMillis: Number.POSITIVE_INFINITY });
}
