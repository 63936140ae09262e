import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../../src/core';
import { LineIndex } from '../../src/core';
import { collectYamlComments } from '../../src/core/sources/yaml-comments';
import { parseYamlTree } from '../../src/core/sources/yaml-tree';
import { applySuppressions, parseDirective, UNKNOWN_RULE_IN_SUPPRESSION } from '../../src/core/suppression';
import { disableForLineEdit } from '../../src/core/suppression-edit';
import { fixture, service } from './support/service';

const analyze = (fileName: string, text: string, rules = {}) => service().analyze({ fileName, text }, { rules });
const ids = (findings: readonly Finding[]) => findings.map((f) => `${f.ruleId}@${f.range.start.line + 1}`).sort();

describe('YAML comments (yaml lexer)', () => {
  it('finds real comments with their offsets, not # inside quoted or block scalars', () => {
    const text = '\uFEFF# top\na: "x # not" # c1\nb: |\n  # inside block\n  more\nc: [1, # flow\n 2]\n---\n# doc2\n';
    const comments = collectYamlComments(text);
    assert.deepEqual(comments.map((c) => c.text), ['top', 'c1', 'flow', 'doc2']);
    for (const c of comments) assert.equal(text.slice(c.span.start, c.span.end), `# ${c.text}`);
  });
  it('parseYamlTree lexes comments only when the text holds a directive', () => {
    assert.deepEqual(parseYamlTree('# a comment\na: 1\n').comments, []);
    const withDirective = parseYamlTree('# a comment\n# serverless-notes-disable\na: 1\n').comments;
    assert.deepEqual(withDirective.map((c) => c.text), ['a comment', 'serverless-notes-disable']);
  });
});

describe('suppression directives', () => {
  it('parses both forms, comma or space separated ids, and ignores the reason after --', () => {
    const text = '# serverless-notes-disable-next-line a-rule, b-rule c-rule -- why not\n';
    const directive = parseDirective({ span: { start: 0, end: text.length - 1 }, text: text.slice(2, -1) }, text);
    assert.equal(directive?.kind, 'next-line');
    assert.deepEqual(directive?.ruleIds?.map((r) => r.id), ['a-rule', 'b-rule', 'c-rule']);
    assert.equal(text.slice(directive!.ruleIds![1].span.start, directive!.ruleIds![1].span.end), 'b-rule');
    assert.equal(parseDirective({ span: { start: 0, end: 26 }, text: 'serverless-notes-disable' }, '# serverless-notes-disable')?.kind, 'file');
    assert.equal(parseDirective({ span: { start: 0, end: 26 }, text: 'serverless-notes-disable' }, '# serverless-notes-disable')?.ruleIds, undefined);
    assert.equal(parseDirective({ span: { start: 0, end: 30 }, text: 'serverless-notes-disabled-ish' }, '# serverless-notes-disabled-ish'), undefined);
    assert.equal(parseDirective({ span: { start: 0, end: 10 }, text: 'see serverless-notes-disable' }, '# see serverless-notes-disable'), undefined);
  });

  it('disable-next-line suppresses the named rule on the next line only; a # in a string is not a comment', async () => {
    const analysis = await analyze('template.yaml', fixture('suppression', 'next-line.yaml'));
    assert.deepEqual(ids(analysis.findings), ['lambda-memory@12', 'lambda-timeout@20']);
  });

  it('without the directive the same template reports the suppressed finding', async () => {
    const text = fixture('suppression', 'next-line.yaml').replace('# serverless-notes-disable-next-line', '# (removed)');
    const analysis = await analyze('template.yaml', text);
    assert.deepEqual(ids(analysis.findings), ['lambda-memory@12', 'lambda-timeout@11', 'lambda-timeout@20']);
  });

  it('disable-next-line without ids suppresses every rule on that line', async () => {
    const text = fixture('suppression', 'next-line.yaml').replace('lambda-timeout -- nightly', '-- nightly');
    assert.deepEqual(ids((await analyze('template.yaml', text)).findings), ['lambda-memory@12', 'lambda-timeout@20']);
    const memory = text.replace('      MemorySize: 20000\n', '      # serverless-notes-disable-next-line\n      MemorySize: 20000\n');
    assert.deepEqual(ids((await analyze('template.yaml', memory)).findings), ['lambda-timeout@21']);
  });

  it('the file-level form suppresses the named rule everywhere, or every rule without ids', async () => {
    const text = fixture('suppression', 'file-level.yaml');
    assert.deepEqual(ids((await analyze('template.yaml', text)).findings), ['lambda-timeout@11']);
    const all = text.replace('# serverless-notes-disable lambda-memory', '# serverless-notes-disable');
    assert.deepEqual((await analyze('template.yaml', all)).findings, []);
    const atEnd = text.replace('# serverless-notes-disable lambda-memory\n', '') + '# serverless-notes-disable lambda-timeout\n';
    assert.deepEqual(ids((await analyze('template.yaml', atEnd)).findings), ['lambda-memory@11']);
  });

  it('an unknown rule id warns with did-you-mean and a fix that renames it', async () => {
    const text = fixture('suppression', 'unknown-rule.yaml');
    const analysis = await analyze('template.yaml', text);
    const warnings = analysis.findings.filter((f) => f.ruleId === UNKNOWN_RULE_IN_SUPPRESSION);
    assert.equal(warnings.length, 2);
    assert.equal(warnings[0].severity, 'warning');
    assert.match(warnings[0].message, /Unknown rule "lambda-timout".*Did you mean "lambda-timeout"\?/);
    assert.equal(text.slice(warnings[0].span.start, warnings[0].span.end), 'lambda-timout');
    assert.match(warnings[1].message, /"no-such-rule-at-all".*suppresses nothing/);
    assert.equal(warnings[1].fix, undefined);
    // The misspelt id suppresses nothing; applying the fix makes it work.
    assert.ok(analysis.findings.some((f) => f.ruleId === 'lambda-timeout'));
    const edit = warnings[0].fix!.edits[0];
    const fixed = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
    assert.deepEqual(ids((await analyze('template.yaml', fixed)).findings), ['unknown-rule-in-suppression@10']);
  });

  it('the unknown-rule warning follows its setting', async () => {
    const text = fixture('suppression', 'unknown-rule.yaml');
    const off = await analyze('template.yaml', text, { [UNKNOWN_RULE_IN_SUPPRESSION]: 'off' });
    assert.deepEqual(ids(off.findings), ['lambda-timeout@11']);
    const hint = await analyze('template.yaml', text, { [UNKNOWN_RULE_IN_SUPPRESSION]: 'hint' });
    assert.ok(hint.findings.filter((f) => f.ruleId === UNKNOWN_RULE_IN_SUPPRESSION).every((f) => f.severity === 'hint'));
  });

  it('applies to serverless.yml too (same YAML comments, same engine)', async () => {
    const text = fixture('suppression', 'serverless.yml');
    assert.deepEqual(ids((await analyze('serverless.yml', text)).findings), ['lambda-timeout@10']);
    const without = text.replace('# serverless-notes-disable-next-line lambda-timeout', '# provider default');
    assert.deepEqual(ids((await analyze('serverless.yml', without)).findings), ['lambda-timeout@10', 'lambda-timeout@6']);
  });

  it('works on comments from any reader (a CDK TypeScript line comment, text without the marker)', () => {
    const text = 'new Function(this, "F", {\n  // serverless-notes-disable-next-line lambda-timeout\n  timeout: Duration.minutes(20),\n});\n';
    const lineIndex = new LineIndex(text);
    const start = text.indexOf('//');
    const comment = { span: { start, end: text.indexOf('\n', start) }, text: 'serverless-notes-disable-next-line lambda-timeout' };
    const at = text.indexOf('Duration');
    const finding: Finding = { ruleId: 'lambda-timeout', severity: 'error', message: 'm', span: { start: at, end: at + 8 }, range: lineIndex.rangeOf({ start: at, end: at + 8 }) };
    const other: Finding = { ...finding, ruleId: 'lambda-memory' };
    const result = applySuppressions([finding, other], [comment], { documentText: text, lineIndex, knownRuleIds: ['lambda-timeout', 'lambda-memory'] });
    assert.deepEqual(result.findings, [other]);
    assert.equal(result.suppressedCount, 1);
  });
});

