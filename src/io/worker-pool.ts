// Extraction worker threads, started ahead of need: a worker takes about half a second to
// bundle and load the extractors, so a build starts them before reading its corpus. No
// scheduling here; extract-parallel.ts hands out the chunks.

import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

let bundled: Promise<string> | undefined;

/**
 * The worker's code as one plain script, bundled once per process with esbuild: a worker
 * started through the TypeScript loader spent about two seconds transforming files.
 */
function workerSource(): Promise<string> {
  bundled ??= build({
    entryPoints: [fileURLToPath(new URL('./extract-worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundled;
}

/** A started worker; `online` settles once it runs, or rejects with its first error. */
export interface PoolWorker {
  worker: Worker;
  online: Promise<void>;
}

export interface WorkerPool {
  /** The workers, once their code is bundled and they are created. */
  workers(): Promise<PoolWorker[]>;
  /** Stop every worker (idempotent). */
  close(): Promise<void>;
}

function startWorker(source: string): PoolWorker {
  const worker = new Worker(source, { eval: true });
  const online = new Promise<void>((resolve, reject) => {
    worker.once('online', resolve);
    // Listening from the start: an error before anyone asks for the worker must not crash the process.
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`extraction worker stopped with exit code ${code}`)));
  });
  // Rejections are read by whoever uses the worker; unused workers must not warn.
  online.catch(() => undefined);
  return { worker, online };
}

/** Start `size` extraction workers now; they load while the caller does other work. */
export function startWorkerPool(size: number): WorkerPool {
  let closed = false;
  const started = size > 0 ? workerSource().then((source) => (closed ? [] : Array.from({ length: size }, () => startWorker(source)))) : Promise.resolve([]);
  // A failed bundle surfaces from workers(); without a taker it must stay quiet.
  started.catch(() => undefined);
  return {
    workers: () => started,
    async close() {
      closed = true;
      const workers = await started.catch((): PoolWorker[] => []);
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
