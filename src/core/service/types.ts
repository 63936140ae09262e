/** What goes into the language service and what comes out, as plain data (it crosses threads in the server). */
import type { RuleSettings } from '../analyze';
import type { FileAccess } from '../sources/source';

/** A document as an editor holds it: the service never reads it from disk. */
export interface TextDocumentInput {
  readonly uri: string;
  /** The editor's language id (`yaml`, `json`, `typescript`, `markdown`, …); empty when unknown (the name decides). */
  readonly languageId: string;
  readonly version: number;
  readonly text: string;
}

/** How one document is checked: the rule settings that apply to it (user settings merged with its config file). */
export interface DocumentSettings {
  readonly rules?: RuleSettings;
  /** Rule sets turned on (`best-practices`); a rule's own entry in `rules` wins. */
  readonly rulesets?: readonly string[];
  /** Larger documents are not analysed (one information finding says so). */
  readonly maxFileBytes?: number;
  /** The file gate for files the document includes (`${file()}`); none: nothing is read. */
  readonly files?: FileAccess;
}

/** A request's cancellation, as LSP and VS Code give it: once set, the service stops and answers nothing. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/** Where the service says what it did (the server's log, the extension's output channel); silent by default. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export const SILENT_LOGGER: Logger = { info: () => undefined, warn: () => undefined };

/** How hovers read. */
export interface HoverOptions {
  /**
   * Whether a hover repeats the findings at its position. Default true; a client that shows the
   * diagnostic beside the hover (VS Code) sets false. The finding's note is shown either way.
   */
  readonly includeDiagnostics?: boolean;
}
