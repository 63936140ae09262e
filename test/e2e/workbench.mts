// What a person does in the VS Code workbench, as Playwright calls: Quick Open, the command palette, hovering
// a word, the Problems panel, Ctrl+. quick fixes. Selectors are VS Code 1.100's (code-server 4.100.3).
import * as path from 'node:path';
import * as fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';

export interface E2EContext {
  page: Page;
  wb: Workbench;
  /** the (throwaway copy of the) fixture workspace open in the workbench */
  workspace: string;
  /** screenshot into test-results/e2e/, named after the test and step */
  shot(step: string): Promise<void>;
}

export interface E2ETest {
  name: string;
  run(ctx: E2EContext): Promise<void>;
  timeoutMs?: number;
}

export class Workbench {
  constructor(readonly page: Page) {}

  get quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  /** The editor (text area lines) of the active editor group. */
  get editor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
  }

  async waitReady(): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // the explorer lists the workspace files once the remote file system is connected
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  }

  async escape(times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.page.keyboard.press('Escape');
  }

  /** Ctrl+P, type the file name, Enter; resolves when the editor shows `expectText`. */
  async quickOpen(file: string, expectText: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.quickInput.locator('input');
    await input.waitFor({ state: 'visible' });
    await input.fill(file);
    // the first file search waits for the remote extension host's search provider: slow on a busy machine
    await this.quickInput.locator('.quick-input-list .monaco-list-row', { hasText: file }).first().waitFor({ timeout: 45_000 });
    await this.page.keyboard.press('Enter');
    await this.page.locator('.tabs-container .tab.active', { hasText: file }).waitFor();
    await this.editor.getByText(expectText, { exact: true }).first().waitFor({ timeout: 30_000 });
  }

  /** Ctrl+Shift+P, type the label, pick the row with exactly that label. */
  async runCommand(label: string): Promise<void> {
    await this.page.keyboard.press('Control+Shift+P');
    const input = this.quickInput.locator('input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${label}`);
    const row = this.quickInput.locator('.quick-input-list .monaco-list-row', {
      has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }),
    }).first();
    await row.waitFor();
    await row.click();
  }

  /** A token of the editor text, e.g. the `Timeout` key. */
  token(text: string): Locator {
    return this.editor.locator('span span', { hasText: new RegExp(`^${escapeRegExp(text)}$`) }).first();
  }

  /** Moves the mouse over `token` and returns the visible hover's rendered markdown text. */
  async hover(token: Locator, hasText: string | RegExp): Promise<string> {
    await token.scrollIntoViewIfNeeded();
    const box = await token.boundingBox();
    if (!box) throw new Error('token to hover is not visible');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = this.page.locator('.monaco-hover:visible .rendered-markdown', { hasText }).first();
    await hover.waitFor({ timeout: 15_000 });
    // The hover fades in; wait until it is opaque so the screenshot shows what a person reads.
    await this.page
      .waitForFunction(
        `[...document.querySelectorAll('.monaco-hover')].some((el) => {
          for (let e = el; e; e = e.parentElement) if (Number(getComputedStyle(e).opacity) < 1) return false;
          return el.offsetParent !== null;
        })`,
        undefined,
        { timeout: 5_000 },
      )
      .catch(() => {});
    return (await this.page.locator('.monaco-hover:visible .rendered-markdown').allInnerTexts()).join('\n');
  }

  async clearHover(): Promise<void> {
    await this.page.mouse.move(2, 2);
    await this.escape();
    await this.page.locator('.monaco-hover:visible').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
  }

  /** Problems panel rows whose text matches every one of `texts`. */
  problemRows(...texts: (string | RegExp)[]): Locator {
    return texts.reduce((rows, hasText) => rows.filter({ hasText }), this.page.locator('.markers-panel .monaco-list-row'));
  }

  /** Opens the Problems panel (Ctrl+Shift+M) and returns the first row whose text matches every one of `texts`. */
  async problem(...texts: (string | RegExp)[]): Promise<Locator> {
    return this.problemWithin(20_000, ...texts);
  }

  async problemWithin(timeout: number, ...texts: (string | RegExp)[]): Promise<Locator> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) await this.page.keyboard.press('Control+Shift+M');
    await panel.waitFor();
    const row = this.problemRows(...texts).first();
    await row.waitFor({ timeout });
    return row;
  }

  /**
   * Clicks `token` to put the cursor there (`undefined`: the cursor is already there), opens quick fixes with
   * Ctrl+., arrows to `title` and presses Enter.
   */
  async quickFix(token: Locator | undefined, title: string, whileOpen?: () => Promise<void>): Promise<string[]> {
    await token?.click();
    await this.page.keyboard.press('Control+.');
    const widget = this.page.locator('.action-widget');
    const rows = widget.locator('.monaco-list-row.action');
    await rows.first().waitFor();
    const titles: string[] = [];
    for (const row of await rows.all()) titles.push(((await row.getAttribute('aria-label')) ?? '').trim());
    if (!titles.includes(title)) {
      await this.escape();
      throw new Error(`no quick fix "${title}" in ${JSON.stringify(titles)}`);
    }
    await whileOpen?.();
    const focused = widget.locator('.monaco-list-row.action.focused');
    for (let i = 0; i <= titles.length; i++) {
      if ((await focused.count()) && (await focused.first().getAttribute('aria-label'))?.trim() === title) break;
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Enter');
    await widget.waitFor({ state: 'hidden' });
    return titles;
  }
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Line and column (1-based, as the Problems panel shows them) of the first `needle` in a workspace file. */
export function lineColOf(workspace: string, file: string, needle: string): { line: number; col: number } {
  const text = fs.readFileSync(path.join(workspace, file), 'utf8');
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  const before = text.slice(0, i).split('\n');
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

/** Resolves true when `locator` matches nothing within `ms` (waiting on the DOM, not sleeping). */
export async function gone(locator: Locator, ms = 10_000): Promise<void> {
  await locator.first().waitFor({ state: 'detached', timeout: ms });
}
