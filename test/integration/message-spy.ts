// Sees (and optionally answers) the messages the extension shows. Like QuickPickSpy, it relies on the suites
// sharing the extension's `vscode` API object: replacing window.show{Information,Warning}Message here replaces
// the extension's calls. dispose() puts the originals back.
import * as vscode from 'vscode';

type Kind = 'showInformationMessage' | 'showWarningMessage';

export interface ShownMessage {
  readonly message: string;
  /** the options object when the extension passed one (e.g. `{ modal: true }`) */
  readonly options: vscode.MessageOptions | undefined;
  /** the button labels (or item titles) offered */
  readonly items: string[];
}

export class MessageSpy implements vscode.Disposable {
  private readonly window = vscode.window as unknown as Record<Kind, (...args: unknown[]) => Thenable<unknown>>;
  private readonly original: (...args: unknown[]) => Thenable<unknown>;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly shown: ShownMessage[] = [];

  /**
   * @param kind the window function to wrap
   * @param answer when given, the message is not displayed and resolves with `answer(shown)` (a stubbed
   *   button press); otherwise the real message is displayed (call through)
   */
  constructor(private readonly kind: Kind, answer?: (shown: ShownMessage) => string | undefined) {
    this.original = this.window[kind];
    const spy = this;
    this.window[kind] = function (message: unknown, ...rest: unknown[]): Thenable<unknown> {
      const options = rest[0] && typeof rest[0] === 'object' && !('title' in (rest[0] as object)) ? (rest[0] as vscode.MessageOptions) : undefined;
      const itemArgs = options ? rest.slice(1) : rest;
      const shown: ShownMessage = {
        message: String(message),
        options,
        items: itemArgs.map((i) => (typeof i === 'string' ? i : String((i as vscode.MessageItem).title))),
      };
      spy.shown.push(shown);
      spy.changed.fire();
      if (!answer) return spy.original.call(vscode.window, message, ...rest);
      const label = answer(shown);
      const item = label === undefined ? undefined : itemArgs.find((i) => (typeof i === 'string' ? i : (i as vscode.MessageItem).title) === label);
      return Promise.resolve(item);
    };
  }

  /** Resolves with the first message for which `predicate` holds (checked now and on every new message). */
  waitFor(predicate: (shown: ShownMessage) => boolean, what: string, ms = 10_000): Promise<ShownMessage> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.shown.find(predicate);
        if (!found) return;
        cleanup();
        resolve(found);
      };
      const sub = this.changed.event(check);
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${ms} ms waiting for ${what}; ${this.kind} saw: ${JSON.stringify(this.shown.map((s) => s.message))}`));
      }, ms);
      const cleanup = () => {
        sub.dispose();
        clearTimeout(timer);
      };
      check();
    });
  }

  dispose(): void {
    this.window[this.kind] = this.original;
    this.changed.dispose();
  }
}
