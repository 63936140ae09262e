// The README's pictures (media/screenshots/*.webp), cut from the e2e harness's screenshots of a real code-server:
//   E2E_GREP='sam-timeout|Timeout key|Set Timeout to 900|Start Quiz' npm run test:e2e && npx tsx scripts/readme-screenshots.mts
// Each is cropped to the part that shows the feature and saved as WebP by chromium (through playwright-core,
// as the harness drives it), a fraction of the PNG's size, so the .vsix stays small.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, REPO_ROOT } from '../test/harness/code-server.mts';

const RESULTS = join(REPO_ROOT, 'test-results', 'e2e');
/** Which e2e screenshot (by the end of its name) becomes which picture, and the rectangle to keep (pixels of the 1400 × 900 page). */
const PICTURES = [
  { from: '-hover.png', to: 'hover.webp', x: 352, y: 90, width: 880, height: 266 },
  { from: '-quick-fix-menu.png', to: 'quick-fix.webp', x: 352, y: 90, width: 600, height: 362 },
  { from: '-feedback.png', to: 'quiz.webp', x: 403, y: 6, width: 600, height: 156 },
];

/** WebP quality: at 0.75 text stays readable and a picture is about 70 % of its lossless size (the .vsix budget is 1 MB). */
const QUALITY = 0.75;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const picture of PICTURES) {
    const name = readdirSync(RESULTS).find((n) => n.endsWith(picture.from) && !n.includes('cdk'));
    if (!name) throw new Error(`no e2e screenshot ending in ${picture.from} in ${RESULTS}: run the e2e tests first`);
    const png = `data:image/png;base64,${readFileSync(join(RESULTS, name)).toString('base64')}`;
    const webp: string = await page.evaluate(async ({ png, x, y, width, height, QUALITY }) => {
      const img = new Image();
      img.src = png;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      canvas.getContext('2d')!.drawImage(img, x, y, width, height, 0, 0, width, height);
      return canvas.toDataURL('image/webp', QUALITY);
    }, { png, ...picture, QUALITY });
    const bytes = Buffer.from(webp.slice(webp.indexOf(',') + 1), 'base64');
    writeFileSync(join(REPO_ROOT, 'media', 'screenshots', picture.to), bytes);
    console.log(`media/screenshots/${picture.to}: ${bytes.length} bytes (from ${name})`);
  }
} finally {
  await browser.close();
}
