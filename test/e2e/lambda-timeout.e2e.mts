// A person opens a SAM template with a too-long Lambda timeout, reads the hover, sees the error, fixes it.
// Runs in order on one workbench page (see test/harness/run-e2e.mts).
import * as assert from 'node:assert/strict';
import { gone, lineColOf, type E2ETest } from './workbench.mjs';

const FILE = 'sam-timeout.yaml';

const tests: E2ETest[] = [
  {
    name: 'Quick Open shows sam-timeout.yaml in an editor',
    async run({ wb, shot }) {
      await wb.quickOpen(FILE, 'AWS::Serverless::Function');
      await wb.token('Timeout').waitFor();
      await shot('opened');
    },
  },
  {
    name: 'hovering the Timeout key shows the "Lambda limits" note with 900 s',
    async run({ wb, shot }) {
      await wb.quickOpen(FILE, 'AWS::Serverless::Function');
      const text = await wb.hover(wb.token('Timeout'), /Lambda limits/);
      await shot('hover');
      assert.match(text, /Lambda limits/);
      assert.match(text, /900 s/);
      await wb.clearHover();
    },
  },
  {
    name: 'the 1200 has an error squiggle and a Problems entry at its position',
    async run({ page, wb, workspace, shot }) {
      await wb.quickOpen(FILE, 'AWS::Serverless::Function');
      await page.locator('.editor-group-container.active .monaco-editor .squiggly-error').first().waitFor({ timeout: 20_000 });
      const { line, col } = lineColOf(workspace, FILE, '1200');
      const row = await wb.problem(/lambda-timeout/, `Ln ${line}, Col ${col}`); // other files may have one too
      await shot('problems');
      const text = await row.innerText();
      assert.match(text, /Timeout 1,200 s \(20 min\) exceeds Lambda.s maximum of 900 s/, `Problems entry: ${JSON.stringify(text)}`);
      assert.match(text, /900 s/, `Problems entry: ${JSON.stringify(text)}`);
      assert.match(text, new RegExp(`Ln ${line}, Col ${col}`), `Problems entry: ${JSON.stringify(text)}`);
    },
  },
  {
    name: 'Ctrl+. "Set Timeout to 900" turns 1200 into 900 and the error goes away',
    async run({ page, wb, workspace, shot }) {
      await wb.quickOpen(FILE, 'AWS::Serverless::Function');
      const titles = await wb.quickFix(wb.token('1200'), 'Set Timeout to 900', () => shot('quick-fix-menu'));
      await wb.token('900').waitFor();
      await shot('fixed');
      assert.ok(titles.includes('Set Timeout to 900'), JSON.stringify(titles));
      assert.equal(await wb.token('1200').count(), 0, '1200 is still in the editor');
      await gone(page.locator('.editor-group-container.active .monaco-editor .squiggly-error'));
      const { line, col } = lineColOf(workspace, FILE, '1200');
      await gone(wb.problemRows(/lambda-timeout/, `Ln ${line}, Col ${col}`));
      await shot('no-problem');
      // leave the fixture as it was for the tests after this one
      await wb.runCommand('File: Revert File');
      await wb.token('1200').waitFor();
    },
  },
];

export default tests;
