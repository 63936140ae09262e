// A CDK stack in TypeScript: the error on Duration.minutes(20) and its Ctrl+. quick fix.
import * as assert from 'node:assert/strict';
import { gone, lineColOf, type E2ETest } from './workbench.mjs';

const FILE = 'cdk-stack.ts';

const tests: E2ETest[] = [
  {
    name: 'CDK TypeScript: Ctrl+. "Set Timeout to 900" turns Duration.minutes(20) into Duration.minutes(15)',
    timeoutMs: 90_000, // the CDK parsers load on the first CDK file
    async run({ page, wb, workspace, shot }) {
      await wb.quickOpen(FILE, 'ExportStack');
      // only our entry at the value's position: the TypeScript extension adds errors of its own (no aws-cdk-lib here)
      const { line, col } = lineColOf(workspace, FILE, 'Duration.minutes(20)');
      const at = `Ln ${line}, Col ${col}`;
      const row = await wb.problemWithin(45_000, /lambda-timeout/, at);
      await shot('problem');
      assert.match(await row.innerText(), /1,200 s \(20 min\)/);
      // Ctrl+. right after the first CDK analysis can come back empty while the TypeScript server is still
      // loading; the light bulb on the line says the actions are there
      await wb.token('20').click();
      await page.locator('.editor-group-container.active .lightBulbWidget').first().waitFor({ timeout: 30_000 });
      await wb.quickFix(undefined, 'Set Timeout to 900');
      await wb.token('15').waitFor();
      await gone(wb.problemRows(/lambda-timeout/, at), 20_000);
      await shot('fixed');
      await wb.runCommand('File: Revert File');
      await wb.token('20').waitFor();
      await wb.runCommand('View: Close All Editors'); // its Problems entries (ours and TypeScript's) go with it
    },
  },
];

export default tests;
