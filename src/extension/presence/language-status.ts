/**
 * The language status item of our documents ("{} Serverless Notes: 3 findings · notes: 2 files" in the
 * status bar's language section): findings in open files, the user's notes files indexed, whether the
 * language server runs; its action offers the log, a re-check and the settings.
 */
import * as vscode from 'vscode';

export const STATUS_ACTIONS_COMMAND = 'serverlessNotes.statusActions';
const SOURCE = 'serverless-notes';

export interface LanguageStatusState {
  readonly text: string;
  readonly detail: string;
  readonly busy: boolean;
}

export type ServerPhase = 'waiting' | 'starting' | 'running' | 'stopped';

export class LanguageStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly disposables: vscode.Disposable[] = [];
  private notesFiles: number | undefined;
  private phase: ServerPhase = 'waiting';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(selector: vscode.DocumentSelector) {
    this.item = vscode.languages.createLanguageStatusItem('serverlessNotes.status', selector);
    this.item.name = 'Serverless Notes';
    this.item.command = { title: 'Actions…', command: STATUS_ACTIONS_COMMAND, tooltip: 'Show the log, re-check open files or open the settings' };
    this.disposables.push(
      this.item,
      vscode.languages.onDidChangeDiagnostics(() => this.schedule()),
      vscode.commands.registerCommand(STATUS_ACTIONS_COMMAND, () => statusActions()),
      { dispose: () => clearTimeout(this.timer) },
    );
    this.update();
  }

  /** What the item shows now (integration tests read it). */
  get state(): LanguageStatusState {
    return { text: this.item.text, detail: this.item.detail ?? '', busy: this.item.busy };
  }

  setNotesFiles(count: number): void {
    this.notesFiles = count;
    this.update();
  }

  setServer(phase: ServerPhase): void {
    this.phase = phase;
    this.update();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), 100);
  }

  private update(): void {
    const findings = countFindings();
    const notes = this.notesFiles === undefined ? '' : ` · notes: ${this.notesFiles} ${this.notesFiles === 1 ? 'file' : 'files'}`;
    this.item.text = `${findings} ${findings === 1 ? 'finding' : 'findings'}${notes}`;
    this.item.busy = this.phase === 'starting';
    this.item.severity = this.phase === 'stopped' ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    this.item.detail =
      this.phase === 'running'
        ? 'in open files; language server running'
        : this.phase === 'starting'
          ? 'starting the language server'
          : this.phase === 'stopped'
            ? 'the language server is not running'
            : 'the language server starts with the first template, serverless.yml or CDK file';
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

function countFindings(): number {
  let n = 0;
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) for (const d of diagnostics) if (d.source === SOURCE) n++;
  return n;
}

async function statusActions(): Promise<void> {
  const actions = [
    { label: '$(output) Show Log', command: 'serverlessNotes.showOutput' },
    { label: '$(refresh) Re-check Open Files', command: 'serverlessNotes.refresh' },
    { label: '$(settings-gear) Open Settings', command: 'workbench.action.openSettings', args: ['@ext:serverless-notes.serverless-notes'] },
  ];
  const picked = await vscode.window.showQuickPick(actions, { title: 'Serverless Notes' });
  if (picked) await vscode.commands.executeCommand(picked.command, ...(picked.args ?? []));
}
