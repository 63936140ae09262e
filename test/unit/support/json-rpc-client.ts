/**
 * A plain JSON-RPC 2.0 client over a child process's stdio (LSP base protocol: `Content-Length` headers),
 * written here so the server is tested the way an editor nobody here wrote would talk to it.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';

export interface Message {
  readonly jsonrpc: '2.0';
  readonly id?: number | string | null;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { code: number; message: string };
}

export class JsonRpcClient {
  /** Every message from the server, in arrival order. */
  readonly received: Message[] = [];
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiters: Array<{ test: (m: Message) => boolean; resolve: (m: Message) => void }> = [];

  constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    /** Answers the server's own requests (workspace/configuration, client/registerCapability). */
    private readonly answer: (method: string, params: unknown) => unknown = () => null,
  ) {
    child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
  }

  /** Sends several messages in one write (so the server reads them together, e.g. a request and its cancel). */
  write(...messages: object[]): void {
    this.child.stdin.write(messages.map((m) => frame({ jsonrpc: '2.0', ...m })).join(''));
  }

  /** A request message with a fresh id (not sent). */
  requestMessage(method: string, params: unknown): { id: number; method: string; params: unknown } {
    return { id: this.nextId++, method, params };
  }

  request(method: string, params: unknown): Promise<Message> {
    const message = this.requestMessage(method, params);
    const response = this.waitFor((m) => m.id === message.id && m.method === undefined);
    this.write(message);
    return response;
  }

  notify(method: string, params: unknown): void {
    this.write({ method, params });
  }

  /** The first message (already received or coming) that passes `test`. */
  waitFor(test: (m: Message) => boolean): Promise<Message> {
    const seen = this.received.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: *(\d+)/i.exec(header)?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(message: Message): void {
    this.received.push(message);
    if (message.method && message.id !== undefined) this.write({ id: message.id, result: this.answer(message.method, message.params) ?? null });
    for (const waiter of [...this.waiters]) {
      if (!waiter.test(message)) continue;
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(message);
    }
  }
}

function frame(message: object): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}
