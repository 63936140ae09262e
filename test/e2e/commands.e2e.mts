// The extension's commands are in the command palette under their titles, and run.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type E2ETest } from './workbench.mjs';

interface ContributedCommand { command: string; title: string; category?: string }

function manifest(): any {
  // the packaged extension's manifest is the repository's package.json
  return JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'package.json'), 'utf8'));
}

/** Commands a person can find in the palette: all contributed ones except those hidden with `when: "false"`. */
function paletteCommands(): ContributedCommand[] {
  const m = manifest();
  const hidden = new Set<string>(
    (m.contributes?.menus?.commandPalette ?? []).filter((e: { when?: string }) => e.when === 'false').map((e: { command: string }) => e.command),
  );
  return (m.contributes?.commands ?? []).filter((c: ContributedCommand) => !hidden.has(c.command));
}

const label = (c: ContributedCommand) => (c.category ? `${c.category}: ${c.title}` : c.title);

const tests: E2ETest[] = [
  {
    name: 'every contributed command (not hidden) is in the command palette under its title',
    async run({ page, wb, shot }) {
      const commands = paletteCommands();
      assert.ok(commands.length > 0, 'package.json contributes no palette commands');
      await wb.quickOpen('sam-timeout.yaml', 'AWS::Serverless::Function'); // a YAML file activates the extension
      await page.keyboard.press('Control+Shift+P');
      const input = wb.quickInput.locator('input');
      await input.waitFor({ state: 'visible' });
      const missing: string[] = [];
      for (const c of commands) {
        await input.fill(`>${label(c)}`);
        const row = wb.quickInput.locator('.quick-input-list .monaco-list-row .label-name', { hasText: label(c) }).first();
        try {
          await row.waitFor({ timeout: 5_000 });
        } catch {
          missing.push(label(c));
        }
      }
      await input.fill('>Serverless Notes');
      await shot('palette');
      await wb.escape();
      assert.deepEqual(missing, [], 'not in the command palette');
    },
  },
  {
    name: '"Serverless Notes: Show Log" from the palette shows the extension log in the Output panel',
    async run({ page, wb, shot }) {
      const show = paletteCommands().find((c) => c.command === 'serverlessNotes.showOutput');
      assert.ok(show, 'serverlessNotes.showOutput is not a palette command in package.json');
      await wb.quickOpen('sam-timeout.yaml', 'AWS::Serverless::Function'); // the log says what was loaded for it
      await wb.runCommand(label(show));
      // the Output panel's editor, switched to the extension's channel, shows what activation logged
      await page.locator('.part.panel .view-lines', { hasText: /Loaded\s+\d+\s+bundled\s+notes/ }).first().waitFor({ timeout: 15_000 });
      // Its first lines: the version, then the language server's pid and how long it took to start.
      // (The panel's filter box is an editor too: the log's lines are the editor that shows "[info]"; Monaco draws spaces as no-break spaces.)
      await page.locator('.part.panel .view-lines', { hasText: /\[info\]/ }).first().click();
      await page.keyboard.press('Control+Home');
      await page.locator('.part.panel .view-lines', { hasText: /Serverless\s+Notes\s+\d+\.\d+\.\d+\s+\(/ }).first().waitFor({ timeout: 15_000 });
      await page.locator('.part.panel .view-lines', { hasText: /Language\s+server\s+started\s+for\s.*:\s+pid\s+\d+,\s+ready\s+in\s+\d+\s+ms/ }).first().waitFor({ timeout: 15_000 });
      await shot('output');
      const toasts = await page.locator('.notifications-toasts .notification-toast').allInnerTexts();
      assert.deepEqual(toasts.filter((t) => /not found|error|failed/i.test(t)), [], 'error notifications');
    },
  },
];

export default tests;
