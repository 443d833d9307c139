// V8 lets its heap grow to about four times what is live before it collects in full, a good
// trade while everything read stays live. A large tree assessed in batches (assess/batches.ts)
// keeps little alive from one batch to the next, so most of that headroom is garbage waiting:
// on 30,000 crews ~100 MB live became ~500 MB resident. A growth factor of 1.75 while the
// batches run brings that to ~330 MB for a few per cent more time (BENCHMARKS.md). Set at run time and put back afterwards,
// so that the flags V8 hashes into the code cache are the start's again when bin/crewtel
// writes it (a changed flag hash would make the next start reject the cache).
import { setFlagsFromString } from 'node:v8';

/** Heap growth while batches run: each full collection lets the heap grow to 1.75× what survived it. */
const BATCH_HEAP_GROWING_PERCENT = 75;

/** Runs `work` with V8's heap growth capped, unless the user gave V8 heap flags of their own. */
export async function withBoundedHeapGrowth<T>(work: () => Promise<T>): Promise<T> {
  const own = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => /^--heap[-_]growing[-_]percent/.test(a));
  if (own) return work();
  setFlagsFromString(`--heap-growing-percent=${BATCH_HEAP_GROWING_PERCENT}`);
  try {
    return await work();
  } finally {
    // 0: V8's own dynamic factor (its default)
    setFlagsFromString('--heap-growing-percent=0');
  }
}
