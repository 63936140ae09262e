/**
 * serverless-notes CLI: the same core as the extension, for terminals and pipelines.
 *   serverless-notes check <files, folders or notes.md...> [--format text|json|sarif]
 *   serverless-notes explain <file>:<line>:<column> [--notes <file or folder>]...
 * Exit codes (src/cli/process-output.ts): 0 no errors, 1 errors found, 2 bad usage or configuration, 3 internal error.
 */
import { join, relative, resolve } from 'node:path';
import { RULESETS, CONFIG_FILE_NAME, createLanguageService, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_MILLIS, PARSE_RULE_IDS, isNotesFileName, NOTES_OUTDATED_META, RULES, type Finding, type LanguageService, type NoteSource, type RuleSettings, NotesSearchIndex, parseNotes, userNotesExtras } from '../core';
import { readNotesFolder } from '../node/bundled-notes';
import { projectFileAccess } from '../node/file-access';
import { findFilesWithRefusals } from './find-files';
import { cliProjectRoot, groupRefusals, kindOf, packageFileExists, readText, type Refusal } from '../node/file-gate';
import { readNotesAt } from '../node/notes-reader';
import { toSarif, type FileFindings } from './sarif';
import { externalReaders, preferQuickWasmStartup } from '../node/external-readers';
import { quizCommand } from './quiz';
import { markdownToTerminal } from './terminal-markdown';
import { terminalSafe, safeLines, safeLineStart } from './terminal-safe';
import { endQuietlyOnClosedPipe, EXIT_CODES } from './process-output';
import { ConfigFiles, readConfigNotes, type LoadedConfig } from '../node/config-file';

const VERSION = '0.1.0';
const USAGE = `Usage:
  serverless-notes check <files or folders...> [--format text|json|sarif] [--ruleset best-practices]... [--include-cdk-out] [--no-fail] [--config <path>] [--step-budget N]
  serverless-notes explain <file>:<line>:<column>
  serverless-notes rules
  serverless-notes lsp --stdio
  serverless-notes mcp
  serverless-notes quiz [--list [--json]] [--export anki] [--notes <file or folder>]... [--count N] [--seed N] [--progress <file>]

check     finds CloudFormation/SAM templates, serverless.yml files and CDK stacks and reports limit
          and rule findings. Exit code 0 when no errors, 1 when errors (0 with --no-fail), 2 on bad
          usage. cdk.out/ is skipped unless --include-cdk-out (it duplicates the CDK source).
          Rule settings come from the nearest .serverless-notes.json above each file, or --config.
          --step-budget N raises the work one file may take (also "stepBudget" in the config file):
          results depend on these steps, never on the machine's load.
explain   prints the hover for a position (1-based line and column, as editors show them) as plain text.
rules     lists the rules.
lsp       runs the language server (diagnostics, hovers, quick fixes) for any editor; --stdio, --node-ipc
          or --socket=<port>.
mcp       runs the MCP server for coding agents over stdio (tools: check, explain, lookup_limit,
          search_notes); it reads files only inside the working directory.
quiz      asks questions from the notes, answers by number on stdin; --list prints the question bank;
          --export anki writes a tab-separated deck Anki imports. Progress is kept in
          $XDG_STATE_HOME/serverless-notes/quiz-progress.json (default ~/.local/state/...; --progress <file>).

Exit codes:
  0  no errors found (or --no-fail), or the command succeeded
  1  check found errors
  2  bad usage or configuration (unknown option, missing file, unreadable --config)
  3  internal error in serverless-notes (details on stderr)`;

class UsageError extends Error {}

function notesFolder(): string {
  // dist/cli.js -> ../media/notes; under tsx the source layout is src/cli/main.ts -> ../../media/notes.
  return __filename.endsWith('.ts') ? join(__dirname, '..', '..', 'media', 'notes') : join(__dirname, '..', 'media', 'notes');
}

function createService(extraNotes: readonly NoteSource[] = []): LanguageService {
  // `${file()}` reads only inside each checked file's project (see cliProjectRoot); a terminal is trusted.
  const files = projectFileAccess({ projectRoot: (fileName) => cliProjectRoot(fileName), trusted: true });
  return createLanguageService({ notes: [...readNotesFolder(notesFolder()), ...extraNotes], files, externalReaders: externalReaders() });
}

/**
 * Config files found for checked files, looked for up to each file's project root (never above it); their
 * problems go to stderr once per file.
 */
