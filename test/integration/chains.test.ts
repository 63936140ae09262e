// Effective limits in a real VS Code (issue 22): a path finding carries the other resources of its chain as
// related information, and a CodeLens above the function shows the chain and the link that binds.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, open, waitForDiagnostics } from './helpers';

suite('invocation chains', () => {
  suiteSetup(activateExtension);

  test('the API → function finding lists the API event as related information', async () => {
    const { document } = await open('sam-chain.yaml');
    const diagnostics = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'apigw-lambda-timeout'), 'apigw-lambda-timeout on sam-chain.yaml');
    const finding = diagnostics.find((d) => codeOf(d) === 'apigw-lambda-timeout')!;
    assert.equal(finding.range.start.line, 9, 'at the binding link: the function Timeout');
    const related = finding.relatedInformation ?? [];
    assert.ok(related.some((r) => r.location.uri.toString() === document.uri.toString() && r.location.range.start.line === 11 && /29 s/.test(r.message)), JSON.stringify(related.map((r) => [r.location.range.start.line, r.message])));
  });

  test('a CodeLens above the function shows the chain and what binds', async () => {
    const { document } = await open('sam-chain.yaml');
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'apigw-lambda-timeout'), 'diagnostics first');
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri)) ?? [];
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(titles.some((t) => /29 s/.test(t) && /OrdersFn/.test(t)), JSON.stringify(titles));
  });
});
