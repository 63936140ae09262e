/**
 * Diagnostics scheduling: one analysis at a time, debounced per document, newest request last, with a
 * turn of the event loop between documents so hovers and other requests are answered in between.
 */

/** Lets pending messages (hover, cancel, change) run before the next document is analysed. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class AnalysisQueue {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly ready: string[] = [];
  private pumping = false;

  constructor(private readonly publish: (uri: string) => Promise<void>) {}

  schedule(uri: string, delayMs: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.enqueue(uri);
      }, delayMs),
    );
  }

  cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    const i = this.ready.indexOf(uri);
    if (i >= 0) this.ready.splice(i, 1);
  }

  private enqueue(uri: string): void {
    if (!this.ready.includes(uri)) this.ready.push(uri);
    if (!this.pumping) void this.pump();
  }

  private async pump(): Promise<void> {
    this.pumping = true;
    try {
      while (this.ready.length) {
        const uri = this.ready.shift()!;
        await this.publish(uri);
        await yieldToEventLoop();
      }
    } finally {
      this.pumping = false;
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.ready.length = 0;
  }
}
