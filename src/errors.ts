// Error categories of papergraph, in a leaf module every layer may import (graph/ too).
// Each message names the file, line or value at fault. The categories carry no exit
// codes: the CLI maps class to code in one place (src/cli.ts).

/** Exit code when the command did its work but skipped bad records. */
export const EXIT_PARTIAL = 1;

/** Base of every papergraph error: a message meant for the user, no stack needed. */
export class PapergraphError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Unreadable or malformed input: missing file, bad record, corrupt graph. */
export class InputError extends PapergraphError {}

/** A name or file that matches nothing; may carry suggestions. */
export class NotFoundError extends PapergraphError {
  constructor(
    message: string,
    readonly suggestions: string[] = [],
  ) {
    super(suggestions.length ? `${message}. Did you mean: ${suggestions.join(', ')}?` : message);
  }
}

/** Wrong usage: unknown option, bad argument or option value (a depth of 0, an unknown direction). */
export class UsageError extends PapergraphError {}

/** Output that could not be written (full disk, read-only or forbidden directory); the previous files are kept. */
export class OutputError extends PapergraphError {}

/** The output is being written by another papergraph run (its lock is held). */
export class BusyError extends PapergraphError {}
