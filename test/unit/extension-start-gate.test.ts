// Which documents start the language server in VS Code (src/extension/presence/analysed-files.ts): the format
// registry's endings, a scheme that is a file or an untitled editor, and text that shows the format — so the
// JSONC files VS Code opens for itself, a Kubernetes YAML file or a TypeScript project without CDK start nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analysedLanguageIds, FORMATS } from '../../src/core';
import { EXCLUDED_ENDINGS, isOurDocument, SOURCE_ENDINGS, TEMPLATE_ENDINGS } from '../../src/extension/presence/analysed-files';

const LANGUAGES = analysedLanguageIds();
const doc = (fileName: string, text: string, languageId = 'yaml', scheme = 'file') => ({ fileName, text, languageId, scheme });

describe('VS Code: which documents start the language server', () => {
  it("its endings are the format registry's (templates, source files, exclusions)", () => {
    const sorted = (xs: readonly string[]) => [...new Set(xs)].sort();
    assert.deepEqual(sorted(TEMPLATE_ENDINGS), sorted(FORMATS.filter((f) => !f.sourceCode).flatMap((f) => f.extensions)));
    assert.deepEqual(sorted(SOURCE_ENDINGS), sorted(FORMATS.filter((f) => f.sourceCode).flatMap((f) => f.extensions)));
    assert.deepEqual(sorted(EXCLUDED_ENDINGS), sorted(FORMATS.flatMap((f) => f.excludes ?? [])));
  });

  it('ours: templates, serverless.yml, CDK stacks, an untitled template; not ours: settings, k8s, plain TS, other schemes', () => {
    const ours = [
      doc('/w/template.yaml', "Transform: AWS::Serverless-2016-10-31\nResources: {}"),
      doc('/w/stack.json', '{"AWSTemplateFormatVersion": "2010-09-09"}', 'json'),
      doc('/w/x.template', 'Resources:\n  Q:\n    Type: AWS::SQS::Queue', 'yaml'),
      doc('/w/serverless.yml', 'service: x'),
      doc('/w/lib/stack.ts', "import * as cdk from 'aws-cdk-lib';", 'typescript'),
      doc('/w/app.py', 'import aws_cdk as cdk', 'python'),
      doc('Untitled-1', 'Resources:\n  F:\n    Type: AWS::Lambda::Function', 'yaml', 'untitled'),
    ];
    const notOurs = [
      doc('/home/u/.config/Code/User/settings.json', '{"editor.fontSize": 14}', 'jsonc', 'vscode-userdata'),
      doc('/w/.vscode/settings.json', '{"files.exclude": {}}', 'jsonc'),
      doc('/w/package.json', '{"name": "x"}', 'json'),
      doc('/w/k8s.yaml', 'apiVersion: v1\nkind: Pod'),
      doc('/w/src/index.ts', "import express from 'express';", 'typescript'),
      doc('/w/lib/types.d.ts', "import 'aws-cdk-lib';", 'typescript'),
      doc('/w/template.yaml', 'Resources: AWS::X', 'yaml', 'git'),
      doc('/w/template.yaml', 'Resources: AWS::X', 'markdown'),
      doc('/w/notes.md', 'AWS::Lambda::Function', 'markdown'),
    ];
    for (const d of ours) assert.ok(isOurDocument(d, LANGUAGES), `should start: ${JSON.stringify(d)}`);
    for (const d of notOurs) assert.ok(!isOurDocument(d, LANGUAGES), `should not start: ${JSON.stringify(d)}`);
  });

  it('no document of another scheme or language ever starts it (generated)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('git', 'vscode-userdata', 'output', 'vscode-notebook-cell', 'serverless-notes-note'),
        fc.constantFrom('template.yaml', 'serverless.yml', 'a.json', 'stack.ts', 'app.py'),
        fc.constantFrom('AWS::Lambda::Function', 'aws-cdk-lib', 'AWSTemplateFormatVersion'),
        fc.constantFrom(...LANGUAGES),
        (scheme, name, text, languageId) => !isOurDocument(doc(`/w/${name}`, text, languageId, scheme), LANGUAGES),
      ),
      { seed: 21, numRuns: 300 },
    );
  });
});
