/**
 * Where a command writes. `run()` uses the process's streams; tests pass their own to capture output
 * in-process. Every command (check, consolidate, template, program) takes one of these.
 */
export interface Io {
  /** standard output: results (JSON or the readable report) */
  readonly out: (text: string) => void;
  /**
   * standard output, text already UTF-8 encoded (the rows of `consolidate --json`); where absent,
   * the bytes are decoded and given to `out`
   */
  readonly outBytes?: (bytes: Uint8Array) => void;
  /** standard error: usage, errors, progress */
  readonly err: (text: string) => void;
  /** true when standard error is a terminal: only then is progress shown */
  readonly errIsTTY: boolean;
  /** environment variables (HOPTAC_DEBUG=1 shows stack traces) */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** the directory relative paths are resolved against */
  readonly cwd: string;
  /** tests only: called when a file has been analysed, before anything is written */
  readonly afterAnalysis?: () => Promise<void> | void;
}

let pipesGuarded = false;

/** A reader that goes away (`hoptac ... | head`) ends the command quietly, never with a stack trace. */
function guardPipes(): void {
  if (pipesGuarded) return;
  pipesGuarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      throw e;
    });
  }
}

/** The process's own streams and environment. */
export function processIo(): Io {
  guardPipes();
  return {
    out: (text) => {
      process.stdout.write(text);
    },
    outBytes: (bytes) => {
      process.stdout.write(bytes);
    },
    err: (text) => {
      process.stderr.write(text);
    },
    errIsTTY: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Shows a progress line on a terminal (overwritten by the next one); nothing otherwise. */
export function progress(io: Io, text: string): void {
  if (io.errIsTTY) io.err(`\r\x1b[2K${text}`);
}

/** Clears the progress line, if one was shown. */
export function endProgress(io: Io): void {
  if (io.errIsTTY) io.err('\r\x1b[2K');
}
