// "Serverless Notes: Search Notes": type, see the matching section, Enter opens the note.
import * as assert from 'node:assert/strict';
import { type E2ETest } from './workbench.mjs';

const tests: E2ETest[] = [
  {
    name: 'Search Notes: typing "ttl" lists "DynamoDB TTL" and Enter opens the note at its heading',
    async run({ page, wb, shot }) {
      await wb.runCommand('Serverless Notes: Search Notes');
      await wb.quickInput.locator('.quick-input-title', { hasText: 'Serverless Notes: Search Notes' }).waitFor();
      await wb.quickInput.locator('input').fill('ttl');
      const first = wb.quickInput.locator('.quick-input-list .monaco-list-row').first();
      await first.locator('.label-name', { hasText: /^DynamoDB TTL$/ }).waitFor();
      await shot('results');
      await page.keyboard.press('Enter');
      await wb.quickInput.waitFor({ state: 'hidden' });
      await page.locator('.tabs-container .tab.active', { hasText: 'dynamodb.md' }).waitFor();
      await wb.editor.getByText('DynamoDB TTL', { exact: false }).first().waitFor();
      await shot('opened');
      const tab = page.locator('.tabs-container .tab.active');
      assert.ok(!(await tab.getAttribute('class'))?.split(/\s+/).includes('italic'), 'the note is still a preview tab after Enter');
    },
  },
];

export default tests;