describe('"Disable <rule> for this line" edit', () => {
  const apply = (text: string, edit: { span: { start: number; end: number }; newText: string }) => text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);

  it('inserts an indented # comment above a YAML line, and the finding is gone after it', async () => {
    const text = fixture('workspace', 'sam-timeout.yaml');
    const analysis = await analyze('template.yaml', text);
    const finding = analysis.findings.find((f) => f.ruleId === 'lambda-timeout')!;
    const edit = disableForLineEdit({ text, lineIndex: analysis.lineIndex, comments: analysis.source!.comments, line: finding.range.start.line, ruleId: 'lambda-timeout', marker: '#' });
    assert.equal(edit.newText, '      # serverless-notes-disable-next-line lambda-timeout\n');
    const fixed = apply(text, edit);
    assert.deepEqual((await analyze('template.yaml', fixed)).findings, []);
  });

  it('adds the id to a directive already above the line', async () => {
    const swapped = fixture('suppression', 'next-line.yaml').replace('      MemorySize: 20000\n', '      # serverless-notes-disable-next-line lambda-timeout -- nightly\n      MemorySize: 20000\n');
    const analysis = await analyze('template.yaml', swapped);
    const memory = analysis.findings.find((f) => f.ruleId === 'lambda-memory')!;
    const edit = disableForLineEdit({ text: swapped, lineIndex: analysis.lineIndex, comments: analysis.source!.comments, line: memory.range.start.line, ruleId: 'lambda-memory', marker: '#' });
    assert.equal(edit.newText, ', lambda-memory');
    const fixed = apply(swapped, edit);
    assert.match(fixed, /# serverless-notes-disable-next-line lambda-timeout, lambda-memory -- nightly/);
    assert.ok(!(await analyze('template.yaml', fixed)).findings.some((f) => f.ruleId === 'lambda-memory'));
  });

  it('uses // and the document line ending for TypeScript', () => {
    const text = 'const f = new Function(this, "F", {\r\n\t\ttimeout: Duration.minutes(20),\r\n});\r\n';
    const lineIndex = new LineIndex(text);
    const edit = disableForLineEdit({ text, lineIndex, comments: [], line: 1, ruleId: 'lambda-timeout', marker: '//' });
    assert.equal(apply(text, edit).split('\r\n')[1], '\t\t// serverless-notes-disable-next-line lambda-timeout');
  });
});
