/**
 * The MCP tools: thin handlers that validate input (zod schemas the SDK turns into JSON Schema for the
 * agent), read files only through readProjectFile, ask the core (core-adapter.ts) and answer with text
 * plus structured content. Every failure is a tool error (`isError`), never a thrown exception or a
 * crash; every text we send is stripped of control characters (a file's `"\e[31m"` reaches no terminal).
 */
import { resolve } from 'node:path';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { Finding } from '../core';
import { LineIndex } from '../core';
import type { McpCore } from './core-adapter';
import { readProjectFile } from './project-file';
import { controlFree, safeStructure } from './safe-text';

/** Inline text formats an agent can name, and the file name each is analysed as (the readers go by name). */
export const INLINE_FORMATS = {
  'cloudformation-yaml': 'template.yaml',
  'cloudformation-json': 'template.json',
  'serverless-yml': 'serverless.yml',
  'cdk-typescript': 'stack.ts',
  'cdk-javascript': 'stack.js',
  'cdk-python': 'stack.py',
} as const;
type InlineFormat = keyof typeof INLINE_FORMATS;
const FORMAT_NAMES = Object.keys(INLINE_FORMATS) as [InlineFormat, ...InlineFormat[]];

/** Inline texts larger than this are refused (the same cap as files). */
const MAX_INLINE_CHARS = 5 * 1024 * 1024;
/** Longest query a lookup or search reads. */
const MAX_QUERY_CHARS = 500;

const documentInput = {
  path: z.string().min(1).max(4096).optional().describe('A file to read, relative to the working directory (or absolute inside it): a CloudFormation/SAM template (.yaml/.yml/.json), a serverless.yml, or an AWS CDK stack (.ts/.js/.py). Give either path or text.'),
  text: z.string().max(MAX_INLINE_CHARS).optional().describe('The document itself, instead of a path (for a template you are writing). Needs format.'),
  format: z.enum(FORMAT_NAMES).optional().describe(`What the inline text is: ${FORMAT_NAMES.join(', ')}. Ignored with path.`),
};

type Reply = { content: { type: 'text'; text: string }[]; structuredContent?: Record<string, unknown>; isError?: boolean };

function reply(text: string, structured?: Record<string, unknown>): Reply {
  return { content: [{ type: 'text', text: controlFree(text) }], ...(structured && { structuredContent: safeStructure(structured) }) };
}

function toolError(text: string): Reply {
  return { content: [{ type: 'text', text: controlFree(text) }], isError: true };
}

type Doc = { fileName: string; text: string; shown: string } | { error: string };

function documentOf(args: { path?: string; text?: string; format?: InlineFormat }, cwd: string): Doc {
  if (args.path !== undefined && args.text !== undefined) return { error: 'Give either path or text, not both.' };
  if (args.path !== undefined) {
    const read = readProjectFile(args.path, cwd);
    if ('refused' in read) return { error: `${args.path}: ${read.refused}.` };
    return { fileName: read.fileName, text: read.text, shown: args.path };
  }
  if (args.text !== undefined) {
    if (!args.format) return { error: `Inline text needs a format: one of ${FORMAT_NAMES.join(', ')}.` };
    // A name inside the working directory, so the project's rule settings and `${file()}` apply as to a file there.
    return { fileName: resolve(cwd, INLINE_FORMATS[args.format]), text: args.text, shown: `<${args.format} text>` };
  }
  return { error: 'Give a path (a file in the working directory) or text with a format.' };
}

/** A finding as an agent reads it: 1-based positions, and the fix as line/column edits. */
function findingJson(f: Finding, lines: LineIndex) {
  const at = (offset: number) => {
    const p = lines.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    start: { line: f.range.start.line + 1, column: f.range.start.character + 1 },
    end: { line: f.range.end.line + 1, column: f.range.end.character + 1 },
    ...(f.topic && { topic: f.topic }),
    ...(f.fix && { fix: { title: f.fix.title, edits: f.fix.edits.map((e) => ({ start: at(e.span.start), end: at(e.span.end), newText: e.newText })) } }),
  };
}

/** A handler that can't throw: an unexpected failure is a tool error naming it, and the server keeps serving. */
function guarded<A>(handler: (args: A) => Promise<Reply>): (args: A) => Promise<Reply> {
  return async (args) => {
    try {
      return await handler(args);
    } catch (error) {
      return toolError(`Internal error in serverless-notes (a bug: please report it): ${(error as Error)?.message ?? String(error)}`);
    }
  };
}

