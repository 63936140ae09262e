/**
 * "Export Quiz to Anki…": the whole bank as the tab-separated deck the CLI writes (`quiz --export anki`,
 * the core's toAnkiText), to a file picked in a save dialog.
 */
import * as os from 'node:os';
import * as vscode from 'vscode';
import { quiz } from '../../core';
import type { QuizBank } from './quiz-bank';

export const EXPORT_ANKI_COMMAND = 'serverlessNotes.exportQuizAnki';
export const ANKI_FILE_NAME = 'serverless-notes-anki.txt';

export function registerAnkiExport(context: vscode.ExtensionContext, bank: QuizBank, log: vscode.LogOutputChannel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_ANKI_COMMAND, async () => {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir());
      const target = await vscode.window.showSaveDialog({
        title: 'Export the quiz as an Anki deck',
        defaultUri: vscode.Uri.joinPath(folder, ANKI_FILE_NAME),
        filters: { 'Anki import (tab-separated text)': ['txt'] },
        saveLabel: 'Export',
      });
      if (!target) return;
      const questions = await bank.get();
      try {
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(quiz.toAnkiText(questions)));
      } catch (error) {
        log.error(`Exporting the quiz to ${target.toString()} failed`, error as Error);
        void vscode.window.showErrorMessage(`Serverless Notes: could not write ${target.fsPath || target.toString()}: ${(error as Error).message}`);
        return;
      }
      void vscode.window.showInformationMessage(
        `Serverless Notes: exported ${questions.length} quiz cards to ${target.fsPath || target.toString()}. In Anki: File › Import.`,
      );
    }),
  );
}
