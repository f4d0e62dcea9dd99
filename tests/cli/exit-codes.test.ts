// Error categories map to exit codes in one place (src/cli.ts), most specific class first.
import { describe, expect, it } from 'vitest';
import { exitCodeOf } from '../../src/cli.js';
import { BusyError, InputError, NotFoundError, OutputError, PapergraphError, UsageError } from '../../src/errors.js';

class CorruptGraphError extends InputError {}

describe('exit code of an error category', () => {
  it.each([
    [new UsageError('bad --depth'), 64],
    [new NotFoundError('no node named "x"', ['y']), 3],
    [new InputError('bad file'), 2],
    [new CorruptGraphError('a subclass keeps its category'), 2],
    [new OutputError('disk full'), 73],
    [new BusyError('locked by another run'), 75],
    [new PapergraphError('anything else'), 1],
  ])('%s -> %i', (error, code) => {
    expect(exitCodeOf(error)).toBe(code);
  });
});