export function registerTools(server: McpServer, core: McpCore, cwd: string): void {
  server.registerTool(
    'check',
    {
      title: 'Check a serverless template',
      description:
        'Checks a CloudFormation/SAM template, serverless.yml or AWS CDK stack against AWS Lambda, API Gateway, SQS, DynamoDB, Step Functions and Cognito limits and rules (deprecated runtimes, timeouts longer than API Gateway waits, memory/timeout ranges, ...). Returns findings with 1-based positions and, where one exists, a fix as text edits. Reads files only inside the working directory.',
      inputSchema: documentInput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    guarded(async (args) => {
      const doc = documentOf(args, cwd);
      if ('error' in doc) return toolError(doc.error);
      const checked = await core.check(doc.fileName, doc.text);
      if (!checked.recognised) return reply(`${doc.shown}: not a format Serverless Notes reads (a CloudFormation/SAM template, serverless.yml or CDK stack); nothing checked.`, { file: doc.shown, recognised: false, findings: [] });
      const lines = new LineIndex(doc.text);
      const findings = checked.findings.map((f) => findingJson(f, lines));
      const text = findings.length
        ? findings.map((f) => `${doc.shown}:${f.start.line}:${f.start.column}: ${f.severity} [${f.ruleId}] ${f.message}${f.fix ? ` (fix: ${f.fix.title})` : ''}`).join('\n')
        : `${doc.shown}: no findings.`;
      return reply(text, { file: doc.shown, recognised: true, findings });
    }),
  );

  server.registerTool(
    'explain',
    {
      title: 'Explain a template position or a resource property',
      description:
        'The explanation an editor hover shows, as markdown: the finding at the position if any, the value against its limits, and the paragraphs of the bundled notes about the property. Either a path (or text + format) with a 1-based line and column, or a CloudFormation resource type and property (e.g. AWS::Lambda::Function + Timeout, optionally with a value to judge).',
      inputSchema: {
        ...documentInput,
        line: z.number().int().min(1).optional().describe('1-based line, as editors show it (with path or text).'),
        column: z.number().int().min(1).optional().describe('1-based column, as editors show it (with path or text).'),
        type: z.string().min(1).max(200).optional().describe('A CloudFormation or SAM resource type, e.g. AWS::Lambda::Function, AWS::Serverless::Function, AWS::SQS::Queue (instead of a path).'),
        property: z.string().min(1).max(500).optional().describe('A property of that type; a dotted path for nested ones, e.g. Timeout, EphemeralStorage.Size.'),
        value: z.union([z.string().max(10_000), z.number(), z.boolean()]).optional().describe('Optional value of the property, judged against its limits (e.g. 1200 for Timeout, nodejs18.x for Runtime).'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    guarded(async (args) => {
      if (args.type !== undefined || args.property !== undefined) {
        if (args.path !== undefined || args.text !== undefined) return toolError('Give either a type and property, or a path (or text) with line and column, not both.');
        if (!args.type || !args.property) return toolError('Give both type (e.g. AWS::Lambda::Function) and property (e.g. Timeout).');
        const markdown = await core.explainProperty(args.type, args.property, args.value);
        const what = `${args.type} ${args.property}`;
        if (markdown === undefined) return reply(`Nothing known about ${what}.`, { found: false });
        return reply(markdown, { found: true, markdown });
      }
      if (args.line === undefined || args.column === undefined) return toolError('Give line and column (1-based) with the path or text, or a type and property.');
      const doc = documentOf(args, cwd);
      if ('error' in doc) return toolError(doc.error);
      const markdown = await core.explainAt(doc.fileName, doc.text, args.line, args.column);
      if (markdown === undefined) return reply(`Nothing to explain at ${doc.shown}:${args.line}:${args.column}.`, { found: false });
      return reply(markdown, { found: true, markdown });
    }),
  );

  server.registerTool(
    'lookup_limit',
    {
      title: 'Look up an AWS limit or Lambda runtime',
      description:
        'Finds AWS serverless limits and Lambda runtimes by id or by words ("lambda max timeout", "sqs visibility timeout default", "nodejs20.x", "python 3.9"). Each match has its value and unit, kind (hard, adjustable quota, default, recommended), the AWS documentation URL it was read from and the date it was checked; runtimes have their status today, deprecation and block dates and the successor to move to.',
      inputSchema: {
        name: z.string().min(1).max(MAX_QUERY_CHARS).describe('A limit id (lambda.memory.max), a runtime id (nodejs20.x) or words naming either.'),
        limit: z.number().int().min(1).max(20).optional().describe('At most this many matches (default 5).'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    guarded(async (args) => {
      const matches = core.lookup(args.name, args.limit);
      if (!matches.length) return reply(`No limit or runtime matches "${args.name}".`, { matches: [] });
      const text = matches
        .map((m) =>
          m.type === 'limit'
            ? `${m.id}: ${m.title} = ${m.value} ${m.unit} (${m.kind}; source ${m.source}; as of ${m.asOf})`
            : `${m.id}: ${m.status}${m.deprecated ? `, deprecated ${m.deprecated}` : ''}${m.createBlocked ? `, create blocked ${m.createBlocked}` : ''}${m.updateBlocked ? `, update blocked ${m.updateBlocked}` : ''}${m.successor ? `; move to ${m.successor}` : ''} (source ${m.source}; as of ${m.asOf})`,
        )
        .join('\n');
      return reply(text, { matches });
    }),
  );

  server.registerTool(
    'search_notes',
    {
      title: 'Search the serverless notes',
      description: 'Searches the bundled knowledge base (Lambda, API Gateway, SQS, DynamoDB, Step Functions, Cognito, CloudFront/Lambda@Edge, RDS notes) by words; returns the best sections with a preview and their AWS source.',
      inputSchema: {
        query: z.string().min(1).max(MAX_QUERY_CHARS).describe('Words to search for, e.g. "sqs visibility timeout lambda".'),
        limit: z.number().int().min(1).max(20).optional().describe('At most this many sections (default 5).'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    guarded(async (args) => {
      const hits = core.searchNotes(args.query, args.limit);
      if (!hits.length) return reply(`No note matches "${args.query}".`, { hits: [] });
      return reply(hits.map((h) => `${h.title} (${h.file}): ${h.preview}${h.source ? ` — ${h.source}` : ''}`).join('\n'), { hits });
    }),
  );
}
