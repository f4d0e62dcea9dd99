// How much of a second core V8's garbage collector borrows from a "one-thread" run: times an
// allocation-heavy loop alone and two copies side by side. With --single-threaded-gc the
// side-by-side loss disappears, so the loss is the collector's helper threads losing their
// idle core. Usage: node bench/gc-share.mjs [--single-threaded-gc]
import { execFileSync, spawn } from 'node:child_process';

if (process.argv[2] === 'child') {
  const start = Date.now();
  let _allocated = 0; // kept so the loop is not optimised away
  for (let round = 0; round < 40; round++) {
    const objects = [];
    for (let i = 0; i < 200_000; i++) objects.push({ key: `x${i}`, value: i });
    _allocated += objects.length;
  }
  process.stdout.write(`${Date.now() - start}\n`);
} else {
  const flags = process.argv.slice(2);
  const run = () => Number(execFileSync(process.execPath, [...flags, import.meta.filename, 'child'], { encoding: 'utf8' }));
  const alone = run();
  const pair = await Promise.all(
    [0, 1].map(
      () =>
        new Promise((resolve) => {
          let out = '';
          const child = spawn(process.execPath, [...flags, import.meta.filename, 'child']);
          child.stdout.on('data', (d) => (out += d));
          child.on('close', () => resolve(Number(out)));
        }),
    ),
  );
  process.stdout.write(`${flags.join(' ') || 'default GC'}: alone ${alone} ms; two side by side ${pair.join(' and ')} ms\n`);
}
