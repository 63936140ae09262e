/**
 * How the CLI ends: with an exit code set on `process.exitCode`, never `process.exit()` right after a
 * write. Writes to a pipe are asynchronous: exiting at once cuts the output at the pipe's 64 KB buffer
 * (`check --format json | cat` printed invalid JSON). Node flushes stdout before it exits by itself.
 */

/** The CLI's exit codes (documented in `--help` and the README). */
export const EXIT_CODES = {
  /** Nothing at or above the fail level (errors), or `--no-fail`. */
  ok: 0,
  /** Findings at or above the fail level. */
  findings: 1,
  /** Bad usage or configuration: unknown option, missing file, bad `--config`. */
  usage: 2,
  /** A bug in serverless-notes (the message goes to stderr). */
  internal: 3,
} as const;

/**
 * A reader that closes the pipe early (`| head -c 100`) only wants what it read: stop quietly, with the
 * exit code decided so far, instead of an unhandled EPIPE stack trace.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_CODES.ok);
    throw error;
  });
}
