import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { knownRuntimeIds, runtimeLifecycle, RUNTIME_LIFECYCLE, runtimeStatus, successorOf } from '../../../src/core/data/runtime-lifecycle';
import { runtimeDeprecated } from '../../../src/core/rules/runtime-deprecated';
import { runtimeDeprecationSoon } from '../../../src/core/rules/runtime-deprecation-soon';
import { runtimeUnknown } from '../../../src/core/rules/runtime-unknown';
import { didYouMean, editDistance } from '../../../src/core/text/did-you-mean';
import { caret } from '../support/expectations';
import { analyzeFixture, checkFixture, lineOf, messageAt } from '../support/rule-fixtures';
import { fixture, service, TODAY } from '../support/service';

describe('runtime lifecycle data', () => {
  it('lists each runtime once, with ISO dates, and a block date never before 2016', () => {
    const ids = RUNTIME_LIFECYCLE.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of RUNTIME_LIFECYCLE) {
      for (const date of [r.deprecated, r.createBlocked, r.updateBlocked]) if (date) assert.match(date, /^\d{4}-\d{2}-\d{2}$/, r.id);
      // Deprecated, then creating blocked, then updating blocked: never the other way round.
      if (r.createBlocked && r.updateBlocked) assert.ok(r.createBlocked <= r.updateBlocked, r.id);
    }
  });

  it('has the facts sheet blocking dates (August 2026 data): create, then update', () => {
    const dates = (id: string) => [runtimeLifecycle(id)?.createBlocked, runtimeLifecycle(id)?.updateBlocked];
    for (const id of ['nodejs16.x', 'nodejs18.x', 'nodejs20.x', 'python3.8', 'python3.9', 'python3.10', 'dotnet6', 'dotnet8', 'ruby3.2', 'provided.al2']) assert.deepEqual(dates(id), ['2027-02-01', '2027-03-03'], id);
    for (const id of ['nodejs14.x', 'python3.7', 'ruby2.7']) assert.deepEqual(dates(id), ['2024-01-09', '2027-03-03'], id);
    for (const id of ['go1.x', 'java8', 'provided']) assert.deepEqual(dates(id), ['2024-02-08', '2027-03-03'], id);
    assert.deepEqual(dates('ruby3.3'), ['2027-04-30', '2027-05-31']);
    assert.deepEqual(dates('nodejs22.x'), ['2027-06-01', '2027-07-01']);
    for (const id of ['java8.al2', 'java11', 'java17', 'python3.11']) assert.deepEqual(dates(id), ['2027-07-31', '2027-08-31'], id);
    const node18 = runtimeLifecycle('nodejs18.x')!;
    assert.equal(runtimeStatus(node18, new Date('2027-01-31T00:00:00Z')), 'deprecated');
    assert.equal(runtimeStatus(node18, new Date('2027-02-01T00:00:00Z')), 'create-blocked');
    assert.equal(runtimeStatus(node18, new Date('2027-03-03T00:00:00Z')), 'update-blocked');
  });

  it('never offers a container-only runtime (dotnet9) as a successor or a did-you-mean', () => {
    assert.equal(runtimeLifecycle('dotnet9')?.containerOnly, true);
    // In 2029 dotnet10 is deprecated (2028-11-14) and dotnet9 has no date: still no dotnet9.
    assert.equal(successorOf(runtimeLifecycle('dotnet6')!, new Date('2029-01-01T00:00:00Z')), undefined);
    for (const day of ['2024-01-01', '2026-11-27', '2027-06-01', '2028-12-01', '2030-01-01']) {
      for (const r of RUNTIME_LIFECYCLE) assert.notEqual(successorOf(r, new Date(`${day}T00:00:00Z`))?.containerOnly, true, `${r.id} on ${day}`);
    }
    assert.ok(!knownRuntimeIds().includes('dotnet9'));
  });

  it('computes status and successor from today, not from a list', () => {
    const node22 = runtimeLifecycle('nodejs22.x')!;
    assert.equal(runtimeStatus(node22, new Date('2027-04-29T00:00:00Z')), 'supported');
    assert.equal(runtimeStatus(node22, new Date('2027-04-30T00:00:00Z')), 'deprecated');
    assert.equal(runtimeStatus(runtimeLifecycle('nodejs16.x')!, TODAY), 'deprecated');
    assert.equal(runtimeStatus(runtimeLifecycle('nodejs12.x')!, TODAY), 'update-blocked');
    assert.equal(successorOf(runtimeLifecycle('nodejs16.x')!, TODAY)?.id, 'nodejs24.x');
    assert.equal(successorOf(runtimeLifecycle('go1.x')!, TODAY)?.id, 'provided.al2023');
    assert.equal(successorOf(runtimeLifecycle('dotnetcore3.1')!, TODAY)?.id, 'dotnet10');
    // In 2029 python3.14 is deprecated too (scheduled 2029-06-30): no successor is invented.
    assert.equal(successorOf(runtimeLifecycle('python3.9')!, new Date('2030-01-01T00:00:00Z')), undefined);
  });
});

