// What every command gets from the CLI shell: where to print. Commands never touch
// process.stdout/stderr directly, so tests can call main(argv) and read the output.

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal: progress bars only then. */
  isTTY: boolean;
  cwd: string;
}

export interface CommandContext {
  io: CliIO;
  /** Set by a command to report partial failure (e.g. skipped records) without throwing. */
  setExitCode: (code: number) => void;
}
