// Shared by the integration suites. Waits are event-driven (onDidChangeDiagnostics), never fixed sleeps.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'serverless-notes.serverless-notes';
export const SOURCE = 'serverless-notes';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixture workspace open (test/fixtures/workspace)');
  return folder.uri;
}

export function fixture(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  await ext.activate();
  return ext;
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Our diagnostics (source serverless-notes) for a document. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

/**
 * Resolves with our diagnostics for `uri` as soon as `predicate` holds for them, checking now and on every
 * onDidChangeDiagnostics event for that uri; rejects after `ms` with what was last seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  ms = 10_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const ds = ours(uri);
      if (!predicate(ds)) return false;
      cleanup();
      resolve(ds);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${ms} ms waiting for ${what} on ${vscode.workspace.asRelativePath(uri)}; ` +
        `diagnostics now: ${JSON.stringify(describe(ours(uri)))}`));
    }, ms);
    function cleanup(): void {
      sub.dispose();
      clearTimeout(timer);
    }
    check();
  });
}

/**
 * For "there are none" checks: waits until the extension has demonstrably analysed `uri` — a probe edit is
 * not possible without changing the file, so instead we wait for the analysis of `control` (a file that must
 * get a diagnostic, opened after `uri`) so that the extension has had its chance on `uri` first.
 */
export async function settle(control: string, code: string): Promise<void> {
  const editor = await open(control);
  await waitForDiagnostics(editor.document.uri, (ds) => ds.some((d) => codeOf(d) === code), `${code} on the control file`);
}

export function describe(ds: vscode.Diagnostic[]): object[] {
  return ds.map((d) => ({
    code: codeOf(d),
    severity: vscode.DiagnosticSeverity[d.severity],
    message: d.message,
    range: `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`,
  }));
}

/** Position of the first occurrence of `needle` in the document (offset `delta` characters into it). */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `${needle} not found in ${vscode.workspace.asRelativePath(doc.uri)}`);
  return doc.positionAt(i + delta);
}

export async function hoverText(uri: vscode.Uri, pos: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

export async function revertAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The quick fix titled `title` for diagnostic `d` (fails listing the titles offered), applied to the document. */
export async function applyQuickFix(uri: vscode.Uri, d: vscode.Diagnostic, title: string): Promise<void> {
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
  const fix = actions.find((a) => a.title === title);
  assert.ok(fix, `no "${title}" among: ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.ok(fix.edit || fix.command, 'the quick fix has neither an edit nor a command');
  if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit refused the quick fix');
  if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
}

/** The range of the first `needle` in the document. */
export function rangeOf(doc: vscode.TextDocument, needle: string): vscode.Range {
  const start = positionOf(doc, needle);
  return new vscode.Range(start, start.translate(0, needle.length));
}
