/**
 * The real-world corpus (../shared/corpus, read-only test data): every file is answered without a
 * crash, and the traps for naive checkers produce nothing.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { findFiles } from '../../src/cli/find-files';
import { CORPUS, service } from './support/service';

const present = existsSync(CORPUS);

/** Every template-like file of the corpus, found as the CLI finds them (cdk.out included). */
function corpusFiles(): string[] {
  return findFiles([CORPUS], { includeSource: false, includeCdkOut: true }).sort();
}

describe('corpus', { skip: present ? false : 'corpus not present (../shared/corpus)' }, () => {
  it('every template file is answered without a crash or a rule failure', async () => {
    const sn = service();
    const files = corpusFiles();
    assert.ok(files.length > 1000, `${files.length} files`);
    const failures: string[] = [];
    let analysed = 0;
    for (const file of files) {
      try {
        const analysis = await sn.analyze({ fileName: file, text: readFileSync(file, 'utf8') });
        if (analysis.source) analysed++;
        for (const f of analysis.findings) if (f.ruleId === 'internal-error') failures.push(`${relative(CORPUS, file)}: ${f.message}`);
      } catch (error) {
        failures.push(`${relative(CORPUS, file)}: threw ${(error as Error).stack}`);
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(analysed > 1000, `${analysed} analysed`);
  });

  it('traps produce nothing: WaitCondition Timeout, Greengrass MemorySize in KB, durable ExecutionTimeout', async () => {
    const sn = service();
    const hits: string[] = [];
    for (const file of corpusFiles()) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes('AWS::CloudFormation::WaitCondition') && !text.includes('AWS::Greengrass') && !text.includes('ExecutionTimeout')) continue;
      const analysis = await sn.analyze({ fileName: file, text });
      for (const f of analysis.findings) {
        const line = text.split(/\r?\n/)[f.range.start.line] ?? '';
        if (/^\s*"?(Timeout|MemorySize|ExecutionTimeout)"?\s*:/.test(line) && ['lambda-timeout', 'lambda-memory'].includes(f.ruleId)) {
          // A real Lambda finding is fine; one inside a trap resource is not.
          const owner = analysis.source?.model.functions.find((fn) => f.affects?.includes(fn.id) || (fn.timeout?.known === true && fn.timeout.span.start === f.span.start) || (fn.memorySize?.known === true && fn.memorySize.span.start === f.span.start));
          if (!owner) hits.push(`${relative(CORPUS, file)}:${f.range.start.line + 1} ${f.ruleId}`);
        }
      }
    }
    assert.deepEqual(hits, []);
  });

  it('cookiecutter sources (not YAML) are handled calmly: never a rule finding on template placeholders', async () => {
    const sn = service();
    const dir = join(CORPUS, 'aws-sam-cli-app-templates');
    const files = corpusFiles().filter((f) => f.startsWith(dir));
    const bad: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const analysis = await sn.analyze({ fileName: file, text });
      for (const f of analysis.findings) {
        const written = text.slice(f.span.start, f.span.end);
        if (f.ruleId.startsWith('lambda-') && (written.includes('{{') || written.includes('{%'))) bad.push(`${relative(CORPUS, file)}: ${f.ruleId} on ${written}`);
      }
    }
    assert.ok(files.length > 100);
    assert.deepEqual(bad, []);
  });
});
