/**
 * Messages between the language server's main loop (src/server/server.ts) and its analysis workers
 * (src/server/analysis-worker.ts). Plain data only: the analysis (model, reader closures) stays in the worker
 * that made it; hovers and code actions run there too and come back as LSP values.
 */
import type { CodeAction, CodeLens, Diagnostic, Hover, Position, Range } from 'vscode-languageserver';
import type { NoteSource, RuleSettings, TextDocumentInput } from '../core';

/** What a worker is started with (`workerData`). */
export interface WorkerStart {
  /** Hovers link notes through this client command (VS Code), else to the note's file. */
  readonly openTopicCommand?: string;
  readonly includeDiagnostics: boolean;
  /** False in an untrusted workspace: `${file()}` is then not followed. */
  readonly trusted: boolean;
  readonly roots: readonly string[];
  readonly userNotes: readonly NoteSource[];
}

/** How one document is checked, as plain data (the worker builds its file gate from it). */
export interface JobSettings {
  readonly rules: RuleSettings;
  /** Rule sets turned on (`best-practices`): settings plus the document's config file. */
  readonly rulesets: readonly string[];
  readonly maxFileBytes: number;
}

interface JobBase {
  readonly document: TextDocumentInput;
  readonly settings: JobSettings;
}

export type Job =
  | (JobBase & { readonly kind: 'diagnostics' })
  | (JobBase & { readonly kind: 'hover'; readonly position: Position })
  | (JobBase & { readonly kind: 'codeActions'; readonly range: Range; readonly diagnostics: readonly Diagnostic[] })
  | (JobBase & { readonly kind: 'resourceTypes' })
  | (JobBase & { readonly kind: 'codeLenses' });

export interface JobResults {
  diagnostics: Diagnostic[];
  hover: Hover | null;
  codeActions: CodeAction[];
  resourceTypes: string[];
  codeLenses: CodeLens[];
}

export type ToWorker =
  | { readonly type: 'job'; readonly id: number; readonly job: Job }
  | { readonly type: 'close'; readonly uri: string }
  | { readonly type: 'userNotes'; readonly notes: readonly NoteSource[] }
  | { readonly type: 'roots'; readonly roots: readonly string[] }
  /** Settings or config files changed: drop every kept analysis. */
  | { readonly type: 'forget' };

export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly id: number; readonly result: unknown }
  | { readonly type: 'failed'; readonly id: number; readonly message: string }
  | { readonly type: 'log'; readonly level: 'info' | 'warn'; readonly message: string };
