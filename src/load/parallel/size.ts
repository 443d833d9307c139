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
/**
 * With two cores there is one worker, and it never paid (BENCHMARKS.md, 2026-12-03, idle 2-core
 * machine): 1,600, 9,000 and 90,000 files were each slower with it than on one thread (90,000:
 * 36 s and 1.49 GB against 27 s and 1.22 GB), since the main thread's model stage is most of the
 * run and the worker's start, the copies and V8's own background threads share the second core.
 * From three cores up the pool stays on (not measured here); CREWTEL_WORKERS=N forces it.
 */
const MIN_CORES_FOR_WORKERS = 3;
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
  const cores = availableParallelism();
  if (cores < MIN_CORES_FOR_WORKERS) return 0;
  return Math.max(0, Math.min(MAX_WORKERS, cores - 1));
}

