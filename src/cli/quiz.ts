/**
 * `serverless-notes quiz`: the question bank as JSON (`--list --json`), or a short quiz in the terminal
 * that reads answers by number from stdin (works with piped input, for tests and scripts).
 *   serverless-notes quiz [--list [--json]] [--export anki] [--notes <file or folder>]... [--count N] [--seed N] [--progress <file>]
 * Progress (FSRS cards) lives in a JSON file under the user's state directory (see quiz-progress-file.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { KnowledgeBase, quiz, type NoteSource } from '../core';
import { readNotesFolder } from '../node/bundled-notes';
import { defaultProgressPath, loadProgress, saveProgress } from './quiz-progress-file';

export interface QuizCliOptions {
  readonly bundledNotes: readonly NoteSource[];
  readonly usageError: (message: string) => Error;
}

function readUserNotes(path: string): NoteSource[] {
  return statSync(path).isDirectory() ? readNotesFolder(path, 'user') : [{ uri: path, text: readFileSync(path, 'utf8'), origin: 'user' }];
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
      try {
        notes.push(...readUserNotes(path));
      } catch (error) {
        throw options.usageError(`cannot read ${path}: ${(error as Error).message}`);
      }
    } else throw options.usageError(`Unknown quiz option: ${arg}`);
  }
  if (!Number.isInteger(count) || count < 1) throw options.usageError('--count must be a positive whole number');
  if (!Number.isFinite(seed)) throw options.usageError('--seed must be a number');
  const kb = new KnowledgeBase(notes);
  const bank = quiz.buildQuestionBank(kb.topics, { seed: list || exportFormat ? 0 : seed });
  if (exportFormat) {
    process.stdout.write(quiz.toAnkiText(bank));
    return 0;
  }
  if (list) {
    const rows = bank.map((q) => ({
      id: q.id,
      kind: q.kind,
      question: q.prompt,
      ...(q.snippet ? { snippet: q.snippet } : {}),
      options: q.options,
      answer: q.options[q.answerIndex],
      answerIndex: q.answerIndex,
      topic: q.topicId,
      ...(q.ruleId ? { rule: q.ruleId } : {}),
      source: { note: q.source.uri, line: q.source.line + 1, ...(q.source.whyLine !== undefined ? { whyLine: q.source.whyLine + 1 } : {}), ...(q.source.url ? { url: q.source.url } : {}) },
      explanation: q.explanation,
    }));
    if (json) process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    else for (const r of rows) process.stdout.write(`[${r.topic}] ${r.question}\n${r.snippet ? `${r.snippet}\n` : ''}${r.options.map((o, i) => `  ${i === r.answerIndex ? '*' : ' '} ${i + 1}. ${o}`).join('\n')}\n`);
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

async function askAll(questions: readonly quiz.Question[], lines: AsyncIterator<string>, progressPath: string): Promise<number> {
  const out = (s: string) => process.stdout.write(s);
  let session = quiz.startSession('cli', questions);
  while (!quiz.isFinished(session)) {
    const q = quiz.currentQuestion(session)!;
    out(`\n(${quiz.progressLabel(session)}) ${q.prompt}\n${q.snippet ? `${q.snippet.replace(/^/gm, '    ')}\n` : ''}${q.options.map((o, i) => `  ${i + 1}. ${o}`).join('\n')}\nYour answer (1-${q.options.length}): `);
    let choice: number | undefined;
    while (choice === undefined) {
      const next = await lines.next();
      if (next.done) {
        out(`\nStopped at ${quiz.progressLabel(session)}. ${quiz.summarize(session).text}\n`);
        return 0;
      }
      const n = Number(String(next.value).trim());
      if (Number.isInteger(n) && n >= 1 && n <= q.options.length) choice = n - 1;
      else out(`Please type a number from 1 to ${q.options.length}: `);
    }
    const result = quiz.answer(session, choice);
    session = result.session;
    // Re-read before writing: another quiz may have saved meanwhile.
    saveProgress(progressPath, quiz.recordAnswer(loadProgress(progressPath), q.id, result.correct, new Date()));
    out(result.correct ? 'Right.\n' : `Not quite: the answer is ${q.answerIndex + 1}. ${q.options[q.answerIndex]}\n`);
    out(`${q.explanation}\n(note: ${q.topicTitle}, ${q.source.uri}:${(q.source.whyLine ?? q.source.line) + 1})\n`);
  }
  out(`\nDone: ${quiz.summarize(session).text} Progress saved in ${progressPath}.\n`);
  return 0;
}
