/**
 * The language server's Node process (dist/server.js) and the JSON-RPC connection to it over node IPC,
 * started the way VS Code's own language clients start theirs: `fork` with `--node-ipc` and the
 * extension host's process id (the server exits when the editor is gone), its stdout/stderr to the log.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export interface ServerProcess {
  readonly connection: MessageConnection;
  readonly pid: number | undefined;
  /** Resolves when the process has exited, for whatever reason. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(): void;
}

export function startServerProcess(serverModule: string, log: (line: string) => void, debugPort?: number): ServerProcess {
  const child: ChildProcess = fork(serverModule, ['--node-ipc', `--clientProcessId=${process.pid}`], {
    // The extension host runs inside Electron: its executable behaves as Node only with this variable.
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    execArgv: debugPort ? ['--nolazy', `--inspect=${debugPort}`] : [],
    silent: true,
  });
  const forward = (data: Buffer) =>
    data
      .toString('utf8')
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '')
      .forEach(log);
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', (error) => {
      log(`The language server process failed: ${error.message}`);
      resolve({ code: null, signal: null });
    });
  });
  const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  return { connection, pid: child.pid, exited, kill: () => void child.kill() };
}
