// Hovers explain template properties from the bundled notes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, hoverText, open, positionOf, settle } from './helpers';

suite('hover', () => {
  suiteSetup(activateExtension);

  test('on the Timeout key: the "Lambda limits" note and 900 s', async () => {
    const { document } = await open('sam-timeout.yaml');
    const text = await hoverText(document.uri, positionOf(document, 'Timeout: 1200', 3));
    assert.match(text, /Lambda limits/, `hover was: ${JSON.stringify(text)}`);
    assert.match(text, /900 s/, `hover was: ${JSON.stringify(text)}`);
  });

  test('on the Timeout value', async () => {
    const { document } = await open('sam-timeout.yaml');
    const text = await hoverText(document.uri, positionOf(document, 'Timeout: 1200', 'Timeout: '.length + 1));
    assert.match(text, /Lambda limits/, `hover was: ${JSON.stringify(text)}`);
    assert.match(text, /900 s/, `hover was: ${JSON.stringify(text)}`);
  });

  test('on the Timeout key in a JSON template', async () => {
    const { document } = await open('template.json');
    const text = await hoverText(document.uri, positionOf(document, '"Timeout"', 2));
    assert.match(text, /Lambda limits/, `hover was: ${JSON.stringify(text)}`);
  });

  test('k8s.yaml gets no hover, not even on keys named like Lambda properties', async () => {
    const { document } = await open('k8s.yaml');
    await settle('sam-timeout.yaml', 'lambda-timeout');
    for (const needle of ['Timeout: "1200"', 'Runtime: python3.12', 'name: Timeout', 'kind: Deployment']) {
      const text = await hoverText(document.uri, positionOf(document, needle, 2));
      assert.equal(text, '', `hover at ${needle}: ${JSON.stringify(text)}`);
    }
  });
});
