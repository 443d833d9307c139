// Worker thread of the parse pool (bundled as dist/parse-worker.cjs). Claims jobs from the
// shared counter until none are left, and posts each result encoded (see codec.ts).

import { parentPort, workerData } from 'node:worker_threads';
import { encode, Uncodable } from './codec.js';
import { runJob, type ParseJob } from './jobs.js';

interface Init {
  jobs: ParseJob[];
  counter: Int32Array;
}

const { jobs, counter } = workerData as Init;
const BATCH = 16;

async function work(): Promise<void> {
  let batch: unknown[] = [];
  for (;;) {
    const i = Atomics.add(counter, 0, 1);
    if (i >= jobs.length) break;
    let msg: unknown;
    try {
      const r = await runJob(jobs[i]);
      const parsed = r?.parsed && encode(r.parsed);
      // the file's text is among the texts its result points into: sent once
      const textAt = parsed ? parsed.texts.findIndex(([, t]) => t === r!.text) : -1;
      msg = !r ? { i, skip: true } : textAt >= 0 ? { i, textAt, parsed } : { i, text: r.text, parsed };
    } catch (e) {
      // not plain data, or a loader threw: the main thread does this file itself
      msg = { i, skip: true, why: e instanceof Uncodable ? 'uncodable' : 'error' };
    }
    batch.push(msg);
    if (batch.length >= BATCH) {
      parentPort!.postMessage(batch);
      batch = [];
    }
  }
  parentPort!.postMessage(batch);
  parentPort!.postMessage('done');
}

void work();
