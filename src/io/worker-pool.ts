// Extraction worker threads, started ahead of need: their code takes about 0.2 s to bundle
// and a worker a few tenths more to load the extractors, so a build starts them before
// reading its corpus. No scheduling here; extract-parallel.ts hands out the chunks.

import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** How a worker is started: from the compiled file, or from source text bundled here. */
type WorkerCode = { file: URL } | { source: string };

let code: Promise<WorkerCode> | undefined;

/**
 * The compiled package starts workers from dist/lib's extract-worker.js as it is. From the
 * TypeScript sources (a clone, under tsx) the worker's code is bundled once per process
 * with esbuild into one plain script: a worker started through the TypeScript loader spent
 * about two seconds transforming files. esbuild is then a dev dependency, loaded only here.
 */
function workerCode(): Promise<WorkerCode> {
  code ??= import.meta.url.endsWith('.ts')
    ? import('esbuild')
        .then(({ build }) =>
          build({
            entryPoints: [fileURLToPath(new URL('./extract-worker.ts', import.meta.url))],
            bundle: true,
            platform: 'node',
            format: 'cjs',
            target: 'node20',
            write: false,
            logLevel: 'silent',
          }),
        )
        .then((result) => ({ source: result.outputFiles[0]?.text ?? '' }))
    : Promise.resolve({ file: new URL('./extract-worker.js', import.meta.url) });
  return code;
}

/**
 * A started worker. `online` resolves once it runs; `failed` rejects on its first error or
 * exit, whenever that comes (also after `online`, e.g. while loading the extractors, before
 * anyone listens to the worker itself). Neither warns when nobody awaits it.
 */
export interface PoolWorker {
  worker: Worker;
  online: Promise<void>;
  failed: Promise<never>;
}

export interface WorkerPool {
  /** The workers, once their code is bundled and they are created. */
  workers(): Promise<PoolWorker[]>;
  /** Stop every worker (idempotent). */
  close(): Promise<void>;
}

function startWorker(code: WorkerCode): PoolWorker {
  const worker = 'file' in code ? new Worker(code.file) : new Worker(code.source, { eval: true });
  // Listening from the start: an error before anyone asks for the worker must not crash the process.
  const failed = new Promise<never>((_resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`extraction worker stopped with exit code ${code}`)));
  });
  const online = Promise.race([new Promise<void>((resolve) => worker.once('online', resolve)), failed]);
  failed.catch(() => undefined);
  online.catch(() => undefined);
  return { worker, online, failed };
}

/** Start `size` extraction workers now; they load while the caller does other work. */
export function startWorkerPool(size: number): WorkerPool {
  let closed = false;
  const started = size > 0 ? workerCode().then((found) => (closed ? [] : Array.from({ length: size }, () => startWorker(found)))) : Promise.resolve([]);
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
