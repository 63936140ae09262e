/**
 * Commands the UI chunk (dist/ui.js) registers that package.json does not contribute, so the activation
 * bundle can stand in for them before the chunk has loaded (lazy-ui.ts). Nothing else lives here: this
 * file is part of the activation bundle.
 */
export const QUIZ_FINDING_COMMAND = 'serverlessNotes.quizFinding';

export const UI_INTERNAL_COMMANDS: readonly string[] = [QUIZ_FINDING_COMMAND];