function configFiles(): ConfigFiles {
  return new ConfigFiles(
    (folder) => cliProjectRoot(join(folder, CONFIG_FILE_NAME)),
    (loaded: LoadedConfig) => {
      for (const p of loaded.config.problems) {
        process.stderr.write(safeLineStart(`${displayPath(loaded.path)}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.severity} [config] ${terminalSafe(p.message)}`) + '\n');
      }
    },
  );
}

/** A path as the CLI prints it: relative to the working directory when below it, made safe for a terminal. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return terminalSafe(rel && !rel.startsWith('..') ? rel : path);
}

/** What the file gate refused, as stderr lines (grouped: never thousands), naming the path and the rule. */
function reportRefusals(refusals: readonly Refusal[]): void {
  for (const line of groupRefusals(refusals)) process.stderr.write(safeLineStart(`serverless-notes: ${displayPath(line.path)}: ${line.text}`) + '\n');
}

/** A checked file the gate would not read, as the one information finding that says so. */
function refusalFinding(refusal: Refusal, text: string): Finding {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const ruleId = refusal.rule === 'too-large' ? PARSE_RULE_IDS.tooLarge : PARSE_RULE_IDS.fileNotRead;
  return { ruleId, severity: 'information', message: text, range, span: { start: 0, end: 0 } } as Finding;
}

/** `--step-budget N`: steps one document may take (see src/core/budget.ts). */
function stepBudgetOption(value: string | undefined): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n <= 0) throw new UsageError(`--step-budget must be a positive whole number (got "${value ?? ''}")`);
  return n;
}

