/**
 * Every chain snippet, placeholders filled with their defaults and wrapped in the file it goes into, checks
 * clean: no warning or error with the best-practices set on. Snippets start coherent along their chain.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cdkService } from './cdk-helpers';
import { ROOT } from './support/service';

interface Snippet {
  readonly prefix: string;
  readonly body: readonly string[];
}

/** `${1:Name}` → Name, `${2|a,b|}` → a, `$3` → '', `\$` → `$` (VS Code snippet syntax, no nesting used). */
export function fillPlaceholders(text: string): string {
  const DOLLAR = '\u0000';
  return text
    .replace(/\\\$/g, DOLLAR)
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '')
    .split(DOLLAR)
    .join('$');
}

const indent = (lines: string, n: number) => lines.split('\n').map((l) => (l ? ' '.repeat(n) + l : l)).join('\n');

const FILES: Record<string, { fileName: string; wrap: (body: string) => string }> = {
  'chains-sam.code-snippets': {
    fileName: 'template.yaml',
    wrap: (body) => `AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nResources:\n${indent(body, 2)}\n`,
  },
  'chains-serverless.code-snippets': { fileName: 'serverless.yml', wrap: (body) => `${body}\n` },
  'chains-cdk-typescript.code-snippets': {
    fileName: 'stack.ts',
    wrap: (body) =>
      `import { Duration, Stack } from 'aws-cdk-lib';\nimport * as apigw from 'aws-cdk-lib/aws-apigateway';\nimport * as lambda from 'aws-cdk-lib/aws-lambda';\nimport { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';\nimport * as logs from 'aws-cdk-lib/aws-logs';\nimport * as sqs from 'aws-cdk-lib/aws-sqs';\n\nexport class SnippetStack extends Stack {\n  constructor(scope: any, id: string) {\n    super(scope, id);\n${indent(body, 4)}\n  }\n}\n`,
  },
  'chains-cdk-python.code-snippets': {
    fileName: 'stack.py',
    wrap: (body) =>
      `from aws_cdk import Duration, Stack\nfrom aws_cdk import aws_apigateway as apigw\nfrom aws_cdk import aws_lambda as _lambda\nfrom aws_cdk import aws_logs as logs\nfrom aws_cdk import aws_sqs as sqs\nfrom aws_cdk.aws_lambda_event_sources import SqsEventSource\n\n\nclass SnippetStack(Stack):\n    def __init__(self, scope, construct_id, **kwargs):\n        super().__init__(scope, construct_id, **kwargs)\n${indent(body, 8)}\n`,
  },
};

describe('chain snippets start coherent (best-practices set on)', () => {
  it('fills placeholders as VS Code would with the defaults', () => {
    assert.equal(fillPlaceholders('${1:Fn}: ${2|a,b|} $0 !Sub /x/\\${${1:Fn}}'), 'Fn: a  !Sub /x/${Fn}');
  });
  for (const [file, { fileName, wrap }] of Object.entries(FILES)) {
    const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', file), 'utf8')) as Record<string, Snippet>;
    for (const [name, snippet] of Object.entries(snippets)) {
      it(`${file}: ${name}`, async () => {
        const text = wrap(fillPlaceholders(snippet.body.join('\n')));
        const analysis = await cdkService.analyze({ fileName, text }, { rulesets: ['best-practices'] });
        assert.ok(analysis.source, `${name} was not read:\n${text}`);
        // Nothing at all but runtime lifecycle notes (dates move; the snippets offer current runtimes).
        const loud = analysis.findings.filter((f) => f.severity === 'error' || f.severity === 'warning' || !f.ruleId.startsWith('runtime-'));
        assert.deepEqual(loud.map((f) => `${f.ruleId}: ${f.message}`), [], text);
        assert.ok(analysis.source.model.functions.length >= 1);
      });
    }
  }
});
