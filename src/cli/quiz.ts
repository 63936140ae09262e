/**
 * `serverless-notes quiz`: the question bank as JSON (`--list --json`), or a short quiz in the terminal
 * that reads answers by number or letter from stdin (`q` quits; works with piped input, for tests and scripts).
 *   serverless-notes quiz [--list [--json]] [--export anki] [--notes <file or folder>]... [--count N] [--seed N] [--progress <file>]
 * Progress (FSRS cards) lives in a JSON file under the user's state directory (see quiz-progress-file.ts).
 */
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { KnowledgeBase, quiz, type NoteSource } from '../core';
import { groupRefusals, kindOf, type Refusal } from '../node/file-gate';
import { readNotesAt } from '../node/notes-reader';
import { defaultProgressPath, loadProgress, saveProgress } from './quiz-progress-file';
// The core's one sanitizer, field by field: a note's text can't start a line, move the cursor or make a link.
import { safeLines, safeLineStart, terminalSafe } from './terminal-safe';

export interface QuizCliOptions {
  readonly bundledNotes: readonly NoteSource[];
  readonly usageError: (message: string) => Error;
}

/** `--notes` (the user's own path, a root of its own): read through the file gate, regular files only. */
function readUserNotes(path: string, usageError: (message: string) => Error): NoteSource[] {
  if (kindOf(path) === 'missing') throw usageError(`cannot read ${terminalSafe(path)}: no such file or folder`);
  const refusals: Refusal[] = [];
  const notes = readNotesAt([resolve(path)], undefined, refusals);
  for (const line of groupRefusals(refusals)) process.stderr.write(safeLineStart(`serverless-notes: ${terminalSafe(line.path)}: ${line.text}`) + '\n');
  return notes;
}

/** Runs the quiz command; returns the exit code. */
export async function quizCommand(args: string[], options: QuizCliOptions): Promise<number> {
  let list = false;
  let json = false;
  let count = 5;
  let seed = Date.now() >>> 0;
  let exportFormat: string | undefined;
  let progressPath = defaultProgressPath();
  const notes: NoteSource[] = [...options.bundledNotes];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--list') list = true;
    else if (arg === '--json') json = true;
    else if (arg === '--count') count = Number(args[++i]);
    else if (arg === '--seed') seed = Number(args[++i]);
    else if (arg === '--export') {
      exportFormat = args[++i];
      if (exportFormat !== 'anki') throw options.usageError('--export takes one format: anki');
    } else if (arg === '--progress') {
      progressPath = args[++i];
      if (!progressPath) throw options.usageError('--progress needs a file');
    }
    else if (arg === '--notes') {
      const path = args[++i];
      if (!path) throw options.usageError('--notes needs a file or folder');
      notes.push(...readUserNotes(path, options.usageError));
    } else throw options.usageError(`Unknown quiz option: ${arg}`);
  }
  if (!Number.isInteger(count) || count < 1) throw options.usageError('--count must be a positive whole number');
  if (!Number.isFinite(seed)) throw options.usageError('--seed must be a number');
  const kb = new KnowledgeBase(notes);
  const bank = quiz.buildQuestionBank(kb.topics, { seed: list || exportFormat ? 0 : seed });
  if (exportFormat) {
    // Tab-separated fields, one card a line: the deck's own tabs and line breaks stay, a note's controls don't.
    process.stdout.write(ankiSafe(quiz.toAnkiText(bank)));
    return 0;
  }
  if (list) {
    const rows = bank.map((q) => quiz.questionRow(q, noteDisplayName(q)));
    if (json) process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    else for (const r of rows) process.stdout.write(`${safeLineStart(`[${terminalSafe(r.topic)}] ${terminalSafe(r.question)}`)}\n${r.snippet ? `${safeLines(r.snippet)}\n` : ''}${r.options.map((o, i) => `  ${r.answerIndexes.includes(i) ? '*' : ' '} ${i + 1}. ${terminalSafe(o)}`).join('\n')}\n`);
    return 0;
  }
  const progress = loadProgress(progressPath);
  return runInTerminal(quiz.pickQuestions(bank, progress, { now: new Date(), count, random: quiz.seededRandom(seed) }), progressPath);
}

