/**
 * The Serverless Notes core: one language service over the knowledge base, the readers and the rules.
 * It knows nothing of VS Code or the file system; the extension, the CLI and the tests are faces over it.
 */
import { analyze, type Analysis, type AnalyzeOptions } from './analyze';
import type { HoverExtras } from './hover/build-hover';
import { KnowledgeBase } from './kb/knowledge-base';
import type { NoteSource } from './kb/topic';
import type { SourceDocument } from './sources/source';

// The service and its types: what every face needs.
export { createLanguageService, type Hover, type LanguageService, type LanguageServiceOptions } from './service/language-service';
export type { CancellationToken, DocumentSettings, HoverOptions, Logger, TextDocumentInput } from './service/types';
export { isNotesDocument } from './service/notes-document';
export { analyze, KnowledgeBase };
export type { Analysis, AnalyzeOptions, HoverExtras, NoteSource, SourceDocument };
export type { Finding, Severity, Fix, TextEdit } from './findings';
export type { RuleSetting, RuleSettings } from './analyze';
export { DEFAULT_MAX_FILE_BYTES } from './analyze';
export { PARSE_RULE_IDS } from './findings';
export { RULES } from './rules';
export { chainLenses, type ChainLens } from './graph/chain-lenses';
export { LIMITS } from './limits';
export { lookupLimits, type LookupMatch, type LimitMatch, type RuntimeMatch } from './lookup/limit-lookup';
export { LineIndex } from './text/line-index';
export type { Position, Range, Span } from './text/line-index';
// The user's notes as a knowledge base (search, contradictions, safe previews) and the quiz.
export { parseNotes } from './kb/parse-notes';
export { NotesSearchIndex, type SectionHit, type SectionsForOptions } from './kb/search-index';
export { featureWords } from './kb/search-features';
export { userNotesExtras, MAX_USER_SECTIONS } from './kb/search-hover';
export { findContradictions, findOutdatedClaims, CHECKABLE_CLAIMS, type CheckableClaim, type Contradiction, type OutdatedClaim } from './kb/contradictions';
export { notesFindings, isNotesFileName, NOTES_OUTDATED_RULE_ID, NOTES_OUTDATED_META } from './kb/notes-findings';
export { safeMarkdown, previewLine } from './kb/search-preview';
export { boundedMarkdown, MAX_INLINE_CHARS } from './kb/bounded-markdown';
export { blockLines, inlineLine, type BlockWriter, type InlineWriter, type MarkdownToken } from './kb/markdown-blocks';
export type { Topic } from './kb/topic';
export * as quiz from './quiz/quiz-api';
// For the faces (server, extension, CLI): configuration, suppression edits, reader plumbing.
export { CONFIG_FILE_NAME, mergeRuleSettings, parseConfig, type ProjectConfig, type ConfigProblem } from './config';
export { disableForLineEdit, type CommentMarker } from './suppression-edit';
export { UNKNOWN_RULE_IN_SUPPRESSION } from './suppression';
export type { ExternalReader } from './sources/read-document';
export type { FileAccess, FileRead, ParsedSource } from './sources/source';
export type { BudgetLimits } from './budget';
export { DEFAULT_MAX_MILLIS, DEFAULT_MAX_STEPS } from './budget';
// Hover command links (`serverlessNotes.openTopic`): built by the server, validated by the extension.
export { HOVER_COMMANDS, isSafeHttpsUrl } from './text/markdown';
export { hasUnsafeCharacter, safeField, safeLines, safeLineStart, uriPath, UNSAFE_REPLACEMENT } from './text/sanitize';
export { findTopic, OPEN_TOPIC_COMMAND, openTopicCommandLink, parseOpenTopicArgs, topicOrdinal, type OpenTopicArgs } from './hover/topic-link';
// The formats we read, declared once (file endings, language ids, line comments, accepts, read).
export { FORMATS, formatOf, matchesName, isScannedFile, isSourceFileName, analysedLanguageIds, lineCommentFor, type DocumentFormat } from './sources/formats';
export { mentionsCdk } from './sources/cdk/modules';
export type { Rule, RuleMeta } from './rules/rule';
export { RULESETS, type RulesetId } from './rules/rule';
