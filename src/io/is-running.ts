// Whether a process id names a live process on this machine: how stale locks and the
// temporary files of killed runs are told from those of runs still going.

/** Whether a process with this id runs (EPERM: it does, under another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}
