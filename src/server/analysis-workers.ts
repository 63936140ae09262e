/**
 * The language server's analysis workers: a small pool of worker threads (src/server/analysis-worker.ts) that
 * analyse documents and answer hovers and code actions, so no document can stall the main loop. Each job has
 * a hard deadline; past it (or when the worker dies, e.g. out of memory) the worker is terminated and
 * replaced, the job fails with a reason, and every other job keeps being served by the other workers.
 *
 * Scheduling: interactive jobs (hover, code actions) before diagnostics; a job goes to the worker that last
 * served its document (it keeps that document's analysis), else to any idle worker; a job for a document
 * version that a busy worker is analysing waits for that worker instead of analysing it a second time.
 * A job cancelled before it starts costs nothing.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FromWorker, Job, JobResults, ToWorker, WorkerStart } from './worker-protocol';

const MAX_STARTUP_FAILURES = 5;

export type JobOutcome<K extends Job['kind']> =
  | { readonly ok: true; readonly result: JobResults[K] }
  | { readonly ok: false; readonly reason: 'cancelled' | 'deadline' | 'crashed' | 'failed'; readonly message?: string };

export interface JobToken {
  readonly isCancellationRequested: boolean;
}

interface PendingJob {
  readonly id: number;
  readonly job: Job;
  readonly interactive: boolean;
  readonly token?: JobToken;
  readonly resolve: (outcome: JobOutcome<Job['kind']>) => void;
}

interface Slot {
  worker: Worker;
  /** Set when the worker has loaded (the knowledge base, the readers): deadlines count from then. */
  ready: boolean;
  running?: { readonly pending: PendingJob; readonly timer: ReturnType<typeof setTimeout>; readonly started: number };
}

export interface AnalysisWorkersOptions {
  readonly size: number;
  /** Hard deadline of one job, in ms (a backstop far above the core's step meter). */
  readonly deadlineMs: number;
  readonly start: () => WorkerStart;
  readonly log: (level: 'info' | 'warn' | 'error', message: string) => void;
  /** Heap cap of one worker (a document that eats memory kills its worker, not the server). */
  readonly maxHeapMb?: number;
}

/**
 * The worker's script: when bundled, dist/server.js itself (its entry, src/server/main.ts, runs the worker side in a
 * worker thread); from source (tests, tsx) analysis-worker.ts through tsx's require hook.
 */
function workerEntry(): { script: string; eval: boolean } {
  if (!__filename.endsWith('.ts')) return { script: join(__dirname, 'server.js'), eval: false };
  return { script: `require('tsx/cjs'); require(${JSON.stringify(join(__dirname, 'analysis-worker.ts'))});`, eval: true };
}

export class AnalysisWorkers {
  private readonly slots: Slot[] = [];
  private readonly pending: PendingJob[] = [];
  /** The slot that last served each document (it holds that document's analysis). */
  private readonly home = new Map<string, Slot>();
  private nextId = 1;
  private disposed = false;
  /** Workers that died before they were ready, in a row: past a few the pool stops restarting them (a broken install). */
  private startupFailures = 0;
  private broken?: string;

  constructor(private readonly options: AnalysisWorkersOptions) {
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push({ worker: this.spawn(), ready: false });
  }

  run<K extends Job['kind']>(job: Job, token?: JobToken): Promise<JobOutcome<K>> {
    if (this.broken) return Promise.resolve({ ok: false, reason: 'failed', message: this.broken });
    if (this.disposed) return Promise.resolve({ ok: false, reason: 'cancelled' });
    return new Promise((resolve) => {
      const interactive = job.kind !== 'diagnostics';
      const entry: PendingJob = { id: this.nextId++, job, interactive, token, resolve: resolve as PendingJob['resolve'] };
      // Interactive jobs go before every waiting diagnostics job.
      const firstBackground = this.pending.findIndex((p) => !p.interactive);
      if (interactive && firstBackground >= 0) this.pending.splice(firstBackground, 0, entry);
      else this.pending.push(entry);
      this.dispatch();
    });
  }

  /** Tells every worker (closing a document, new user notes, new settings). */
  broadcast(message: ToWorker): void {
    if (message.type === 'close') this.home.delete(message.uri);
    for (const slot of this.slots) slot.worker.postMessage(message);
  }

  /** How many jobs run and wait (for logs and tests). */
  get load(): { running: number; waiting: number } {
    return { running: this.slots.filter((s) => s.running).length, waiting: this.pending.length };
  }

  dispose(): void {
    this.disposed = true;
    for (const pending of this.pending.splice(0)) pending.resolve({ ok: false, reason: 'cancelled' });
    for (const slot of this.slots) {
      if (slot.running) {
        clearTimeout(slot.running.timer);
        slot.running.pending.resolve({ ok: false, reason: 'cancelled' });
        slot.running = undefined;
      }
      void slot.worker.terminate();
    }
  }

