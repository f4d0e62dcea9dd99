// Error categories of papergraph. Each message names the file, line or value at fault;
// the CLI catches them in one place and maps the category to an exit code.

/** Exit code when the command did its work but skipped bad records. */
export const EXIT_PARTIAL = 1;

export class PapergraphError extends Error {
  /** Process exit code the CLI uses for this category. */
  readonly exitCode: number = 1;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Unreadable or malformed input: missing file, bad record, corrupt graph. */
export class InputError extends PapergraphError {
  override readonly exitCode = 2;
}

/** A name or file that matches nothing; may carry suggestions. */
export class NotFoundError extends PapergraphError {
  override readonly exitCode = 3;
  constructor(
    message: string,
    readonly suggestions: string[] = [],
  ) {
    super(suggestions.length ? `${message}. Did you mean: ${suggestions.join(', ')}?` : message);
  }
}

/** Wrong command-line usage: unknown option, bad value. */
export class UsageError extends PapergraphError {
  override readonly exitCode = 64;
}

/** Output that could not be written (full disk, read-only or forbidden directory); the previous files are kept. */
export class OutputError extends PapergraphError {
  override readonly exitCode = 73;
}

/** The output is being written by another papergraph run (its lock is held). */
export class BusyError extends PapergraphError {
  override readonly exitCode = 75;
}
