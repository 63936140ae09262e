import * as vscode from 'vscode';
import type { RuleSettings } from '../core';

export const SECTION = 'serverlessNotes';

export interface ExtensionSettings {
  readonly enable: boolean;
  readonly rules: RuleSettings;
  readonly maxFileBytes: number;
}

export function readSettings(scope?: vscode.Uri): ExtensionSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    enable: config.get<boolean>('enable', true),
    rules: config.get<RuleSettings>('rules', {}),
    maxFileBytes: Math.max(0.1, config.get<number>('maxFileSizeMB', 5)) * 1024 * 1024,
  };
}
