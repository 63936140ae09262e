/** What the server and its VS Code client agree on beyond LSP (imports nothing, so the client bundle stays small). */

/** Request `{ uri }` -> the resource types of an open document's model (the VS Code quiz uses it). */
export const RESOURCE_TYPES_REQUEST = 'serverlessNotes/resourceTypes';
/** Notification: re-read settings and config files, re-index notes and re-check every open document. */
export const REFRESH_NOTIFICATION = 'serverlessNotes/refresh';

export interface InitializationOptions {
  /** A client command that opens a note at `{ uri, line, origin }` (VS Code's `serverlessNotes.openTopic`); hovers link to it. */
  readonly openTopicCommand?: string;
  /** Settings (`serverlessNotes.*` without the prefix) for clients that cannot answer `workspace/configuration`. */
  readonly settings?: unknown;
  /**
   * False in an untrusted workspace (VS Code's `workspace.isTrusted`): nothing but the open documents and the
   * bundled notes is read (no config file, no notes file, no `${file()}`). Default true.
   */
  readonly workspaceTrusted?: boolean;
  /**
   * `notes.paths` entries the user set at user level (VS Code: `inspect().globalValue`): absolute ones are
   * read as the user's own. Other absolute entries from a client with workspace settings stay inside the
   * workspace folders (src/node/notes-files.ts).
   */
  readonly userNotesPaths?: readonly string[];
  /** `includeDiagnostics: false` when the client shows the diagnostic beside the hover (VS Code): hovers don't repeat it. Default true. */
  readonly hover?: { readonly includeDiagnostics?: boolean };
  /** The hard deadline of one document's analysis in ms (default 15 s; past it the worker is replaced). */
  readonly analysisDeadlineMs?: number;
}