async function check(args: string[]): Promise<number> {
  let format = 'text';
  let includeCdkOut = false;
  let failOnErrors = true;
  let configPath: string | undefined;
  let stepBudget: number | undefined;
  const paths: string[] = [];
  const rulesets: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--ruleset' || arg.startsWith('--ruleset=')) {
      const name = arg === '--ruleset' ? (args[++i] ?? '') : arg.slice('--ruleset='.length);
      if (!(RULESETS as readonly string[]).includes(name)) throw new UsageError(`--ruleset must be one of ${RULESETS.join(', ')} (got "${terminalSafe(name)}")`);
      rulesets.push(name);
    } else if (arg === '--format') format = args[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg === '--include-cdk-out') includeCdkOut = true;
    else if (arg === '--no-fail') failOnErrors = false;
    else if (arg === '--config') configPath = args[++i] ?? '';
    else if (arg.startsWith('--config=')) configPath = arg.slice('--config='.length);
    else if (arg === '--step-budget' || arg.startsWith('--step-budget=')) stepBudget = stepBudgetOption(arg === '--step-budget' ? args[++i] : arg.slice('--step-budget='.length));
    else if (arg.startsWith('-')) throw new UsageError(`Unknown option: ${arg}`);
    else paths.push(arg);
  }
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif (got "${format}")`);
  if (paths.length === 0) throw new UsageError('check needs at least one file or folder');
  let files: string[];
  let walkRefusals: Refusal[];
  try {
    ({ files, refusals: walkRefusals } = findFilesWithRefusals(paths, { includeSource: true, includeCdkOut }));
  } catch (error) {
    throw new UsageError(terminalSafe((error as Error).message));
  }
  const configs = configFiles();
  if (configPath !== undefined && (!configPath || kindOf(configPath) === 'missing')) throw new UsageError(`--config: no such file: ${terminalSafe(configPath)}`);
  const explicitConfig = configPath ? configs.load(configPath) : undefined;
  const service = createService();
  const results: FileFindings[] = [];
  // Markdown named here, and the notes every config that applies names, are checked for outdated claims.
  const notes = new Map<string, NoteSource>();
  const notesConfigs = new Set<LoadedConfig>();
  for (const file of files) {
    const config = explicitConfig ?? configs.forFile(file);
    if (config) notesConfigs.add(config);
  }
  for (const path of paths) if (isFolder(path)) {
    const config = explicitConfig ?? configs.forFile(join(path, CONFIG_FILE_NAME));
    if (config) notesConfigs.add(config);
  }
  const notesRefusals: Refusal[] = [];
  for (const config of notesConfigs) for (const note of readConfigNotes(config, notesRefusals)) notes.set(resolve(note.uri), note);
  reportRefusals(notesRefusals);
  for (const file of files) notes.delete(resolve(file));
  // Paths the walk refused (a link out of the folder, a FIFO named like a template): one finding each, grouped.
  for (const line of groupRefusals(walkRefusals)) results.push({ file: line.path, findings: [refusalFinding(walkRefusals.find((r) => r.path === line.path)!, line.text)] });
  for (const file of files) {
    // Named on the command line or found in a folder named there: the user's paths, read as regular files only.
    const read = readText(file, { maxBytes: DEFAULT_MAX_FILE_BYTES });
    if (read.kind !== 'text') {
      const refusal = read.kind === 'refused' ? read.refusal : { path: file, rule: 'unreadable' as const, reason: 'it vanished while the folder was read' };
      results.push({ file, findings: [refusalFinding(refusal, `Not analysed: ${refusal.reason} (${refusal.rule}).`)] });
      continue;
    }
    const text = read.text;
    const config = explicitConfig ?? configs.forFile(file);
    if (isNotesFileName(file)) {
      const findings = await checkNotes(service, file, text, config?.config.rules);
      if (findings.length) results.push({ file, findings });
      continue;
    }
    // The flag wins over the config file's "stepBudget"; without either, the core's default.
    const analysis = await service.analyze({ fileName: file, text }, { rules: config?.config.rules, rulesets: [...rulesets, ...(config?.config.rulesets ?? [])], maxSteps: stepBudget ?? config?.config.stepBudget, budget: { maxMillis: DEFAULT_MAX_MILLIS } });
    if (analysis.findings.length) results.push({ file, findings: analysis.findings });
  }
  for (const [path, note] of notes) {
    const display = relative(process.cwd(), path) || path;
    const findings = await checkNotes(service, path, note.text, (explicitConfig ?? configs.forFile(path))?.config.rules);
    if (findings.length) results.push({ file: display.startsWith('..') ? path : display, findings });
  }
  const all = results.flatMap((r) => r.findings.map((f) => ({ file: r.file, finding: f })));
  if (format === 'json') {
    process.stdout.write(JSON.stringify(all.map(({ file, finding }) => toJson(file, finding)), null, 2) + '\n');
  } else if (format === 'sarif') {
    process.stdout.write(JSON.stringify(toSarif(results, RULES, VERSION, [NOTES_OUTDATED_META]), null, 2) + '\n');
  } else {
    for (const { file, finding } of all) {
      const { line, character } = finding.range.start;
      // Every field made safe (no line break, escape or bidi control), and no line starts as a CI command.
      process.stdout.write(safeLineStart(`${terminalSafe(relative(process.cwd(), file) || file)}:${line + 1}:${character + 1}: ${finding.severity} [${terminalSafe(finding.ruleId)}] ${terminalSafe(finding.message)}`) + '\n');
    }
    const counts = countBySeverity(all.map((a) => a.finding));
    process.stdout.write(`${files.length + notes.size} files checked: ${counts.error} errors, ${counts.warning} warnings, ${counts.information + counts.hint} notes.\n`);
  }
  return failOnErrors && all.some((a) => a.finding.severity === 'error') ? EXIT_CODES.findings : EXIT_CODES.ok;
}

/** Outdated claims in a notes file, as findings: the service's notes format (`notes-outdated` follows the rule settings like any rule). */
async function checkNotes(service: LanguageService, file: string, text: string, rules: RuleSettings | undefined): Promise<readonly Finding[]> {
  service.setDocument({ uri: file, languageId: 'markdown', version: 1, text }, { rules });
  const findings = await service.getDiagnostics(file);
  service.closeDocument(file);
  return findings;
}

function isFolder(path: string): boolean {
  return kindOf(path) === 'folder';
}

function toJson(file: string, f: Finding) {
  const related = f.related?.map((r) => ({ file: r.file ?? file, range: r.range, message: r.message }));
  return { file, range: f.range, severity: f.severity, ruleId: f.ruleId, message: f.message, topic: f.topic ?? null, ...(related ? { related } : {}) };
}

function countBySeverity(findings: Finding[]) {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

async function explain(args: string[]): Promise<number> {
  const positional: string[] = [];
  const notesPaths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--notes') {
      const path = args[++i];
      if (!path) throw new UsageError('--notes needs a file or folder');
      notesPaths.push(path);
    } else if (args[i].startsWith('--notes=')) notesPaths.push(args[i].slice('--notes='.length));
    else if (args[i].startsWith('-')) throw new UsageError(`Unknown option: ${args[i]}`);
    else positional.push(args[i]);
  }
  const target = positional[0];
  const match = target ? /^(.*):(\d+):(\d+)$/.exec(target) : null;
  if (!match || positional.length !== 1) throw new UsageError('explain takes one <file>:<line>:<column> (1-based)');
  const [, file, line, column] = match;
  const read = readText(file, { maxBytes: DEFAULT_MAX_FILE_BYTES });
  if (read.kind !== 'text') throw new UsageError(`cannot read ${terminalSafe(file)}: ${read.kind === 'missing' ? 'no such file' : `${read.refusal.reason} (${read.refusal.rule})`}`);
  const text = read.text;
  const config = configFiles().forFile(file);
  // The user's notes (config `notes`, inside the project; then --notes, the user's own) reach the hover as in
  // the editor: their best section and its correction.
  const refusals: Refusal[] = [];
  const userNotes = [...(config ? readConfigNotes(config, refusals) : []), ...readNotesAt(notesPaths.map((path) => resolve(path)), undefined, refusals)];
  reportRefusals(refusals);
  const service = createService();
  const analysis = await service.analyze({ fileName: file, text }, { rules: config?.config.rules });
  const offset = analysis.lineIndex.offsetAt({ line: Number(line) - 1, character: Number(column) - 1 });
  const located = analysis.source?.locate(offset);
  const index = userNotes.length ? new NotesSearchIndex(userNotes.flatMap((n) => parseNotes(n))) : undefined;
  const extras = index && located && analysis.source ? userNotesExtras(index, located, analysis.source.model) : undefined;
  const hover = service.hover(analysis, offset, extras);
  if (!hover) {
    process.stdout.write(`Nothing to explain at ${terminalSafe(target)}.\n`);
    return 0;
  }
  // The hover leads with the findings at this position, as in the editor; its markdown read as terminal text.
  process.stdout.write(markdownToTerminal(hover.markdown, { ansi: process.stdout.isTTY === true && !process.env.NO_COLOR }) + '\n');
  return 0;
}

/** Starts the server (dist/server.js when bundled, so the CLI bundle carries no LSP code); never resolves. */
function runLanguageServer(args: string[]): Promise<number> {
  if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
    throw new UsageError('lsp needs a transport: --stdio, --node-ipc, --socket=<port> or --pipe=<name>');
  }
  const chunk = join(__dirname, 'server.js');
  const bundled = __filename.endsWith('.js') && packageFileExists(chunk);
  // A path in a variable keeps esbuild from inlining the server into the CLI bundle.
  const source = '../server/main';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(bundled ? chunk : source);
  return new Promise(() => undefined);
}

/** Starts the MCP server (dist/mcp.js when bundled, so the CLI bundle carries no MCP SDK); runs until stdin closes. */
async function runMcp(args: string[]): Promise<number> {
  if (args.length) throw new UsageError(`mcp takes no arguments (got ${args[0]}); it serves over stdio in the working directory`);
  const chunk = join(__dirname, 'mcp.js');
  const bundled = __filename.endsWith('.js') && packageFileExists(chunk);
  // A path in a variable keeps esbuild from inlining the MCP server into the CLI bundle.
  const source = '../mcp/main';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runMcpServer } = require(bundled ? chunk : source) as typeof import('../mcp/main');
  await runMcpServer(VERSION);
  return new Promise(() => undefined);
}

function listRules(): number {
  for (const rule of RULES) process.stdout.write(safeLineStart(`${terminalSafe(rule.meta.id).padEnd(34)} ${rule.meta.severity.padEnd(12)} ${terminalSafe(rule.meta.title)}`) + '\n');
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        preferQuickWasmStartup();
        return await check(rest);
      case 'explain':
        preferQuickWasmStartup();
        return await explain(rest);
      case 'rules':
        return listRules();
      case 'lsp':
        return runLanguageServer(rest);
      case 'mcp':
        return await runMcp(rest);
      case 'quiz':
        return await quizCommand(rest, { bundledNotes: readNotesFolder(notesFolder()), usageError: (message) => new UsageError(message) });
      case '--version':
        process.stdout.write(`${VERSION}\n`);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(USAGE + '\n');
        return command === undefined ? EXIT_CODES.usage : EXIT_CODES.ok;
      default:
        throw new UsageError(`Unknown command: ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`serverless-notes: ${terminalSafe(error.message)}\n\n${USAGE}\n`);
      return EXIT_CODES.usage;
    }
    throw error;
  }
}

if (require.main === module) {
  endQuietlyOnClosedPipe(process.stdout);
  // exitCode, not process.exit(): exiting right after a large write to a pipe cuts the output at 64 KB.
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`serverless-notes: internal error: ${safeLines(String((error as Error).stack ?? error))}\n`);
      process.exitCode = EXIT_CODES.internal;
    },
  );
}
