import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caret } from './support/expectations';
import { service } from './support/service';

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
    assert.match(hover.markdown, /Timeout 1,200 s = 20 min\*\*: above Lambda's maximum; Lambda stops at 900 s \(15 min\)/);
    assert.match(hover.markdown, /\*\*Lambda limits\*\*/);
    assert.match(hover.markdown, /1–900 seconds/);
  });
  it('on a timeout key within the limit: the share of the maximum', async () => {
    const hover = await hoverAt(sam('      Time|out: 30'));
    assert.match(hover!.markdown, /Timeout 30 s: 3% of Lambda's 900 s \(15 min\) maximum/);
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
    assert.match(hover.markdown, /`AWS::DynamoDB::Table`/);
    assert.match(hover.markdown, /DynamoDB/);
  });
  it('on a JSON template', async () => {
    const hover = await hoverAt('{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"F":{"Type":"AWS::Lambda::Function","Properties":{"Timeout":9|01}}}}', 'x.json');
    assert.match(hover!.markdown, /Timeout 901 s = 15\.02 min\*\*: above Lambda's maximum/);
  });
  it('on Globals: explains that the value applies to every function', async () => {
    const hover = await hoverAt(`AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    Time|out: 30\nResources: {}\n`);
    assert.match(hover!.markdown, /Set in `Globals`/);
    assert.match(hover!.markdown, /Lambda limits/);
  });
  it('nothing in YAML that is not a template', async () => {
    assert.equal(await hoverAt('apiVersion: v1\nkind: Pod\nspec:\n  Time|out: 1200\n', 'pod.yaml'), undefined);
  });
  it('notes are cut to fit a screen', async () => {
    const hover = await hoverAt(sam('      Time|out: 30'));
    assert.ok(hover!.markdown.split('\n').length <= 40, `${hover!.markdown.split('\n').length} lines`);
  });
});
