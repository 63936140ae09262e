// serverless.yml: the provider timeout every function inherits, its hover, its Problems entry, and suppressing it.
import * as assert from 'node:assert/strict';
import { gone, lineColOf, type E2ETest } from './workbench.mjs';

const FILE = 'serverless.yml';
const OPENED = 'reports.nightly'; // text only the root serverless.yml has (google/serverless.yml is another service)

const tests: E2ETest[] = [
  {
    name: 'serverless.yml: hovering provider timeout shows the Lambda limits note with 1,200 s',
    async run({ wb, shot }) {
      await wb.quickOpen(FILE, OPENED);
      const text = await wb.hover(wb.token('timeout'), /Lambda limits/);
      await shot('hover');
      assert.match(text, /1,200 s/);
      assert.match(text, /nightly, weekly/);
      await wb.clearHover();
    },
  },
  {
    name: 'serverless.yml: one Problems entry on the provider timeout naming both functions',
    async run({ wb, workspace, shot }) {
      await wb.quickOpen(FILE, OPENED);
      const row = await wb.problem(/provider\.timeout/);
      await shot('problems');
      const text = await row.innerText();
      const { line, col } = lineColOf(workspace, FILE, '1200');
      assert.match(text, /lambda-timeout/, text);
      assert.match(text, /nightly, weekly/, text);
      assert.match(text, new RegExp(`Ln ${line}, Col ${col}`), text);
    },
  },
  {
    name: 'serverless.yml: Ctrl+. "Disable lambda-timeout for this line" adds the comment and the error goes away',
    async run({ page, wb, shot }) {
      await wb.quickOpen(FILE, OPENED);
      await wb.quickFix(wb.token('1200'), 'Disable lambda-timeout for this line');
      await wb.editor.getByText('# serverless-notes-disable-next-line lambda-timeout').first().waitFor();
      await gone(page.locator('.editor-group-container.active .monaco-editor .squiggly-error'));
      await shot('suppressed');
      await wb.runCommand('File: Revert File');
      await wb.editor.getByText('# serverless-notes-disable-next-line lambda-timeout').first().waitFor({ state: 'detached' });
    },
  },
];

export default tests;
