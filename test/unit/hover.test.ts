import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caret } from './support/expectations';
import { NotesSearchIndex, parseNotes, userNotesExtras } from '../../src/core';
import { MAX_HOVER_LINES } from '../../src/core/hover/build-hover';
import { cdkReaders } from '../../src/node/cdk-parsers';
import { hoverSamples, renderedLineCount } from './support/hover-positions';
import { ROOT, service } from './support/service';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const fixtureText = (...path: string[]) => readFileSync(join(ROOT, ...path), 'utf8');

const sn = service();

async function hoverAt(textWithCaret: string, fileName = 'template.yaml') {
  const { text, offset } = caret(textWithCaret);
  const analysis = await sn.analyze({ fileName, text });
  return sn.hover(analysis, offset);
}

const sam = (props: string) => `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
${props}
`;

describe('hovers', () => {
  it('on a timeout value: the value in minutes, the limit, and the Lambda limits note', async () => {
    const hover = await hoverAt(sam('      Timeout: 12|00'));
    assert.ok(hover);
    assert.match(hover.markdown, /\*\*1,200 s = 20 min\*\*: above Lambda's maximum; Lambda stops at 900 s \(15 min\)/);
    assert.match(hover.markdown, /More: \[Lambda limits\]/);
    assert.match(hover.markdown, /1–900 seconds/);
  });
  it('on a timeout key within the limit: the share of the maximum', async () => {
    const hover = await hoverAt(sam('      Time|out: 30'));
    assert.match(hover!.markdown.split('\n')[0], /^30 s: 3% of Lambda's 900 s \(15 min\) maximum/);
  });
  it('environment budget: bytes of 4,096 measured as compact JSON', async () => {
    const hover = await hoverAt(sam('      Environ|ment:\n        Variables:\n          TABLE: orders\n          STAGE: prod'));
    // {"TABLE":"orders","STAGE":"prod"} = 33 bytes
    assert.match(hover!.markdown, /\*\*33 of 4,096 bytes\*\* \(1%; 2 variables/);
  });
  it('memory: vCPU share', async () => {
    const hover = await hoverAt(sam('      MemorySize: 17|69'));
    assert.match(hover!.markdown, /MemorySize 1,769 MB of 128–10,240 MB; .*about 1\.00 vCPU/);
  });
  it('on a resource type: the note for the resource', async () => {
    const hover = await hoverAt(`AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  T:\n    Type: AWS::DynamoDB::Ta|ble\n    Properties: {}\n`);
    assert.ok(hover);
    assert.match(hover.markdown, /key\\-value and document database/);
    assert.match(hover.markdown, /More: \[DynamoDB basics\]/);
  });
  it('on a JSON template', async () => {
    const hover = await hoverAt('{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"F":{"Type":"AWS::Lambda::Function","Properties":{"Timeout":9|01}}}}', 'x.json');
    assert.match(hover!.markdown, /\*\*901 s = 15\.02 min\*\*: above Lambda's maximum/);
  });
  it('on Globals: explains that the value applies to every function', async () => {
    const hover = await hoverAt(`AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    Time|out: 30\nResources: {}\n`);
    assert.match(hover!.markdown, /Set in `Globals`/);
    assert.match(hover!.markdown, /Lambda limits/);
  });
  it('nothing in YAML that is not a template', async () => {
    assert.equal(await hoverAt('apiVersion: v1\nkind: Pod\nspec:\n  Time|out: 1200\n', 'pod.yaml'), undefined);
  });
  it('notes are cut to the paragraphs about the property', async () => {
    const hover = await hoverAt(sam('      Time|out: 30'));
    assert.match(hover!.markdown, /`Timeout`\\: \*\*1–900 seconds\*\*/);
    assert.doesNotMatch(hover!.markdown, /`Layers`/);
  });
});

const api = (timeout: string, event = 'Api', extra = '') => `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
${timeout}
      Events:
        Get:
          Type: ${event}
          Properties:
            Path: /
            Method: get
${extra}`;

const firstLine = (markdown: string) => markdown.split('\n')[0];
/** Line 1 after the chain line (finding → chain → what the value does): the chain is tested in chain-hover.test.ts. */
const afterChain = (markdown: string) => markdown.split('\n').filter((l) => l !== '').find((l) => !l.startsWith('**Chain:**')) ?? '';

describe('hover line 1: what matters here', () => {
  it('seen: Timeout 45 behind a REST API is measured against the 29 s API Gateway waits, not 900 s', async () => {
    const onKey = await hoverAt(api('      Time|out: 45'));
    assert.match(firstLine(onKey!.markdown), /^\*\*Chain:\*\* client 29 s \\\(REST\\\) → Fn 45 s — binds/);
    assert.equal(afterChain(onKey!.markdown), "**45 s**: API Gateway (REST) stops waiting at 29 s; Lambda allows 900 s (15 min).");
    // On the value, where the rule reports, the warning leads and the budget follows.
    const onValue = await hoverAt(api('      Timeout: 4|5'));
    assert.match(firstLine(onValue!.markdown), /^\*\*Warning\*\* `apigw-lambda-timeout`: Timeout 45 s is longer than a REST API waits/);
    assert.match(onValue!.markdown, /API Gateway \(REST\) stops waiting at 29 s; Lambda allows 900 s/);
  });
  it('an HTTP API: 30 s', async () => {
    const hover = await hoverAt(api('      Time|out: 20', 'HttpApi'));
    assert.equal(afterChain(hover!.markdown), '20 s: API Gateway (HTTP) stops waiting at 30 s; Lambda allows 900 s (15 min).');
  });
  it('seen: VisibilityTimeout 30 s < 6 × 10 s for a queue consumed by a 10 s function', async () => {
    const text = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Jobs:
    Type: AWS::SQS::Queue
    Properties:
      Visibility|Timeout: 30
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      Timeout: 10
      Events:
        Q:
          Type: SQS
          Properties:
            Queue: !GetAtt Jobs.Arn
`;
    const hover = await hoverAt(text);
    assert.match(afterChain(hover!.markdown), /^\*\*VisibilityTimeout 30 s < 6 × 10 s\*\* \(`Worker`'s timeout\): AWS recommends ≥ 60 s\.$/);
    const timeout = await hoverAt(text.replace('Visibility|Timeout', 'VisibilityTimeout').replace('Timeout: 10', 'Time|out: 10'));
    assert.equal(afterChain(timeout!.markdown), '10 s: queue `Jobs` hides a message only for 30 s; Lambda allows 900 s (15 min).');
  });
  it('Lambda@Edge viewer events: 5 s and 128 MB', async () => {
    const text = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Edge:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs20.x
      Handler: i.h
      Role: arn:aws:iam::123456789012:role/r
      Code: { ZipFile: "x" }
      Time|out: 3
      MemorySize: 128
  EdgeVersion:
    Type: AWS::Lambda::Version
    Properties:
      FunctionName: !Ref Edge
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior:
          TargetOriginId: o
          ViewerProtocolPolicy: allow-all
          LambdaFunctionAssociations:
            - EventType: viewer-request
              LambdaFunctionARN: !Ref EdgeVersion
`;
    const hover = await hoverAt(text);
    assert.equal(firstLine(hover!.markdown), '3 s: Lambda@Edge viewer events stop at 5 s; Lambda allows 900 s (15 min).');
    const memory = await hoverAt(text.replace('Time|out', 'Timeout').replace('MemorySize: 128', 'Memory|Size: 128'));
    assert.equal(firstLine(memory!.markdown), 'MemorySize 128 MB: Lambda@Edge viewer events allow 128 MB; Lambda allows 128–10,240 MB.');
  });
  it('seen: SnapStart on python3.9 has a budget line', async () => {
    const hover = await hoverAt(sam('      AutoPublishAlias: live\n      Snap|Start:\n        ApplyOn: PublishedVersions').replace('python3.12', 'python3.9'));
    assert.match(hover!.markdown, /\*\*SnapStart on `python3\.9`: not supported\*\*: SnapStart works on Java 11\+, Python 3\.12\+ and \.NET 8\+\./);
  });
  it('the user\'s best section with its correction, then one "More" link', async () => {
    const { text, offset } = caret(sam('      Runtime: java21\n      Snap|Start:\n        ApplyOn: PublishedVersions').replace('      Runtime: python3.12\n', ''));
    const analysis = await sn.analyze({ fileName: 'template.yaml', text });
    const index = new NotesSearchIndex(parseNotes({ uri: 'file:///n.md', origin: 'user', text: '## Lambda SnapStart\n\nSnapStart is for Java only, and it is free.\n' }));
    const hover = sn.hover(analysis, offset, userNotesExtras(index, analysis.source!.locate(offset)!, analysis.source!.model))!;
    const lines = hover.markdown.split('\n').filter((l) => l.trim());
    assert.match(lines.at(-3)!, /^\*\*Your notes:\*\* Lambda SnapStart — SnapStart is for Java only/);
    assert.match(lines.at(-2)!, /^> Your note “Lambda SnapStart” says “SnapStart is for Java only, and it is free\\.”\. A gentle correction: SnapStart supports/);
    assert.match(lines.at(-1)!, /^More: \[Lambda SnapStart\]\(<https:/);
  });
});

describe('hovers over every example and fixture', () => {
  const cdk = service({ externalReaders: cdkReaders({}) });
  const all = hoverSamples(cdk);
  it('are at most 12 rendered lines, and line 1 never just repeats the key', async () => {
    const { samples } = await all;
    assert.ok(samples.length > 500, `${samples.length} hovers`);
    for (const s of samples) {
      assert.ok(renderedLineCount(s.markdown) <= MAX_HOVER_LINES, `${s.file}@${s.offset}: ${renderedLineCount(s.markdown)} lines\n${s.markdown}`);
      assert.doesNotMatch(firstLine(s.markdown), /^\*\*[A-Za-z.]+\*\*( · .*)?$/, `${s.file}@${s.offset}`);
    }
  });
  it('exist at every position where a finding is reported', async () => {
    const { analyses } = await all;
    let checked = 0;
    for (const { file, analysis } of analyses) {
      for (const f of analysis.findings) {
        for (const offset of [f.span.start, Math.floor((f.span.start + f.span.end) / 2)]) {
          const hover = cdk.hover(analysis, offset);
          assert.ok(hover, `${file}: no hover at ${offset} where ${f.ruleId} is reported`);
          assert.ok(hover.markdown.includes(f.ruleId), `${file}@${offset}: the hover does not lead with ${f.ruleId}\n${hover.markdown}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 100, `${checked} finding positions`);
  });
});

describe('a hover wherever a finding is', () => {
  it('seen: the serverless.yml warning at custom.timeouts.dev (no reader target there) has a hover leading with it', async () => {
    const text = fixtureText('examples', 'serverless.yml');
    const analysis = await sn.analyze({ fileName: 'serverless.yml', text });
    const finding = analysis.findings.find((f) => f.ruleId === 'apigw-lambda-timeout')!;
    assert.equal(analysis.source!.locate(finding.span.start), undefined, 'the reader has no target here');
    const hover = sn.hover(analysis, finding.span.start);
    assert.match(firstLine(hover!.markdown), /^\*\*Warning\*\* `apigw-lambda-timeout`: Timeout 60 s is longer than an HTTP API waits/);
    assert.match(hover!.markdown, /More: \[API Gateway integration timeouts\]/);
  });
});
