/**
 * Entry of dist/server.js: `node dist/server.js --stdio | --node-ipc | --socket=<port>` (the transport
 * comes from the command line, as vscode-languageserver reads it). `serverless-notes lsp` requires this.
 * The same bundle is the analysis workers' script (analysis-workers.ts starts it as a worker thread): one copy
 * of the core in the package instead of two.
 */
import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// In a worker thread the worker side is loaded (a require, so the main thread never runs its top level).
if (isMainThread) startServer(createConnection(ProposedFeatures.all));
else require('./analysis-worker');
