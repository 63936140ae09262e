import * as vscode from 'vscode';

/**
 * Bundled note files as earlier versions opened them (raw, read-only): an editor restored from then still
 * reads. Notes open as rendered note views now (note-view-uri.ts).
 */
export const BUNDLED_SCHEME = 'serverless-notes-bundled';

/** Serves bundled notes under {@link BUNDLED_SCHEME} from the extension folder. */
export function registerBundledScheme(): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(BUNDLED_SCHEME, {
    async provideTextDocumentContent(uri) {
      const source = vscode.Uri.from({ scheme: uri.query || 'file', path: uri.path });
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
    },
  });
}
