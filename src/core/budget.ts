/**
 * The work meter of one document. Work is counted in steps, never in milliseconds, so the same file gives
 * the same findings on any machine at any load: one step per node visited (each visit of a shared node
 * counts), per variable or constant resolved, per value evaluated, per 64 bytes of a string a reader
 * builds. Every reader and every rule spends from its own part ({@link WorkBudget.part}) of the
 * document's total, so one hostile part stops alone — with one information finding — and the others
 * still run on what was read. Wall time is only a backstop for a bug of ours (a step that costs far more
 * than it should): it has its own message, and the default step budget trips long before it.
 */

export interface BudgetLimits {
  /** Steps for the whole document; default {@link DEFAULT_MAX_STEPS}. Users raise it for huge legitimate templates. */
  readonly maxSteps?: number;
  /**
   * Wall-time backstop in milliseconds, off unless a face sets it (the CLI: {@link DEFAULT_MAX_MILLIS}).
   * Never meant to decide a result: the step budget trips long before it on any input we know of.
   */
  readonly maxMillis?: number;
  /** The clock (tests inject one). */
  readonly now?: () => number;
}

/**
 * Steps of one document. Measured (2-core machine, 2026-12-08): the largest real template of the corpus
 * takes 11,000 steps, a generated 2,000-function SAM template (846 KB) 330,000, reading a 1.1 MB YAML file
 * 600,000 (one step per token and node: the reader's 60 % share reads any file under the 5 MB cap). A step
 * costs 0.4-5 µs of CPU, YAML parsing the most. Huge legitimate templates raise it ("stepBudget").
 */
export const DEFAULT_MAX_STEPS = 2_000_000;
/** The backstop faces set: far above what {@link DEFAULT_MAX_STEPS} takes, so only a bug of ours or a frozen machine reaches it. */
export const DEFAULT_MAX_MILLIS = 30_000;
/** A string a reader builds counts one step per this many bytes. */
export const BYTES_PER_STEP = 64;

/**
 * The longest string a reader builds (a CDK template literal, a serverless variable's value): longer ones
 * become "unknown, at least N bytes". Far above any AWS limit a rule checks against a string.
 */
export const MAX_BUILT_STRING = 1024 * 1024;
/** The most entries a reader collects into one object or list (spreads of spreads). */
export const MAX_COLLECTED_ITEMS = 10_000;

/** How many steps pass between two looks at the clock (reading the clock costs more than a step). */
const CLOCK_EVERY = 1024;

/** Why a part stopped. */
export interface StoppedPart {
  /** "variable resolution", "rule lambda-timeout". */
  readonly what: string;
  readonly by: 'steps' | 'time';
  /** The work it was doing ("variable resolution"), when that says more than the part's name. */
  readonly during?: string;
  /** The steps that part was allowed. */
  readonly allowance: number;
}

export class WorkBudget {
  private steps = 0;
  private nextClockCheck = CLOCK_EVERY;
  private readonly maxSteps: number;
  private readonly deadline: number;
  private readonly now: () => number;
  private stopped?: StoppedPart;
  /** Parts that stopped, in the order they stopped (shared with every part of the same document). */
  private readonly stoppedParts: StoppedPart[];

  constructor(limits: BudgetLimits = {}, private readonly parent?: WorkBudget, private readonly name?: string) {
    this.maxSteps = limits.maxSteps ?? DEFAULT_MAX_STEPS;
    this.now = limits.now ?? parent?.now ?? Date.now;
    // Without a backstop the clock is never read: nothing about the machine can change a result.
    this.deadline = parent ? parent.deadline : limits.maxMillis === undefined ? Number.POSITIVE_INFINITY : this.now() + limits.maxMillis;
    this.stoppedParts = parent ? parent.stoppedParts : [];
  }

  /**
   * A part of this budget named `what` ("rule lambda-timeout") allowed `allowance` steps (at most what is
   * left here). It spends from this budget too; when it runs out only the part stops.
   */
  part(what: string, allowance: number): WorkBudget {
    const child = new WorkBudget({ maxSteps: Math.max(0, Math.min(allowance, this.remaining)) }, this, what);
    if (this.stopped) child.stopped = this.stopped;
    return child;
  }