  private dispatch(): void {
    for (let i = 0; i < this.pending.length; i++) {
      const pending = this.pending[i];
      if (pending.token?.isCancellationRequested) {
        this.pending.splice(i--, 1);
        pending.resolve({ ok: false, reason: 'cancelled' });
        continue;
      }
      const { uri, version } = pending.job.document;
      const analysing = this.slots.find((s) => s.running && s.running.pending.job.document.uri === uri && s.running.pending.job.document.version === version);
      if (analysing) continue; // its result will be there when that worker is free
      const home = this.home.get(uri);
      const slot = home && home.ready && !home.running ? home : this.slots.find((s) => s.ready && !s.running);
      if (!slot) return;
      this.pending.splice(i--, 1);
      this.start(slot, pending);
    }
  }

  private start(slot: Slot, pending: PendingJob): void {
    this.home.set(pending.job.document.uri, slot);
    const timer = setTimeout(() => this.replace(slot, 'deadline', `no answer within ${this.options.deadlineMs} ms`), this.options.deadlineMs);
    slot.running = { pending, timer, started: Date.now() };
    slot.worker.postMessage({ type: 'job', id: pending.id, job: pending.job } satisfies ToWorker);
  }

  private finish(slot: Slot, id: number, outcome: JobOutcome<Job['kind']>): void {
    const running = slot.running;
    if (!running || running.pending.id !== id) return;
    clearTimeout(running.timer);
    slot.running = undefined;
    running.pending.resolve(outcome);
    this.dispatch();
  }

  /** Terminates a worker whose job passed its deadline or which died, fails its job, and starts a fresh one. */
  private replace(slot: Slot, reason: 'deadline' | 'crashed', message: string): void {
    const running = slot.running;
    const old = slot.worker;
    if (!slot.ready && ++this.startupFailures >= MAX_STARTUP_FAILURES) {
      this.broken = `analysis workers do not start (${message})`;
      this.options.log('error', `The ${this.broken}; documents are not analysed.`);
      for (const pending of this.pending.splice(0)) pending.resolve({ ok: false, reason: 'failed', message: this.broken });
      if (running) running.pending.resolve({ ok: false, reason: 'failed', message: this.broken });
      this.dispose();
      return;
    }
    slot.worker = this.spawn();
    slot.ready = false;
    for (const [uri, home] of this.home) if (home === slot) this.home.delete(uri);
    void old.terminate();
    if (running) {
      clearTimeout(running.timer);
      slot.running = undefined;
      const { uri, version } = running.pending.job.document;
      this.options.log('warn', `Analysis worker replaced: ${uri} (version ${version}) ${message}.`);
      running.pending.resolve({ ok: false, reason, message });
      // Jobs waiting for the same version would only run into it again: they fail the same way.
      for (let i = 0; i < this.pending.length; i++) {
        const other = this.pending[i];
        if (other.job.document.uri === uri && other.job.document.version === version) {
          this.pending.splice(i--, 1);
          other.resolve({ ok: false, reason, message });
        }
      }
    } else this.options.log('warn', `Analysis worker replaced: ${message}.`);
    this.dispatch();
  }

  private spawn(): Worker {
    const heap = this.options.maxHeapMb ?? 1024;
    const entry = workerEntry();
    const worker = new Worker(entry.script, { eval: entry.eval, workerData: this.options.start(), // A small young generation: two workers with V8's default one cost ~40 MB more RSS with 50 open templates (measured).
      resourceLimits: { maxOldGenerationSizeMb: heap, maxYoungGenerationSizeMb: 8 }, stdout: true, stderr: true });
    worker.unref();
    worker.stdout.resume();
    worker.stderr.on('data', (chunk: Buffer) => this.options.log('warn', `worker: ${chunk.toString().trimEnd()}`));
    worker.on('message', (message: FromWorker) => {
      const slot = this.slots.find((s) => s.worker === worker);
      if (message.type === 'log') this.options.log(message.level, message.message);
      else if (slot && message.type === 'ready') {
        slot.ready = true;
        this.startupFailures = 0;
        this.dispatch();
      }
      else if (slot && message.type === 'done') this.finish(slot, message.id, { ok: true, result: message.result as JobResults[Job['kind']] });
      else if (slot && message.type === 'failed') this.finish(slot, message.id, { ok: false, reason: 'failed', message: message.message });
    });
    worker.on('error', (error) => {
      const slot = this.slots.find((s) => s.worker === worker);
      if (slot && !this.disposed) this.replace(slot, 'crashed', `stopped: ${error.message}`);
    });
    worker.on('exit', () => {
      const slot = this.slots.find((s) => s.worker === worker);
      if (slot && !this.disposed) this.replace(slot, 'crashed', 'exited');
    });
    return worker;
  }
}
