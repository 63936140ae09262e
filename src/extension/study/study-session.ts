/**
 * The study view's quiz run, pure (no `vscode`, unit-tested): which questions, which one is shown, what is
 * ticked, whether its feedback is showing. Items with several right options (`answerIndexes`) are right only
 * when the whole chosen set is right; single-answer items without `answerIndexes` count `[answerIndex]`.
 */
import { quiz } from '../../core';
import { highlightHtml, snippetLanguage } from './highlight';
import { renderInlineMarkdown } from './render-markdown';
import type { StudyFeedbackView, StudyPersisted, StudyQuestionView, StudyView } from './study-protocol';

export interface StudySession {
  readonly scope: string;
  readonly scopeLabel: string;
  readonly questions: readonly quiz.Question[];
  /** The question shown (questions.length when finished). */
  readonly index: number;
  readonly correct: number;
  readonly selected: readonly number[];
  readonly answered?: { readonly choices: readonly number[]; readonly correct: boolean };
  /** A topic chosen in the view's filter ('' = the scope the command opened). */
  readonly filter: string;
}

/** The right options of an item, ascending. */
export function answerIndexesOf(q: quiz.Question): number[] {
  const keys = (q as { answerIndexes?: readonly number[] }).answerIndexes;
  return [...(keys && keys.length ? keys : [q.answerIndex])].sort((a, b) => a - b);
}

/** The code an item is about: a string (a template excerpt) or `{ code | text, language }`. */
export function snippetOf(q: quiz.Question): { code: string; language?: string } | undefined {
  const raw: unknown = (q as { snippet?: unknown }).snippet;
  if (typeof raw === 'string') return raw.trim() ? { code: raw } : undefined;
  if (raw && typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    const code = typeof o.code === 'string' ? o.code : typeof o.text === 'string' ? o.text : undefined;
    const language = typeof o.language === 'string' ? o.language : typeof o.lang === 'string' ? o.lang : undefined;
    return code && code.trim() ? { code, language } : undefined;
  }
  return undefined;
}

export function isRightChoice(q: quiz.Question, choices: readonly number[]): boolean {
  const keys = answerIndexesOf(q);
  const chosen = [...new Set(choices)].sort((a, b) => a - b);
  return chosen.length === keys.length && chosen.every((c, i) => c === keys[i]);
}

export function startStudy(scope: string, scopeLabel: string, questions: readonly quiz.Question[], filter = ''): StudySession {
  return { scope, scopeLabel, questions, index: 0, correct: 0, selected: [], filter };
}

export function currentOf(s: StudySession): quiz.Question | undefined {
  return s.questions[s.index];
}

export function isDone(s: StudySession): boolean {
  return s.index >= s.questions.length;
}

/** Ticks (multiple response) or picks (single answer) before submitting; out-of-range choices are dropped. */
export function select(s: StudySession, choices: readonly number[]): StudySession {
  const q = currentOf(s);
  if (!q || s.answered) return s;
  return { ...s, selected: [...new Set(choices)].filter((c) => Number.isInteger(c) && c >= 0 && c < q.options.length).sort((a, b) => a - b) };
}

/** Submits an answer to the question shown; a second submission of the same question changes nothing. */
export function submit(s: StudySession, choices: readonly number[]): { session: StudySession; question?: quiz.Question; correct?: boolean } {
  const q = currentOf(s);
  if (!q || s.answered) return { session: s };
  const chosen = select(s, choices).selected;
  if (!chosen.length) return { session: s };
  const correct = isRightChoice(q, chosen);
  return { session: { ...s, selected: chosen, answered: { choices: chosen, correct }, correct: s.correct + (correct ? 1 : 0) }, question: q, correct };
}

/** On to the next question (after its feedback). */
export function advance(s: StudySession): StudySession {
  if (!s.answered) return s;
  return { ...s, index: s.index + 1, selected: [], answered: undefined };
}

/** The paused session the quiz store keeps (the next start of the same scope resumes at the first unanswered question). */
export function toPaused(s: StudySession): quiz.PausedSession | undefined {
  const next = s.answered ? s.index + 1 : s.index;
  return next >= s.questions.length ? undefined : { scope: s.scope, questionIds: s.questions.map((q) => q.id), index: next, correct: s.correct };
}

export function toPersisted(s: StudySession): StudyPersisted {
  return { scope: s.scope, scopeLabel: s.scopeLabel, questionIds: s.questions.map((q) => q.id), index: s.index, correct: s.correct, selected: s.selected, answered: s.answered, filter: s.filter };
}

