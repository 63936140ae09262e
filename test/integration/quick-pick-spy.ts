// Sees the QuickPicks the extension shows. The suites run in the extension's own extension host and share its
// `vscode` API object, so wrapping window.createQuickPick / window.showQuickPick here wraps the extension's calls
// (the real pickers are still shown; the workbench drives them through its quick input commands).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

type AnyPick = vscode.QuickPick<vscode.QuickPickItem>;

export interface ShownQuickPick {
  /** what the extension passed to showQuickPick */
  items: readonly vscode.QuickPickItem[];
  options: vscode.QuickPickOptions | undefined;
  /** cancels the picker (as Escape would); the command then goes on with `undefined` */
  cancel(): void;
}

export class QuickPickSpy implements vscode.Disposable {
  private readonly window = vscode.window as { -readonly [K in keyof typeof vscode.window]: (typeof vscode.window)[K] };
  private readonly originalCreate = vscode.window.createQuickPick;
  private readonly originalShow = vscode.window.showQuickPick;
  private readonly picks: AnyPick[] = [];
  private readonly shownPicks: ShownQuickPick[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  /** how many QuickPicks the extension made with createQuickPick since this spy was installed */
  created = 0;

  constructor() {
    const spy = this;
    this.window.createQuickPick = function createQuickPick<T extends vscode.QuickPickItem>(): vscode.QuickPick<T> {
      const pick = spy.originalCreate.call(vscode.window) as vscode.QuickPick<T>;
      // the workbench reports the active item once it displays the picker, and whenever it changes
      pick.onDidChangeActive(() => spy.changed.fire());
      pick.onDidHide(() => {
        spy.picks.splice(spy.picks.indexOf(pick as unknown as AnyPick), 1); // only pickers still open are found
        spy.changed.fire();
      });
      spy.picks.push(pick as unknown as AnyPick);
      spy.created++;
      return pick;
    };
    this.window.showQuickPick = function showQuickPick(items: any, options?: vscode.QuickPickOptions, token?: vscode.CancellationToken): any {
      const source = new vscode.CancellationTokenSource();
      token?.onCancellationRequested(() => source.cancel());
      void Promise.resolve(items).then((resolved: readonly (string | vscode.QuickPickItem)[]) => {
        spy.shownPicks.push({
          items: resolved.map((i) => (typeof i === 'string' ? { label: i } : i)),
          options,
          cancel: () => source.cancel(),
        });
        spy.changed.fire();
      });
      return (spy.originalShow as any).call(vscode.window, items, options, source.token);
    };
  }

  /** Resolves with the first open QuickPick (made with createQuickPick) for which `predicate` holds, once displayed. */
  waitForPick(predicate: (pick: AnyPick) => boolean, what: string, ms = 15_000): Promise<AnyPick> {
    return this.waitFor(() => this.picks.find((p) => p.activeItems.length > 0 && predicate(p)), what, ms,
      () => this.picks.map((p) => ({ title: p.title, placeholder: p.placeholder, items: p.items.slice(0, 4).map((i) => i.label) })));
  }

  /** Resolves with the first showQuickPick call whose options match `predicate`. */
  waitForShown(predicate: (shown: ShownQuickPick) => boolean, what: string, ms = 15_000): Promise<ShownQuickPick> {
    return this.waitFor(() => this.shownPicks.find(predicate), what, ms, () => this.shownPicks.map((s) => s.options?.title));
  }

  private waitFor<T>(find: () => T | undefined, what: string, ms: number, seen: () => unknown): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (found === undefined) return;
        cleanup();
        resolve(found);
      };
      const sub = this.changed.event(check);
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${ms} ms waiting for ${what}; seen: ${JSON.stringify(seen())}`));
      }, ms);
      const cleanup = () => {
        sub.dispose();
        clearTimeout(timer);
      };
      check();
    });
  }

  dispose(): void {
    this.window.createQuickPick = this.originalCreate;
    this.window.showQuickPick = this.originalShow;
    this.changed.dispose();
  }
}

/** Makes `item` the active item of `pick` and accepts it (as arrow keys and Enter would). */
export async function accept(pick: AnyPick, item: vscode.QuickPickItem): Promise<void> {
  assert.ok(pick.items.includes(item), `${item.label} is not an item of ${pick.title}`);
  if (pick.activeItems[0] !== item) {
    // the setter reaches the workbench asynchronously; accept once it reports the item active
    const echoed = new Promise<void>((resolve) => {
      const sub = pick.onDidChangeActive(([active]) => {
        if (active?.label !== item.label) return;
        sub.dispose();
        resolve();
      });
    });
    pick.activeItems = [item];
    await withTimeout(echoed, 5_000, `${item.label} to become active`);
  }
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
}

/** Resolves once `predicate` holds for `pick` (checked now and whenever the workbench reports a change). */
export function waitUntil(pick: AnyPick, predicate: (pick: AnyPick) => boolean, what: string, ms = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    const check = () => {
      if (!predicate(pick)) return;
      cleanup();
      resolve();
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}; title ${JSON.stringify(pick.title)}, items ${JSON.stringify(pick.items.map((i) => i.label))}`));
    }, ms);
    const cleanup = () => {
      subs.forEach((s) => s.dispose());
      clearTimeout(timer);
    };
    subs.push(pick.onDidChangeActive(check), pick.onDidHide(check));
    check();
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
