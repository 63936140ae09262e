/**
 * Entry of dist/server.js: `node dist/server.js --stdio | --node-ipc | --socket=<port>` (the transport
 * comes from the command line, as vscode-languageserver reads it). `serverless-notes lsp` requires this.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