async function runInTerminal(questions: readonly quiz.Question[], progressPath: string): Promise<number> {
  const input = createInterface({ input: process.stdin, terminal: false });
  try {
    return await askAll(questions, input[Symbol.asyncIterator](), progressPath);
  } finally {
    // The CLI ends by process.exitCode (see process-output.ts): an open stdin would keep it waiting.
    input.close();
    process.stdin.destroy();
  }
}

/** How a note is named in output: its file name for bundled notes, a path relative to here for the user's. */
function noteDisplayName(q: quiz.Question): string {
  if (q.source.origin === 'bundled') return basename(q.source.uri);
  const path = q.source.uri.startsWith('file:') ? fileURLToPath(q.source.uri) : q.source.uri;
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : basename(path);
}

const LETTERS = 'ABCDEFGHIJ';
const optionLabel = (i: number) => `${i + 1}/${LETTERS[i]}`;

async function askAll(questions: readonly quiz.Question[], lines: AsyncIterator<string>, progressPath: string): Promise<number> {
  // Every field from a note passes terminalSafe (one line) or safeLines (a snippet, an explanation) below.
  const out = (s: string) => process.stdout.write(s);
  let session = quiz.startSession('cli', questions);
  out(`Answer with the option's number or letter${questions.some((q) => q.answerIndexes.length > 1) ? ' (several for "choose two": 1,3 or AC)' : ''}; q quits and keeps your progress.\n`);
  while (!quiz.isFinished(session)) {
    const q = quiz.currentQuestion(session)!;
    const keys = q.answerIndexes.length;
    out(`\n(${quiz.progressLabel(session)}) ${terminalSafe(q.prompt)}\n${q.snippet ? `${safeLines(q.snippet).replace(/^/gm, '    ')}\n` : ''}${q.options.map((o, i) => `  ${i + 1}. ${LETTERS[i]}) ${terminalSafe(o)}`).join('\n')}\n`);
    out(keys > 1 ? `Your ${keys} answers (e.g. 1,3 or AC; q to quit): ` : `Your answer (1-${q.options.length} or A-${LETTERS[q.options.length - 1]}; q to quit): `);
    let choice: readonly number[] | undefined;
    while (choice === undefined) {
      const next = await lines.next();
      const parsed = next.done ? ({ kind: 'quit' } as const) : quiz.parseChoice(String(next.value), q.options.length, keys);
      if (parsed.kind === 'quit') {
        const summary = quiz.summarize(session);
        out(`\nStopped after ${summary.total} of ${session.questions.length} questions. ${summary.total ? terminalSafe(summary.text) : ''} Progress saved.\n`.replace(/  +/g, ' '));
        return 0;
      }
      if (parsed.kind === 'choice') choice = parsed.indexes;
      else out(`${terminalSafe(parsed.reason)}: type ${keys > 1 ? `${keys} numbers or letters, e.g. 1,3 or AC` : `a number from 1 to ${q.options.length} or a letter`} (q to quit): `);
    }
    const result = quiz.answer(session, choice);
    session = result.session;
    // Re-read before writing: another quiz may have saved meanwhile.
    saveProgress(progressPath, quiz.recordAnswer(loadProgress(progressPath), q.id, result.correct, new Date()));
    const said = (indexes: readonly number[]) => indexes.map((i) => `${optionLabel(i)}. ${terminalSafe(q.options[i])}`).join('; ');
    out(result.correct ? 'Right.\n' : `Not quite. You picked ${said(choice)}. The answer is ${said(q.answerIndexes)}.\n`);
    out(`${safeLines(q.explanation)}\n(note: ${terminalSafe(q.topicTitle)}, ${terminalSafe(noteDisplayName(q))}:${(q.source.whyLine ?? q.source.line) + 1}${q.source.url ? `; ${terminalSafe(q.source.url)}` : ''})\n`);
  }
  out(`\nDone: ${terminalSafe(quiz.summarize(session).text)} Progress saved.\n`);
  return 0;
}

/** The Anki deck: each line's tab-separated fields made safe one by one (a field never holds a tab or a break). */
function ankiSafe(deck: string): string {
  return deck
    .split('\n')
    .map((line) => safeLineStart(line.split('\t').map(terminalSafe).join('\t')))
    .join('\n');
}
