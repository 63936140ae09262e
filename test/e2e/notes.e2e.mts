// "Serverless Notes: Search Notes": type, see the matching section, Enter opens the note.
import * as assert from 'node:assert/strict';
import { type E2ETest } from './workbench.mjs';

const tests: E2ETest[] = [
  {
    name: 'Search Notes: typing "ttl" lists "DynamoDB TTL" and Enter opens the section rendered, read-only',
    async run({ page, wb, shot }) {
      await wb.runCommand('Serverless Notes: Search Notes');
      await wb.quickInput.locator('.quick-input-title', { hasText: 'Serverless Notes: Search Notes' }).waitFor();
      await wb.quickInput.locator('input').fill('ttl');
      const first = wb.quickInput.locator('.quick-input-list .monaco-list-row').first();
      await first.locator('.label-name', { hasText: /^DynamoDB TTL$/ }).waitFor();
      await shot('results');
      await page.keyboard.press('Enter');
      await wb.quickInput.waitFor({ state: 'hidden' });
      // The markdown preview of the section (a virtual document), not the note file.
      await page.locator('.tabs-container .tab.active', { hasText: 'Preview DynamoDB TTL' }).waitFor();
      const tabs = await page.locator('.tabs-container .tab').allInnerTexts();
      assert.ok(!tabs.some((t) => /dynamodb\.md/.test(t)), `the raw note file is open: ${JSON.stringify(tabs)}`);
      await shot('opened');
      await wb.runCommand('View: Close All Editors');
    },
  },
];

export default tests;
