// When the parse pool pays: the size of the tree, or CREWTEL_WORKERS=0 (off) / =N (N workers,
// whatever the size; tests and benchmarks use both). Kept apart from the pool so that a small
// run does not load worker_threads.
import { availableParallelism } from 'node:os';

/**
 * Below this many files one thread is as fast: starting a worker (an isolate, compiling the
 * loaders) costs ~120 ms of CPU here, about what parsing 50 small crew files costs, and each
 * file a worker parses costs ~30% extra to encode and rebuild; with the work split in two the
 * worker breaks even near 150 files. 400 leaves a margin for loaded machines (BENCHMARKS.md).
 */
export const MIN_JOBS_FOR_WORKERS = 400;
/** more workers than this stop paying on the trees measured (the model stage is serial) */
const MAX_WORKERS = 4;

/** How many workers a run of `jobs` files gets (0: parse in place). */
export function workerCount(jobs: number, env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.CREWTEL_WORKERS;
  if (forced !== undefined && forced !== '') {
    const n = Number(forced);
    return Number.isInteger(n) && n >= 0 ? Math.min(n, 16) : 0;
  }
  if (jobs < MIN_JOBS_FOR_WORKERS) return 0;
  return Math.max(0, Math.min(MAX_WORKERS, availableParallelism() - 1));
}