/** A session rebuilt from the webview's saved state, when every question is still in the bank. */
export function fromPersisted(state: unknown, bank: readonly quiz.Question[]): StudySession | undefined {
  if (!state || typeof state !== 'object') return undefined;
  const p = state as Partial<StudyPersisted>;
  if (typeof p.scope !== 'string' || !Array.isArray(p.questionIds) || !Number.isInteger(p.index) || !Number.isInteger(p.correct)) return undefined;
  const byId = new Map(bank.map((q) => [q.id, q]));
  const questions = p.questionIds.map((id) => byId.get(String(id)));
  if (!questions.length || questions.some((q) => !q)) return undefined;
  const index = Math.max(0, Math.min(p.index!, questions.length));
  const answered =
    p.answered && Array.isArray(p.answered.choices) && typeof p.answered.correct === 'boolean' && index < questions.length ? { choices: p.answered.choices.map(Number), correct: p.answered.correct } : undefined;
  const session: StudySession = {
    scope: p.scope,
    scopeLabel: typeof p.scopeLabel === 'string' ? p.scopeLabel : p.scope,
    questions: questions as quiz.Question[],
    index,
    correct: Math.max(0, p.correct!),
    selected: [],
    answered,
    filter: typeof p.filter === 'string' ? p.filter : '',
  };
  return answered ? { ...session, selected: answered.choices } : select(session, Array.isArray(p.selected) ? p.selected.map(Number) : []);
}

export interface ViewContext {
  readonly due: number;
  readonly topics: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  /** Explanation markdown -> safe HTML. */
  readonly markdown: (text: string) => string;
  /** When the question answered last is next due ("in 3 days"), and the rating recorded. */
  readonly schedule?: { readonly rating: string; readonly nextReview?: string };
  /** Shown when the session is empty. */
  readonly emptyMessage?: string;
}

const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];

export function questionView(q: quiz.Question): StudyQuestionView {
  const keys = answerIndexesOf(q);
  const snippet = snippetOf(q);
  const language = snippet ? snippetLanguage(snippet.language, snippet.code) : undefined;
  return {
    id: q.id,
    kind: q.kind,
    topicTitle: q.topicTitle,
    prompt: q.prompt,
    options: q.options,
    promptHtml: renderInlineMarkdown(q.prompt),
    optionsHtml: q.options.map(renderInlineMarkdown),
    multiple: keys.length > 1 || (q.kind as string) === 'multiple-response',
    choose: keys.length,
    ...(snippet && language ? { snippetHtml: highlightHtml(snippet.code.replace(/\n+$/, ''), language), snippetLanguage: language } : {}),
  };
}

export function viewOf(s: StudySession, ctx: ViewContext): StudyView {
  const base = {
    scopeLabel: s.scopeLabel,
    number: Math.min(s.index + 1, s.questions.length),
    total: s.questions.length,
    correct: s.correct,
    due: ctx.due,
    topics: ctx.topics,
    filter: s.filter,
    selected: s.selected,
    persist: toPersisted(s),
  };
  if (!s.questions.length) return { ...base, phase: 'empty', message: ctx.emptyMessage ?? 'No questions for this scope.' };
  const q = currentOf(s);
  if (!q) {
    const pct = Math.round((s.correct / s.questions.length) * 100);
    return { ...base, phase: 'summary', message: `${s.correct} of ${s.questions.length} right (${pct}%). Your progress is saved.` };
  }
  if (!s.answered) return { ...base, phase: 'question', question: questionView(q) };
  const feedback: StudyFeedbackView = {
    correct: s.answered.correct,
    choices: s.answered.choices,
    answers: answerIndexesOf(q),
    explanationHtml: ctx.markdown(q.explanation),
    ...(q.source.url ? { sourceUrl: q.source.url } : {}),
    rating: ctx.schedule?.rating ?? (s.answered.correct ? 'Good (right answer)' : 'Again (wrong answer)'),
    ...(ctx.schedule?.nextReview ? { nextReview: ctx.schedule.nextReview } : {}),
    last: s.index + 1 >= s.questions.length,
  };
  return { ...base, phase: 'feedback', question: questionView(q), feedback };
}

/** "(Choose two.)" for a multiple-response stem that does not say it already. */
export function chooseHint(count: number): string {
  return `Choose ${COUNT_WORDS[count] ?? count}.`;
}

/** "in 10 minutes", "in 3 days": how far a due date is. */
export function fromNow(due: Date, now: Date): string {
  const minutes = Math.max(0, Math.round((due.getTime() - now.getTime()) / 60_000));
  if (minutes < 60) return minutes <= 1 ? 'in a minute' : `in ${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return hours === 1 ? 'in an hour' : `in ${hours} hours`;
  const days = Math.round(hours / 24);
  return days === 1 ? 'tomorrow' : `in ${days} days`;
}
