// What happens on Ctrl-C and SIGTERM. A command that owns the signal (serve: it stops its
// server and says so) registers a handler; otherwise the CLI cleans up and exits: a commit
// of outputs already under way is finished, unfinished temporary files removed, locks released.

import { removePendingTempFiles } from './atomic-write.js';
import { releaseLocksSync } from './output-lock.js';
import { committingNow, finishCommitsSync } from './output-set.js';

type SignalHandler = (signal: NodeJS.Signals) => void;
let owner: SignalHandler | undefined;

/** Let `handler` take Ctrl-C and SIGTERM until the returned function is called. */
export function ownSignals(handler: SignalHandler): () => void {
  owner = handler;
  return () => {
    if (owner === handler) owner = undefined;
  };
}

/** Pass a signal to the command that owns it; false when none does. */
export function handOverSignal(signal: NodeJS.Signals): boolean {
  if (!owner) return false;
  owner(signal);
  return true;
}

/** Synchronous clean-up before the process exits on a signal; returns what became of the output. */
export function cleanUpForExit(): string {
  const finishing = committingNow();
  finishCommitsSync();
  removePendingTempFiles();
  releaseLocksSync();
  return finishing ? 'the new output files were already complete and now replace the old ones' : 'existing output files are unchanged';
}
