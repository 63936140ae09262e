/**
 * An analysis worker of the language server (a worker thread of dist/server.js, see main.ts): it holds the language
 * service with the open documents' newest analyses and answers diagnostics, hovers and code actions for them.
 * The main loop sends each job with the document's text and version (so a replaced worker needs no replay:
 * its state is rebuilt by the next job) and terminates the worker when a job passes its deadline.
 */
import { dirname, sep } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { chainLenses, createLanguageService, openTopicCommandLink, quiz, topicOrdinal, type DocumentSettings, type FileAccess, type TextDocumentInput } from '../core';
import { readNotesFolder } from '../node/bundled-notes';
import { externalReaders } from '../node/external-readers';
import { projectFileAccess } from '../node/file-access';
import { bundledNotesFolder, rulesDocPath } from '../node/package-root';
import { codeActions, toDiagnostic } from './convert';
import { commentMarkerFor } from './languages';
import { fileNameOf, fileUri, isFileUri } from './uris';
import type { FromWorker, Job, JobResults, ToWorker, WorkerStart } from './worker-protocol';

/** Wall-time backstop of one analysis, below the 15 s deadline: the step meter decides results, this only a runaway (its own message). */
export const WORKER_BUDGET_MS = 10_000;

const port = parentPort!;
const start = workerData as WorkerStart;
const post = (message: FromWorker) => port.postMessage(message);
const logger = { info: (message: string) => post({ type: 'log', level: 'info', message }), warn: (message: string) => post({ type: 'log', level: 'warn', message }) };

const rulesDoc = fileUri(rulesDocPath());
const ruleDocs = (ruleId: string) => `${rulesDoc}#${ruleId}`;
const bundledNotes = readNotesFolder(bundledNotesFolder()).map((n) => ({ ...n, uri: fileUri(n.uri) }));
let roots = start.roots;

const service = createLanguageService({
  notes: bundledNotes,
  logger,
  hover: { includeDiagnostics: start.includeDiagnostics },
  externalReaders: externalReaders((message) => logger.warn(`CDK reader: ${message}`)),
  budget: { maxMillis: WORKER_BUDGET_MS },
  // Analyses are kept for the documents used most recently (memory with many open documents); others are redone on demand.
  maxKeptAnalyses: 8,
  fileNameOf,
  // VS Code: its `openTopic` command (by id and ordinal in the order its index holds them); elsewhere the note's file.
  linkTo: (topic, topics) =>
    start.openTopicCommand ? openTopicCommandLink({ id: topic.id, n: topicOrdinal(topics, topic) }) : topic.uri.startsWith('file:') ? `${topic.uri}#L${topic.line + 1}` : undefined,
});
service.setUserNotes(start.userNotes);

/** `${file()}` reads only inside the document's workspace folder (the innermost); outside every folder, its own folder. */
function projectRootOf(fileName: string): string {
  const holding = roots.filter((root) => fileName.startsWith(root.endsWith(sep) ? root : root + sep));
  return holding.sort((a, b) => b.length - a.length)[0] ?? dirname(fileName);
}
let files: FileAccess = projectFileAccess({ projectRoot: projectRootOf, trusted: start.trusted });

const texts = new Map<string, TextDocument>();

function open(document: TextDocumentInput, settings: Job['settings']): TextDocument {
  const documentSettings: DocumentSettings = { rules: settings.rules, rulesets: settings.rulesets, maxFileBytes: settings.maxFileBytes, files: isFileUri(document.uri) ? files : undefined };
  service.setDocument(document, documentSettings);
  let text = texts.get(document.uri);
  if (!text || text.version !== document.version || text.getText() !== document.text) {
    text = TextDocument.create(document.uri, document.languageId, document.version, document.text);
    texts.set(document.uri, text);
  }
  return text;
}

/**
 * Tests of the deadline set SERVERLESS_NOTES_TEST_HANG to a marker: a job on a document holding it spins like a
 * reader bug no step meter sees, so the deadline is proven whatever the machine's load (a large file was not).
 */
const HANG_MARKER = process.env.SERVERLESS_NOTES_TEST_HANG;

async function run(job: Job): Promise<JobResults[Job['kind']]> {
  if (HANG_MARKER && job.document.text.includes(HANG_MARKER)) for (;;);
  const document = open(job.document, job.settings);
  const uri = document.uri;
  switch (job.kind) {
    case 'diagnostics':
      return (await service.getDiagnostics(uri)).map((f) => toDiagnostic(f, ruleDocs, uri));
    case 'hover': {
      // The hover's span is in this version's text (the service maps an earlier analysis's spans through the edit).
      const hover = await service.getHover(uri, document.offsetAt(job.position));
      return hover ? { contents: { kind: 'markdown', value: hover.markdown }, range: { start: document.positionAt(hover.span.start), end: document.positionAt(hover.span.end) } } : null;
    }
    case 'codeActions': {
      const analysis = await service.getAnalysis(uri);
      if (!analysis) return [];
      return codeActions(document, analysis, job.diagnostics, commentMarkerFor(document.languageId, fileNameOf(uri)), { range: job.range, ruleDocs });
    }
    case 'codeLenses': {
      const analysis = await service.getAnalysis(uri);
      if (!analysis?.source) return [];
      return chainLenses(analysis.source.model).map((lens) => ({ range: { start: document.positionAt(lens.span.start), end: document.positionAt(lens.span.end) }, command: { title: lens.title, command: '' } }));
    }
    case 'resourceTypes': {
      const analysis = await service.getAnalysis(uri);
      return analysis?.source ? quiz.resourceTypesOf(analysis.source.model) : [];
    }
  }
}

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'job':
      run(message.job).then(
        (result) => post({ type: 'done', id: message.id, result }),
        (error: unknown) => post({ type: 'failed', id: message.id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
      return;
    case 'close':
      service.closeDocument(message.uri);
      texts.delete(message.uri);
      return;
    case 'userNotes':
      service.setUserNotes(message.notes);
      return;
    case 'roots':
      roots = message.roots;
      files = projectFileAccess({ projectRoot: projectRootOf, trusted: start.trusted });
      return;
    case 'forget':
      for (const uri of texts.keys()) service.closeDocument(uri);
      texts.clear();
      return;
  }
});

post({ type: 'ready' });
