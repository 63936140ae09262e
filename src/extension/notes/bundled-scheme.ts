import * as vscode from 'vscode';

/** Bundled notes open read-only through this scheme (a content provider's documents cannot be edited). */
export const BUNDLED_SCHEME = 'serverless-notes-bundled';

/** The read-only URI of a bundled note file. */
export function readOnlyUri(fileUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: BUNDLED_SCHEME, path: fileUri.path, query: fileUri.scheme === 'file' ? '' : fileUri.scheme });
}

/** Serves bundled notes under {@link BUNDLED_SCHEME} from the extension folder. */
export function registerBundledScheme(): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(BUNDLED_SCHEME, {
    async provideTextDocumentContent(uri) {
      const source = vscode.Uri.from({ scheme: uri.query || 'file', path: uri.path });
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
    },
  });
}
