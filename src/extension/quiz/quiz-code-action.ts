/**
 * "Quiz me on this" on every Serverless Notes diagnostic that has questions: the command marks the rule's
 * questions due (they become cards of the learn loop) and starts a quiz over them at once.
 */
import * as vscode from 'vscode';
import { quiz } from '../../core';
import { topicOfRule } from './finding-questions';
import type { QuizBank } from './quiz-bank';
import type { QuizStore } from './quiz-store';
import { QUIZ_FINDING_COMMAND } from '../ui-commands';

export { QUIZ_FINDING_COMMAND };

export const DIAGNOSTIC_SOURCE = 'serverless-notes';
export const QUIZ_ME_TITLE = 'Quiz me on this';
/** A sub-kind of quick fix: listed in the lightbulb with the rule's fixes, after the preferred one. */
export const QUIZ_ACTION_KIND = vscode.CodeActionKind.QuickFix.append('serverlessNotes.quiz');

/** The rule id of one of our diagnostics (`code` is the id, or `{ value: id, target: docs }`). */
export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE || d.code === undefined) return undefined;
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

/** Our diagnostics' rule ids for a document, in document order. */
export function findingRuleIds(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .slice()
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map(ruleIdOf)
    .filter((id): id is string => !!id);
}

export interface QuizCodeActionDeps {
  readonly bank: QuizBank;
  readonly store: QuizStore;
  /** Starts (or resumes) a quiz over exactly these questions. */
  readonly start: (scope: string, questions: readonly quiz.Question[]) => Promise<void>;
}

export function registerQuizCodeAction(context: vscode.ExtensionContext, selector: vscode.DocumentSelector, deps: QuizCodeActionDeps): void {
  const provider: vscode.CodeActionProvider = {
    async provideCodeActions(_document, _range, ctx) {
      if (ctx.only && !ctx.only.contains(QUIZ_ACTION_KIND) && !QUIZ_ACTION_KIND.contains(ctx.only)) return [];
      const byRule = new Map<string, vscode.Diagnostic[]>();
      for (const d of ctx.diagnostics) {
        const id = ruleIdOf(d);
        if (id) byRule.set(id, [...(byRule.get(id) ?? []), d]);
      }
      if (!byRule.size) return [];
      const bank = await deps.bank.get();
      const actions: vscode.CodeAction[] = [];
      for (const [ruleId, diagnostics] of byRule) {
        if (!quiz.questionsForRule(bank, ruleId, topicOfRule(ruleId)).length) continue;
        const action = new vscode.CodeAction(byRule.size > 1 ? `${QUIZ_ME_TITLE} (${ruleId})` : QUIZ_ME_TITLE, QUIZ_ACTION_KIND);
        action.diagnostics = diagnostics;
        action.isPreferred = false;
        action.command = { command: QUIZ_FINDING_COMMAND, title: QUIZ_ME_TITLE, arguments: [ruleId] };
        actions.push(action);
      }
      return actions;
    },
  };
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(selector, provider, { providedCodeActionKinds: [QUIZ_ACTION_KIND] }),
    vscode.commands.registerCommand(QUIZ_FINDING_COMMAND, async (ruleId: unknown) => {
      if (typeof ruleId !== 'string') return;
      const questions = quiz.questionsForRule(await deps.bank.get(), ruleId, topicOfRule(ruleId));
      if (!questions.length) {
        void vscode.window.showInformationMessage(`Serverless Notes: no quiz questions for ${ruleId}.`);
        return;
      }
      await deps.store.set(quiz.markDue(deps.store.get(), questions, new Date()));
      await deps.start(`rule:${ruleId}`, questions);
    }),
  );
}
