// extensionTestsPath entry: the extension host (code-server's or desktop VS Code's) calls run() and exits with
// 0 when it resolves, 1 when it rejects. Runs every *.test.js bundled next to this file with mocha (tdd UI).
// MOCHA_GREP (from the harness environment) runs only the tests whose full title matches.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    color: false,
    timeout: 20_000,
    slow: 2_000,
    forbidOnly: !!process.env.CI,
  });
  if (process.env.MOCHA_GREP) mocha.grep(process.env.MOCHA_GREP);
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  if (!files.length) throw new Error(`no *.test.js next to ${__filename}`);
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  const failures = await new Promise<number>((resolve, reject) => {
    try {
      mocha.run(resolve);
    } catch (e) {
      reject(e);
    }
  });
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
