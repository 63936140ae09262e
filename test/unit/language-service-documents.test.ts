// The language service's documents: one analysis per version and settings, notes files as a format with
// their rule's settings, hovers at findings without a reader target, the previous analysis answering hovers
// while an edit's analysis is due (spans mapped through the edit), and the kept-analysis bound.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { quiz } from '../../src/core';
import { fixture, service } from './support/service';

function counting() {
  const analysed: string[] = [];
  return { analysed, logger: { info: (m: string) => (m.startsWith('Analysed') ? analysed.push(m) : undefined), warn: () => undefined } };
}

describe('language service documents', () => {
  const sam = fixture('workspace', 'sam-timeout.yaml');

  it('analyses a version once for diagnostics, hovers and code actions', async () => {
    const { analysed, logger } = counting();
    const s = service({ logger });
    s.setDocument({ uri: 'file:///w/t.yaml', languageId: 'yaml', version: 1, text: sam });
    const findings = await s.getDiagnostics('file:///w/t.yaml');
    assert.ok(findings.some((f) => f.ruleId === 'lambda-timeout'));
    await s.getHover('file:///w/t.yaml', findings[0].span.start);
    await s.getAnalysis('file:///w/t.yaml');
    s.setDocument({ uri: 'file:///w/t.yaml', languageId: 'yaml', version: 1, text: sam });
    await s.getDiagnostics('file:///w/t.yaml');
    assert.equal(analysed.length, 1);
    s.setDocument({ uri: 'file:///w/t.yaml', languageId: 'yaml', version: 1, text: sam }, { rules: { 'lambda-timeout': 'off' } });
    assert.ok(!(await s.getDiagnostics('file:///w/t.yaml')).some((f) => f.ruleId === 'lambda-timeout'), 'new settings, new analysis');
    assert.equal(analysed.length, 2);
  });

  it('a notes file is a format: notes-outdated follows its rule setting (off, a severity)', async () => {
    const s = service();
    const text = '# Lambda\n\nThe async invocation payload limit is 256 KB.\n';
    s.setDocument({ uri: 'file:///w/notes.md', languageId: 'markdown', version: 1, text });
    const [finding] = await s.getDiagnostics('file:///w/notes.md');
    assert.equal(finding.ruleId, 'notes-outdated');
    assert.equal(finding.fix?.edits[0].newText, '1 MB');
    assert.match((await s.getHover('file:///w/notes.md', finding.span.start))?.markdown ?? '', /notes-outdated/);
    s.setDocument({ uri: 'file:///w/notes.md', languageId: 'markdown', version: 2, text }, { rules: { 'notes-outdated': 'warning' } });
    assert.equal((await s.getDiagnostics('file:///w/notes.md'))[0].severity, 'warning');
    s.setDocument({ uri: 'file:///w/notes.md', languageId: 'markdown', version: 3, text }, { rules: { 'notes-outdated': 'off' } });
    assert.deepEqual(await s.getDiagnostics('file:///w/notes.md'), []);
  });

  it('hover.includeDiagnostics false: the finding picks the note but its message is not repeated', async () => {
    const uri = 'file:///w/t.yaml';
    for (const includeDiagnostics of [true, false]) {
      const s = service({ hover: { includeDiagnostics } });
      s.setDocument({ uri, languageId: 'yaml', version: 1, text: sam });
      const finding = (await s.getDiagnostics(uri)).find((f) => f.ruleId === 'lambda-timeout')!;
      const markdown = (await s.getHover(uri, finding.span.start))?.markdown ?? '';
      assert.equal(markdown.includes('`lambda-timeout`'), includeDiagnostics, markdown);
      assert.match(markdown, /Lambda limits/);
    }
  });

  it('while an edit is not analysed yet, hovers outside it come from the previous analysis, spans mapped, no analysis started', async () => {
    const lines = sam.split('\n');
    const timeoutLine = lines.findIndex((l) => l.includes('Timeout: 1200'));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: lines.length - 1 }), fc.string({ maxLength: 12 }), async (editLine, comment) => {
        fc.pre(editLine !== timeoutLine);
        const { analysed, logger } = counting();
        const s = service({ logger });
        const uri = 'file:///w/t.yaml';
        s.setDocument({ uri, languageId: 'yaml', version: 1, text: sam });
        await s.getDiagnostics(uri);
        // A comment line inserted above or below the Timeout line.
        const edited = [...lines.slice(0, editLine), `# ${comment.replace(/[\r\n]/g, ' ')}`, ...lines.slice(editLine)].join('\n');
        s.setDocument({ uri, languageId: 'yaml', version: 2, text: edited });
        const at = edited.indexOf('1200') + 1;
        const hover = await s.getHover(uri, at);
        assert.equal(analysed.length, 1, 'a hover started an analysis');
        assert.equal(edited.slice(hover!.span.start, hover!.span.end), '1200');
        const fresh = service();
        fresh.setDocument({ uri, languageId: 'yaml', version: 2, text: edited });
        assert.equal(hover!.markdown, (await fresh.getHover(uri, at))!.markdown);
      }),
      { seed: 21, numRuns: 25 },
    );
  });

  it('keeps at most maxKeptAnalyses analyses; an evicted document is analysed again when asked', async () => {
    const { analysed, logger } = counting();
    const s = service({ logger, maxKeptAnalyses: 2 });
    for (const n of [1, 2, 3]) s.setDocument({ uri: `file:///w/t${n}.yaml`, languageId: 'yaml', version: 1, text: sam });
    for (const n of [1, 2, 3]) await s.getDiagnostics(`file:///w/t${n}.yaml`);
    await s.getDiagnostics('file:///w/t3.yaml');
    assert.equal(analysed.length, 3);
    await s.getDiagnostics('file:///w/t1.yaml');
    assert.equal(analysed.length, 4, 't1 was evicted');
  });

  it("owns the user's notes: search, and a quiz bank rebuilt when they change", () => {
    const s = service();
    const before = s.quizBank().length;
    assert.ok(before > 0);
    assert.deepEqual(s.searchNotes('retention of orders archive'), []);
    s.setUserNotes([{ uri: 'file:///w/notes/orders.md', text: '# Orders archive\n\nThe orders archive keeps retention at 30 days in DynamoDB with a TTL attribute.\n', origin: 'user' }]);
    assert.equal(s.searchNotes('orders archive retention')[0]?.topic.title, 'Orders archive');
    assert.ok(s.quizBank().length >= before);
    const due = s.dueCount(quiz.emptyProgress());
    assert.ok(due >= 0 && due <= s.quizBank().length);
  });
});
