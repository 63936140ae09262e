/**
 * Every distinct hover over the example and fixture files (one per hover span), and the finding positions:
 * what the hover size test, the hover-at-every-finding test and the hover-size benchmark walk.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Analysis, LanguageService } from '../../../src/core';
import { ROOT } from './service';

/** Template, serverless.yml and CDK sources under examples/ and test/fixtures (not notes or config). */
export function hoverFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ya?ml|json|ts|py)$/.test(name) && !name.startsWith('.')) files.push(path);
    }
  };
  walk(join(ROOT, 'examples'));
  walk(join(ROOT, 'test', 'fixtures'));
  return files;
}

export interface HoverSample {
  readonly file: string;
  readonly offset: number;
  readonly markdown: string;
}

/** One hover per distinct span (the first offset that shows it) in each file. */
export async function hoverSamples(service: LanguageService, files = hoverFiles()): Promise<{ samples: HoverSample[]; analyses: Array<{ file: string; text: string; analysis: Analysis }> }> {
  const samples: HoverSample[] = [];
  const analyses: Array<{ file: string; text: string; analysis: Analysis }> = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const analysis = await service.analyze({ fileName: file, text });
    if (!analysis.source) continue;
    analyses.push({ file: relative(ROOT, file), text, analysis });
    const seen = new Set<string>();
    for (let offset = 0; offset < text.length; offset++) {
      if (/\s/.test(text[offset])) continue;
      const hover = service.hover(analysis, offset);
      if (!hover) continue;
      const key = `${hover.span.start}:${hover.span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      samples.push({ file: relative(ROOT, file), offset, markdown: hover.markdown });
    }
  }
  return { samples, analyses };
}

/** Lines a hover shows: non-blank markdown lines (blank lines only separate blocks). */
export function renderedLineCount(markdown: string): number {
  return markdown.split('\n').filter((l) => l.trim() !== '').length;
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}