  /**
   * Spends `n` steps of work named `what` ("variable resolution", "YAML aliases"). Returns false once the
   * budget is spent — then and on every later call — so a loop can stop: `if (!budget.spend()) break;`.
   */
  spend(n = 1, what = 'analysis'): boolean {
    if (this.stopped) return false;
    this.steps += n;
    if (this.parent && !this.parent.spendFromPart(n, this.name ?? what)) {
      this.stopped = this.parent.stopped ?? { what: this.name ?? what, by: 'steps', allowance: this.maxSteps };
      return false;
    }
    if (this.steps > this.maxSteps) return this.stop({ what: this.name ?? what, during: what, by: 'steps', allowance: this.maxSteps });
    if (!this.parent && this.deadline !== Number.POSITIVE_INFINITY && this.steps >= this.nextClockCheck) {
      this.nextClockCheck = this.steps + CLOCK_EVERY;
      if (this.now() > this.deadline) return this.stop({ what: this.name ?? what, by: 'time', allowance: this.maxSteps });
    }
    return true;
  }

  /** Spends for a string of `bytes` bytes a reader builds (one step per {@link BYTES_PER_STEP} bytes). */
  spendBytes(bytes: number, what = 'building strings'): boolean {
    return this.spend(Math.ceil(bytes / BYTES_PER_STEP), what);
  }

  /** A part's spending reaches the whole: the total still bounds the document. */
  private spendFromPart(n: number, what: string): boolean {
    return this.spend(n, what);
  }

  private stop(why: StoppedPart): false {
    this.stopped = why;
    // A part that stopped because its parent did was recorded there already.
    if (!this.stoppedParts.some((p) => p === why)) this.stoppedParts.push(why);
    return false;
  }

  /** True once any spend failed. */
  get exhausted(): boolean {
    return this.stopped !== undefined;
  }

  get stepsSpent(): number {
    return this.steps;
  }

  /** Steps still allowed here. */
  get remaining(): number {
    return Math.max(0, this.maxSteps - this.steps);
  }

  /** Every part that stopped (this budget's whole document), in order. */
  get stoppedList(): readonly StoppedPart[] {
    return this.stoppedParts;
  }

  /** "Analysis stopped during variable resolution after 5,000,000 steps: …" — undefined while not exhausted. */
  get message(): string | undefined {
    return this.stopped ? stoppedMessage(this.stopped) : undefined;
  }

  /** One message per part that stopped (a time stop is one message for the whole document). */
  get messages(): string[] {
    const time = this.stoppedParts.find((p) => p.by === 'time');
    if (time) return [stoppedMessage(time)];
    return this.stoppedParts.map(stoppedMessage);
  }
}

function stoppedMessage(part: StoppedPart): string {
  if (part.by === 'time') {
    return `Analysis stopped during ${part.what}: it ran past the wall-time backstop, which only a stalled machine or a bug of ours reaches (the step budget decides results); the findings so far are shown. Please report it.`;
  }
  const during = part.during && part.during !== part.what && part.during !== 'analysis' ? ` stopped during ${part.during}` : ' stopped';
  return `Analysis of ${part.what}${during} after ${part.allowance.toLocaleString('en-US')} steps: this file asks for more work there than a file of its size should; the other parts were still analysed and the findings so far are shown (the step budget can be raised: "stepBudget" in .serverless-notes.json, --step-budget, or the serverlessNotes.stepBudget setting).`;
}

/** A budget that never runs out, for callers outside an analysis (tests of one reader). */
export function unlimitedBudget(): WorkBudget {
  return new WorkBudget({ maxSteps: Number.POSITIVE_INFINITY, maxMillis: Number.POSITIVE_INFINITY });
}

/**
 * The budget synchronous helpers deep in a reader or rule spend from (value walkers called from many
 * places: `minimumLength`, `mentionedIds`...), set by {@link metered} for the duration of one synchronous
 * call. Outside it (a hover over a finished analysis) helpers are bounded by their memos and caps alone.
 */
let active: WorkBudget | undefined;

/** Runs `work` with `budget` as the one helpers spend from ({@link spendActive}); synchronous only. */
export function metered<T>(budget: WorkBudget | undefined, work: () => T): T {
  const previous = active;
  active = budget;
  try {
    return work();
  } finally {
    active = previous;
  }
}

/** Spends from the budget of the running part; true when there is none. */
export function spendActive(n = 1, what = 'analysis'): boolean {
  return active ? active.spend(n, what) : true;
}
