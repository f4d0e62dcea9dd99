// A one-line progress bar on a terminal; silent when stderr is not a terminal.
import type { CliIO } from '../commands/context.js';

export function createProgress(io: CliIO, label: string): (done: number, total: number) => void {
  if (!io.isTTY) return () => {};
  let last = -1;
  return (done, total) => {
    const pct = total ? Math.floor((done / total) * 100) : 100;
    if (pct === last) return;
    last = pct;
    const width = 30;
    const filled = Math.round((pct / 100) * width);
    io.stderr(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% ${done}/${total}`);
    if (done >= total) io.stderr('\n');
  };
}
