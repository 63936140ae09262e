/**
 * The language service: documents in (uri, language id, version, text), answers out — findings for templates
 * and notes files, hovers, the user's notes index and search. Every face (language server, CLI, extension
 * through the server) is a thin handler over it. It keeps the newest analysis of each open document, so a
 * hover or a code action after the diagnostics costs no new analysis, and it never throws to a face.
 */
import { analyze, type Analysis, type AnalyzeOptions } from '../analyze';
import type { Finding } from '../findings';
import { buildHover, type HoverContent, type HoverExtras } from '../hover/build-hover';
import { hoveredValue } from '../hover/what-binds';
import { KnowledgeBase } from '../kb/knowledge-base';
import { parseNotes } from '../kb/parse-notes';
import { NotesSearchIndex, type SectionHit } from '../kb/search-index';
import { userNotesExtras } from '../kb/search-hover';
import type { NoteSource, Topic } from '../kb/topic';
import type { SourceDocument } from '../sources/source';
import { mdCode, mdText } from '../text/markdown';
import type { Span } from '../text/line-index';
import { buildQuestionBank } from '../quiz/question-bank';
import type { Question } from '../quiz/question';
import { dueCount } from '../quiz/learn-loop';
import type { QuizProgress } from '../quiz/scheduler';
import { analyzeNotes, isNotesDocument } from './notes-document';
import { textDelta, toNewOffset, toOldOffset } from './text-delta';
import { SILENT_LOGGER, type CancellationToken, type DocumentSettings, type HoverOptions, type Logger, type TextDocumentInput } from './types';

export interface Hover extends HoverContent {
  readonly span: Span;
}

export interface LanguageServiceOptions extends AnalyzeOptions {
  /** The bundled notes (the knowledge base hovers and rules cite). */
  readonly notes: readonly NoteSource[];
  readonly logger?: Logger;
  readonly hover?: HoverOptions;
  /** A link that opens a note from a hover (`topics`: the user's sections, then the bundled ones, in index order). */
  readonly linkTo?: (topic: Topic, topics: readonly Topic[]) => string | undefined;
  /** How many documents keep their analysis (least recently used first to go; re-analysed when asked). Default: all. */
  readonly maxKeptAnalyses?: number;
  /** The file name the readers see for a document URI (the server maps `file:` URIs to paths); default: the URI. */
  readonly fileNameOf?: (uri: string) => string;
}

export interface LanguageService {
  readonly kb: KnowledgeBase;
  /** One-shot analysis of a text (the CLI's `check`); open documents use {@link getAnalysis}. */
  analyze(doc: SourceDocument, overrides?: Partial<AnalyzeOptions>): Promise<Analysis>;
  /** The hover at an offset of an analysed document (the finding first whenever one covers the offset). */
  hover(analysis: Analysis, offset: number, extras?: HoverExtras): Hover | undefined;

  /** Opens or replaces a document; its analysis is computed when first asked for, once per version and settings. */
  setDocument(document: TextDocumentInput, settings?: DocumentSettings): void;
  closeDocument(uri: string): void;
  /** The newest analysis of an open document (templates and notes files); undefined when closed or cancelled. */
  getAnalysis(uri: string, token?: CancellationToken): Promise<Analysis | undefined>;
  getDiagnostics(uri: string, token?: CancellationToken): Promise<readonly Finding[]>;
  getHover(uri: string, offset: number, token?: CancellationToken): Promise<Hover | undefined>;

  /** Replaces the user's notes (indexed here, once, for hovers and search). */
  setUserNotes(notes: readonly NoteSource[]): void;
  readonly userNotes: NotesSearchIndex;
  searchNotes(query: string, limit?: number): SectionHit[];
  /** The quiz bank over the user's notes and the bundled ones (built once per notes version). */
  quizBank(): readonly Question[];
  /** How many questions of the bank are due for review. */
  dueCount(progress: QuizProgress, now?: Date): number;
}

