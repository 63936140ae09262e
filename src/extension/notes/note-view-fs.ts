/**
 * The note views' file system: read-only (VS Code shows the files as such, refuses edits and saves), one
 * file per URI (note-view-uri.ts), whose content comes from the UI chunk (note-view.ts). Part of the
 * activation bundle so a restored preview reads before the chunk's delay.
 */
import * as vscode from 'vscode';

export function registerNoteViewFileSystem(scheme: string, content: (uri: vscode.Uri) => Promise<string>, changed: vscode.Event<vscode.Uri>): vscode.Disposable {
  const events = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  const encoder = new TextEncoder();
  let version = Date.now();
  const refused = (uri: vscode.Uri) => vscode.FileSystemError.NoPermissions(`${uri.path}: a read-only Serverless Notes view`);
  const provider: vscode.FileSystemProvider = {
    onDidChangeFile: events.event,
    watch: () => new vscode.Disposable(() => undefined),
    async stat(uri) {
      if (!uri.query) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
      return { type: vscode.FileType.File, ctime: 0, mtime: version, size: encoder.encode(await content(uri)).length, permissions: vscode.FilePermission.Readonly };
    },
    readDirectory: () => [],
    async readFile(uri) {
      return encoder.encode(await content(uri));
    },
    createDirectory: (uri) => {
      throw refused(uri);
    },
    writeFile: (uri) => {
      throw refused(uri);
    },
    delete: (uri) => {
      throw refused(uri);
    },
    rename: (uri) => {
      throw refused(uri);
    },
  };
  return vscode.Disposable.from(
    events,
    changed((uri) => {
      version = Date.now();
      events.fire([{ type: vscode.FileChangeType.Changed, uri }]);
    }),
    vscode.workspace.registerFileSystemProvider(scheme, provider, { isCaseSensitive: true, isReadonly: true }),
  );
}