describe('did you mean', () => {
  it('counts a transposition as one edit and prefers the longer common prefix', () => {
    assert.equal(editDistance('pyhton', 'python'), 1);
    assert.equal(didYouMean('nodejs22', ['nodejs', 'nodejs22.x']), 'nodejs22.x');
    assert.equal(didYouMean('provided.al2023023', ['provided', 'provided.al2', 'provided.al2023']), 'provided.al2023');
    assert.equal(didYouMean('cobol85', ['nodejs', 'python3.12']), undefined);
  });
});

describe('runtime-deprecated', () => {
  it('gives dates, successor and severity by block date, saying which block comes next', async () => {
    const analysis = await checkFixture(runtimeDeprecated, 'bad.yaml');
    const text = fixture('rules', 'runtime-deprecated', 'bad.yaml');
    const next = analysis.findings.find((f) => f.range.start.line + 1 === lineOf(text, 'nodejs16.x'))!;
    assert.equal(next.severity, 'warning');
    assert.equal(next.message, 'nodejs16.x was deprecated on 2024-06-12; use nodejs24.x. AWS will block creating functions on it from 2027-02-01 and updating them from 2027-03-03.');
    const later = await analyzeFixture(runtimeDeprecated, 'runtime-deprecated', 'bad.yaml', new Date('2027-02-15T00:00:00Z'));
    const createBlocked = later.analysis.findings.find((f) => f.range.start.line + 1 === lineOf(text, 'nodejs16.x'))!;
    assert.equal(createBlocked.severity, 'error');
    assert.equal(createBlocked.message, 'nodejs16.x was deprecated on 2024-06-12; use nodejs24.x. AWS blocks creating functions on it since 2027-02-01 and will block updating them from 2027-03-03.');
    const last = await analyzeFixture(runtimeDeprecated, 'runtime-deprecated', 'bad.yaml', new Date('2027-03-03T00:00:00Z'));
    const updateBlocked = last.analysis.findings.find((f) => f.range.start.line + 1 === lineOf(text, 'nodejs16.x'))!;
    assert.equal(updateBlocked.severity, 'error');
    assert.match(updateBlocked.message, /AWS blocks creating functions on it since 2027-02-01 and updating them since 2027-03-03\.$/);
    const global = analysis.findings.find((f) => f.range.start.line + 1 === lineOf(text, 'nodejs20.x'))!;
    assert.equal(global.severity, 'warning');
    assert.match(global.message, /^nodejs20\.x was deprecated on 2026-04-30; use nodejs24\.x\. AWS will block creating functions on it from 2027-02-01 and updating them from 2027-03-03\. Set in Globals\.Function\.Runtime; affects 2 functions: InheritsA, InheritsB\.$/);
    assert.match(messageAt(analysis, lineOf(text, 'Default: python3.9')), /python3\.9 was deprecated on 2025-12-15; use python3\.14\. AWS will block creating functions on it from 2027-02-01 and updating them from 2027-03-03\. Set in parameter RuntimeParam \(Default\); affects function FromParameter/);
    assert.match(messageAt(analysis, lineOf(text, 'go1.x')), /go1\.x was deprecated on 2024-01-08; use provided\.al2023\. AWS blocks creating functions on it since 2024-02-08 and will block updating them from 2027-03-03\./);
    assert.equal(analysis.findings.find((f) => f.message.startsWith('go1.x'))?.severity, 'error');
    assert.match(messageAt(analysis, lineOf(text, 'dotnet8')), /dotnet8 was deprecated on 2026-11-10; use dotnet10\. AWS will block creating functions on it from 2027-02-01 and updating them from 2027-03-03\.$/);
    assert.equal(analysis.findings.find((f) => f.message.startsWith('go1.x'))?.fix?.edits[0].newText, 'provided.al2023');
  });

  it('uses the injected today: nothing is deprecated before its date', async () => {
    const { analysis } = await analyzeFixture(runtimeDeprecated, 'runtime-deprecated', 'bad.yaml', new Date('2024-01-01T00:00:00Z'));
    assert.deepEqual(analysis.findings.map((f) => f.message.split(' ')[0]).sort(), []);
    const later = await analyzeFixture(runtimeDeprecated, 'runtime-deprecated', 'good.yaml', new Date('2027-05-01T00:00:00Z'));
    assert.deepEqual(later.analysis.findings.map((f) => f.message.split(' ')[0]), ['nodejs22.x']);
  });
});

