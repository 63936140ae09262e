// The format registry (src/core/sources/formats.ts) and everything derived from it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analysedLanguageIds, formatOf, isScannedFile, lineCommentFor, FORMATS } from '../../src/core';
import { commentMarkerFor, SERVER_LANGUAGE_IDS } from '../../src/server/languages';
import { ROOT } from './support/service';

const formatId = (fileName: string, text = '') => formatOf({ fileName, text })?.id;

describe('format registry', () => {
  it("package.json activationEvents are onLanguage for the registry's language ids (the VS Code client's document selector), and the study view's restore", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { activationEvents: string[]; contributes: Record<string, unknown> };
    // Nothing else activates the extension: no workspaceContains, no '*', no onStartupFinished. Activation by
    // language is cheap: the language server starts only on the first document that is ours
    // (src/extension/presence/analysed-files.ts, test/unit/extension-start-gate.test.ts). A study view left
    // open must be restored after a window reload, and VS Code restores a webview panel only if its
    // serializer's extension activates on `onWebviewPanel:<viewType>` — a panel the user opened in that window.
    assert.deepEqual([...pkg.activationEvents].sort(), [...analysedLanguageIds().map((id) => `onLanguage:${id}`), 'onWebviewPanel:serverlessNotes.study'].sort());
    assert.deepEqual([...SERVER_LANGUAGE_IDS].sort(), [...analysedLanguageIds()].sort());
  });

  it('a notes-only workspace (markdown files only) does not activate the extension', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { activationEvents: string[]; contributes: Record<string, unknown> };
    assert.ok(!analysedLanguageIds().includes('markdown'), 'no format reads markdown');
    for (const event of pkg.activationEvents) {
      assert.ok(event !== 'onLanguage:markdown' && !/\.md\b|markdown/i.test(event), `activation event ${event} would start the extension in a notes-only workspace`);
    }
    // VS Code also activates on contributed languages, views, custom editors and notebooks: none are contributed.
    for (const key of ['languages', 'views', 'customEditors', 'notebooks', 'markdown.previewScripts']) assert.ok(!(key in pkg.contributes), `contributes.${key} would add implicit activation`);
  });

  it('picks the reader by name, and by the first character for .template/.cfn', () => {
    assert.equal(formatId('template.yaml'), 'yaml');
    assert.equal(formatId('serverless.yml'), 'yaml');
    assert.equal(formatId('stack.template', '  {"Resources": {}}'), 'json');
    assert.equal(formatId('stack.template', 'Resources: {}'), 'yaml');
    assert.equal(formatId('cdk.out/App.template.json'), 'json');
    assert.equal(formatId('lib/stack.ts'), 'cdk-typescript');
    assert.equal(formatId('lib/stack.tsx'), 'cdk-typescript');
    assert.equal(formatId('lib/stack.d.ts'), undefined);
    assert.equal(formatId('app.py'), 'cdk-python');
    assert.equal(formatId('README.md'), undefined);
  });

  it('folder scans take templates always and source files when asked', () => {
    assert.ok(isScannedFile('a/template.yml', false));
    assert.ok(isScannedFile('a/x.cfn', false));
    assert.ok(!isScannedFile('a/stack.ts', false));
    assert.ok(isScannedFile('a/stack.jsx', true));
    assert.ok(!isScannedFile('a/types.d.ts', true));
    assert.ok(!isScannedFile('a/notes.md', true));
  });

  it('line comments for suppressions: # in YAML and Python, // in TypeScript/JavaScript, none in JSON', () => {
    assert.equal(lineCommentFor('template.yaml'), '#');
    assert.equal(lineCommentFor('app.py'), '#');
    assert.equal(lineCommentFor('stack.mts'), '//');
    assert.equal(lineCommentFor('template.json'), undefined);
    assert.equal(lineCommentFor('Untitled-1', 'yaml'), '#', 'an untitled document: by its language');
    assert.equal(commentMarkerFor('json', 'x.template'), undefined, '.template by its language: JSON has none');
  });

  it('every format has an id, endings, language ids and a reader', () => {
    assert.equal(new Set(FORMATS.map((f) => f.id)).size, FORMATS.length);
    for (const f of FORMATS) assert.ok(f.extensions.length && f.languageIds.length && typeof f.read === 'function', f.id);
  });
});
