// The default number of extraction threads, kept apart from extract-parallel.ts so the CLI
// can show it in --help without loading the extractors.
import { availableParallelism } from 'node:os';

export const DEFAULT_WORKERS = Math.max(1, availableParallelism());