describe('runtime-deprecation-soon', () => {
  it('names the date and the successor', async () => {
    const analysis = await checkFixture(runtimeDeprecationSoon, 'bad.yaml');
    const text = fixture('rules', 'runtime-deprecation-soon', 'bad.yaml');
    assert.equal(messageAt(analysis, lineOf(text, 'nodejs22.x')), 'nodejs22.x will be deprecated on 2027-04-30; plan the move to nodejs24.x. AWS will block creating functions on it from 2027-06-01 and updating them from 2027-07-01.');
    assert.equal(messageAt(analysis, lineOf(text, 'ruby3.3')), 'ruby3.3 will be deprecated on 2027-03-31; plan the move to ruby4.0. AWS will block creating functions on it from 2027-04-30 and updating them from 2027-05-31.');
    assert.ok(analysis.findings.every((f) => f.severity === 'information'));
  });

  it('looks 6 months ahead of the injected today', async () => {
    const { analysis } = await analyzeFixture(runtimeDeprecationSoon, 'runtime-deprecation-soon', 'good.yaml', new Date('2027-01-15T00:00:00Z'));
    assert.deepEqual(analysis.findings.map((f) => f.message.split(' ')[0]), ['java17']);
  });
});

describe('runtime-unknown', () => {
  it('suggests the closest known runtime', async () => {
    const analysis = await checkFixture(runtimeUnknown, 'bad.yaml');
    const text = fixture('rules', 'runtime-unknown', 'bad.yaml');
    assert.equal(messageAt(analysis, lineOf(text, 'provided.al2023023')), 'Unknown Lambda runtime "provided.al2023023"; did you mean provided.al2023?');
    assert.match(messageAt(analysis, lineOf(text, 'pyhton3.12')), /did you mean python3\.12\?/);
    assert.match(messageAt(analysis, lineOf(text, 'nodejs22 ')), /did you mean nodejs22\.x\?/);
    assert.equal(messageAt(analysis, lineOf(text, 'cobol85')), 'Unknown Lambda runtime "cobol85".');
    assert.ok(analysis.findings.every((f) => f.severity === 'error'));
  });
});

describe('runtime hover', () => {
  it('shows status, dates and successor with the injected today', async () => {
    const { text, offset } = caret('AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: nodejs1|6.x\n      Handler: index.handler\n');
    const ls = service();
    const analysis = await ls.analyze({ fileName: 'template.yaml', text });
    const hover = ls.hover(analysis, offset);
    assert.ok(hover?.markdown.includes('**`nodejs16.x` deprecated on 2024-06-12**; use nodejs24.x. AWS will block creating functions on it from 2027-02-01 and updating them from 2027-03-03.'), hover?.markdown);
    const before = service({ today: new Date('2024-01-01T00:00:00Z') });
    const early = before.hover(await before.analyze({ fileName: 'template.yaml', text }), offset);
    assert.ok(early?.markdown.includes('`nodejs16.x`: supported; deprecation scheduled for 2024-06-12.'), early?.markdown);
  });
});