interface OpenDocument {
  readonly input: TextDocumentInput;
  readonly settings: DocumentSettings;
  analysis?: Promise<Analysis>;
  /** The newest finished analysis of this or an earlier version (same settings), with the text it read. */
  finished?: { readonly text: string; readonly analysis: Analysis };
}

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  const kb = new KnowledgeBase(options.notes);
  const log = options.logger ?? SILENT_LOGGER;
  const documents = new Map<string, OpenDocument>();
  let userNotes = new NotesSearchIndex();
  let bank: readonly Question[] | undefined;

  const linkTo = options.linkTo && ((topic: Topic) => options.linkTo!(topic, [...userNotes.topics, ...kb.topics]));

  function hoverAt(analysis: Analysis, offset: number, extras?: HoverExtras): Hover | undefined {
    try {
      // A hover wherever a finding is: its message leads, even where the reader has no hover target.
      const findings = findingsAt(analysis, offset);
      if (!analysis.source) return findings.length ? findingsOnlyHover(findings, options.hover) : undefined;
      const target = analysis.source.locate(offset);
      if (!target && !findings.length) return undefined;
      // The hovered value as written picks its note bullet and what binds it (one line only).
      const value = target?.part === 'value' ? hoveredValue(analysis.lineIndex, target.span) : undefined;
      const content = buildHover(target, kb, analysis.source.model, { today: options.today, findings, value, includeDiagnostics: options.hover?.includeDiagnostics, ...extras });
      return content && { ...content, span: target?.span ?? findings[0].span };
    } catch (error) {
      log.warn(`Hover failed: ${(error as Error).message}`);
      return undefined; // a hover bug must never take the editor down: no hover
    }
  }

  async function analyseDocument(document: OpenDocument): Promise<Analysis> {
    const { input, settings } = document;
    if (isNotesDocument(input.uri, input.languageId)) return analyzeNotes(input.text, settings.rules, options.today);
    const started = Date.now();
    const analysis = await analyze({ fileName: options.fileNameOf?.(input.uri) ?? input.uri, text: input.text }, { ...options, rules: settings.rules ?? options.rules, rulesets: settings.rulesets ?? options.rulesets, maxFileBytes: settings.maxFileBytes ?? options.maxFileBytes, files: settings.files ?? options.files });
    if (analysis.format) log.info(`Analysed ${input.uri} (${analysis.format}) in ${Date.now() - started} ms: ${analysis.findings.length} findings`);
    return analysis;
  }

  /** Documents with a kept analysis, least recently used first. */
  const kept = new Set<string>();
  function keep(uri: string): void {
    kept.delete(uri);
    kept.add(uri);
    const max = options.maxKeptAnalyses ?? Infinity;
    for (const old of kept) {
      if (kept.size <= max) break;
      kept.delete(old);
      const document = documents.get(old);
      if (document) document.analysis = document.finished = undefined;
    }
  }

  /** The hover from the previous finished analysis while the newest version has none yet (undefined: no such answer). */
  function hoverFromPrevious(document: OpenDocument, offset: number): Hover | undefined | 'analyse' {
    const finished = document.finished;
    if (!finished || finished.text === document.input.text) return 'analyse';
    const delta = textDelta(finished.text, document.input.text);
    const old = toOldOffset(delta, offset);
    if (old === undefined) return 'analyse';
    const hover = hoverWithNotes(finished.analysis, old);
    return hover && { ...hover, span: { start: toNewOffset(delta, hover.span.start), end: toNewOffset(delta, hover.span.end) } };
  }

  function hoverWithNotes(analysis: Analysis, offset: number): Hover | undefined {
    const target = analysis.source?.locate(offset);
    const extras = target && analysis.source ? userNotesExtras(userNotes, target, analysis.source.model, linkTo) : { linkTo };
    return hoverAt(analysis, offset, extras);
  }

  const service: LanguageService = {
    kb,
    analyze: (doc, overrides) => analyze(doc, { ...options, ...overrides }),
    hover: hoverAt,
    setDocument(input, settings = {}) {
      const open = documents.get(input.uri);
      const same = open && sameSettings(open.settings, settings);
      if (same && open.input.version === input.version && open.input.text === input.text) return;
      // The previous version's finished analysis answers hovers until this version's is done.
      documents.set(input.uri, { input, settings, finished: same ? open.finished : undefined });
    },
    closeDocument(uri) {
      documents.delete(uri);
      kept.delete(uri);
    },
    async getAnalysis(uri, token) {
      const document = documents.get(uri);
      if (!document || token?.isCancellationRequested) return undefined;
      keep(uri);
      document.analysis ??= analyseDocument(document).then((analysis) => {
        if (documents.get(uri) === document) document.finished = { text: document.input.text, analysis };
        return analysis;
      });
      return document.analysis;
    },
    async getDiagnostics(uri, token) {
      return (await service.getAnalysis(uri, token))?.findings ?? [];
    },
    async getHover(uri, offset, token) {
      const document = documents.get(uri);
      if (!document || token?.isCancellationRequested) return undefined;
      // Never an analysis per hover while one is due: the previous finished one answers outside the edit.
      const previous = hoverFromPrevious(document, offset);
      if (previous !== 'analyse') return previous;
      const analysis = await service.getAnalysis(uri, token);
      if (!analysis || token?.isCancellationRequested) return undefined;
      return hoverWithNotes(analysis, offset);
    },
    setUserNotes(notes) {
      const index = new NotesSearchIndex();
      for (const note of notes) index.setFile(note.uri, parseNotes(note));
      userNotes = index;
      bank = undefined;
      if (notes.length) log.info(`Indexed ${notes.length} notes files (${index.topics.length} sections).`);
    },
    get userNotes() {
      return userNotes;
    },
    searchNotes(query, limit = 20) {
      return userNotes.search(query, limit);
    },
    quizBank() {
      bank ??= buildQuestionBank([...userNotes.topics, ...kb.topics]);
      return bank;
    },
    dueCount(progress, now = options.today ?? new Date()) {
      return dueCount(service.quizBank(), progress, now);
    },
  };
  return service;
}

/** Findings whose range holds the offset, most severe first (the hover leads with them). */
export function findingsAt(analysis: Analysis, offset: number): Finding[] {
  const order = { error: 0, warning: 1, information: 2, hint: 3 } as const;
  return analysis.findings.filter((f) => f.span.start <= offset && offset <= f.span.end).sort((a, b) => order[a.severity] - order[b.severity]);
}

/** A notes file's hover: the claim findings under the cursor (it has no model to explain). */
function findingsOnlyHover(findings: readonly Finding[], hover: HoverOptions | undefined): Hover | undefined {
  if (hover?.includeDiagnostics === false) return undefined;
  const markdown = findings.slice(0, 2).map((f) => `${mdCode(f.ruleId)}: ${mdText(f.message)}`).join('\n\n');
  return { markdown, topics: [], span: findings[0].span };
}

function sameSettings(a: DocumentSettings, b: DocumentSettings): boolean {
  return a.files === b.files && a.maxFileBytes === b.maxFileBytes && JSON.stringify(a.rules ?? {}) === JSON.stringify(b.rules ?? {}) && JSON.stringify(a.rulesets ?? []) === JSON.stringify(b.rulesets ?? []);
}
