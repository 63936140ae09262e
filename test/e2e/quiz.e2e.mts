// The quiz in the command palette, keyboard only: answer, feedback, next, Escape, and resume where it stopped.
import * as assert from 'node:assert/strict';
import { type E2ETest } from './workbench.mjs';

/** The topic of the question answered in the first test (its progress row must show it as seen). */
let answeredTopic: string | undefined;

const tests: E2ETest[] = [
  {
    name: 'Start Quiz: answer with the keyboard, see the feedback, Escape and resume at the same question',
    async run({ page, wb, shot }) {
      const title = wb.quickInput.locator('.quick-input-title');
      await wb.runCommand('Serverless Notes: Start Quiz');
      await title.filter({ hasText: /Serverless Notes Quiz \(1\/10\)/ }).waitFor();
      answeredTopic = (await title.innerText()).split(' · ').pop()?.trim();
      const options = wb.quickInput.locator('.quick-input-list .monaco-list-row');
      await options.filter({ hasText: /^1\. / }).first().waitFor();
      await shot('question');
      await page.keyboard.press('ArrowDown'); // the second option
      await page.keyboard.press('Enter');
      const feedback = options.filter({ hasText: /Right|Not quite/ }).first();
      await feedback.waitFor();
      await shot('feedback');
      assert.match(await feedback.innerText(), /^\s*(Right|Not quite)/);
      // "Next question" is the active item: Enter moves on
      await options.filter({ hasText: 'Next question' }).first().waitFor();
      await page.keyboard.press('Enter');
      await title.filter({ hasText: /\(2\/10\)/ }).waitFor();
      await wb.escape();
      await wb.quickInput.waitFor({ state: 'hidden' });

      await wb.runCommand('Serverless Notes: Start Quiz');
      await title.filter({ hasText: /Serverless Notes Quiz \(2\/10\)/ }).waitFor();
      await shot('resumed');
      await wb.escape();
      await wb.quickInput.waitFor({ state: 'hidden' });
    },
  },
  {
    name: 'Show Quiz Progress lists the topics with what was seen',
    async run({ page, wb, shot }) {
      await wb.runCommand('Serverless Notes: Show Quiz Progress');
      await wb.quickInput.locator('.quick-input-title', { hasText: 'Serverless Notes: Quiz Progress' }).waitFor();
      const rows = wb.quickInput.locator('.quick-input-list .monaco-list-row');
      await rows.filter({ hasText: /\d+\/\d+ seen/ }).first().waitFor();
      await shot('progress');
      if (answeredTopic) {
        // the question answered above counts as seen in its topic
        await wb.quickInput.locator('input').fill(answeredTopic);
        await rows.filter({ hasText: answeredTopic }).filter({ hasText: /[1-9]\d*\/\d+ seen/ }).first().waitFor();
        await shot('answered-topic');
      }
      await page.keyboard.press('Escape');
      await wb.quickInput.waitFor({ state: 'hidden' });
    },
  },
];

export default tests;
