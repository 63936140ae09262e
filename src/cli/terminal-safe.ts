/**
 * The CLI's name for the core's one sanitizer (src/core/text/sanitize.ts): every user string the CLI prints as
 * text — file names, messages, notes, config problems — passes `safeField` (JSON and SARIF escape their own).
 */
export { safeField as terminalSafe, safeLines, safeLineStart } from '../core';
