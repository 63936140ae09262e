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
  it("package.json activationEvents (the VS Code client's document selector) are the registry's language ids", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { activationEvents: string[] };
    const languages = pkg.activationEvents.filter((e) => e.startsWith('onLanguage:')).map((e) => e.slice('onLanguage:'.length));
    assert.deepEqual([...languages].sort(), [...analysedLanguageIds()].sort());
    assert.deepEqual([...SERVER_LANGUAGE_IDS].sort(), [...analysedLanguageIds()].sort());
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
