/**
 * The door to the UI chunk (dist/ui.js, see ui.ts). Until it loads, every command it owns — those
 * package.json contributes, less the activation bundle's own, plus ui-commands.ts — has a stand-in that
 * loads the chunk and runs the real command. Loading first disposes the stand-ins, then the chunk
 * registers the real commands synchronously, so a command is never missing nor registered twice.
 */
import { packageFileExists } from '../node/file-gate';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { UiApi, UiDeps } from './ui';
import { UI_INTERNAL_COMMANDS } from './ui-commands';

type UiModule = typeof import('./ui');

export interface LazyUi extends vscode.Disposable {
  /** Loads the chunk (once) and returns its API. */
  load(): UiApi;
}

export function lazyUi(context: vscode.ExtensionContext, deps: UiDeps, ownCommands: readonly string[]): LazyUi {
  let api: UiApi | undefined;
  let standIns: vscode.Disposable[] = [];
  const load = (): UiApi => {
    if (api) return api;
    standIns.forEach((d) => d.dispose());
    standIns = [];
    api = requireUi().activateUi(context, deps);
    return api;
  };
  standIns = uiCommands(context, ownCommands).map((id) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      load();
      return vscode.commands.executeCommand(id, ...args);
    }),
  );
  return { load, dispose: () => standIns.forEach((d) => d.dispose()) };
}

function uiCommands(context: vscode.ExtensionContext, ownCommands: readonly string[]): string[] {
  const contributed: unknown = context.extension.packageJSON?.contributes?.commands;
  const ids = Array.isArray(contributed) ? contributed.map((c: { command?: unknown }) => c.command).filter((c): c is string => typeof c === 'string') : [];
  return [...new Set([...ids, ...UI_INTERNAL_COMMANDS])].filter((id) => !ownCommands.includes(id));
}

function requireUi(): UiModule {
  const chunk = join(__dirname, 'ui.js');
  // A path in a variable keeps esbuild from inlining the module: that is the point of the chunk.
  const source = './ui';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(__filename.endsWith('.js') && packageFileExists(chunk) ? chunk : source) as UiModule;
}
