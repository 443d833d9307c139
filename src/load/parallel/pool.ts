// Reads and parses the files of a large tree on every core before the model stage asks for
// them: worker threads and the main thread claim jobs from one shared counter, and the
// model stage then takes each result in its own (single-threaded) order, so reports are
// byte-identical to a run without workers. A result is used only when it was parsed from
// exactly the text the model stage reads; anything missing (unreadable, not plain data, a
// worker that failed) is parsed in place as before.
//
// When it runs: ./size.ts. Loaded only then (worker_threads is not needed for small trees).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SourceText } from '../../core/source.js';
import type { PythonFacts } from '../python/types.js';
import type { LoadedConfig } from '../yaml.js';
import { decode, type Encoded } from './codec.js';
import { runJob, type JobResult, type ParseJob, type Parsed } from './jobs.js';
import { workerCount } from './size.js';

type Stored = { local: JobResult } | { remote: { text: string; parsed?: { kind: Parsed['kind']; data: Encoded } } };

export interface Prefetched {
  config(abs: string, source: SourceText): LoadedConfig | undefined;
  python(abs: string, source: SourceText): PythonFacts | undefined;
  /** workers started; results taken so far from them, from the main thread's share, and parsed in place (--verbose) */
  stats(): { workers: number; fromWorkers: number; onMain: number; inPlace: number };
}

function workerFile(): string | undefined {
  // the bundle sits beside its worker in dist/; run from sources (unit tests) there is none
  const dir = typeof __dirname === 'string' ? __dirname : undefined;
  const file = dir ? join(dir, 'parse-worker.cjs') : undefined;
  return file && existsSync(file) ? file : undefined;
}

export async function prefetch(jobs: ParseJob[]): Promise<Prefetched | undefined> {
  const n = Math.min(workerCount(jobs.length), jobs.length);
  const file = n > 0 ? workerFile() : undefined;
  if (!file) return undefined;
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const results = new Map<string, Stored>();
  const finished = Array.from({ length: n }, () => {
    const worker = new Worker(file, { workerData: { jobs, counter } });
    return new Promise<void>((done) => {
      worker.on('message', (msg: unknown) => {
        if (msg === 'done') return done();
        for (const r of msg as { i: number; skip?: boolean; text?: string; textAt?: number; parsed?: Encoded & { value: { kind: Parsed['kind'] } } }[]) {
          if (r.skip) continue;
          const text = r.text ?? r.parsed!.texts[r.textAt!][1];
          results.set(jobs[r.i].abs, { remote: { text, parsed: r.parsed && { kind: (r.parsed.value as { kind: Parsed['kind'] }).kind, data: r.parsed } } });
        }
      });
      // a worker that fails leaves its files to the model stage
      worker.on('error', () => done());
      worker.on('exit', () => done());
    });
  });
  // the main thread works through the same queue meanwhile
  for (;;) {
    const i = Atomics.add(counter, 0, 1);
    if (i >= jobs.length) break;
    try {
      const r = await runJob(jobs[i]);
      if (r) results.set(jobs[i].abs, { local: r });
    } catch {
      // parsed again in place, where the error is reported as usual
    }
  }
  await Promise.all(finished);

  const take = (abs: string, source: SourceText): Parsed | undefined => {
    const stored = results.get(abs);
    if (!stored) return undefined;
    results.delete(abs);
    if ('local' in stored) {
      if (stored.local.text !== source.text || !stored.local.parsed) return undefined;
      onMain++;
      return stored.local.parsed;
    }
    const { text, parsed } = stored.remote;
    if (text !== source.text || !parsed) return undefined;
    const value = decode<Parsed>(parsed.data, parsed.kind === 'python' ? undefined : source);
    fromWorkers++;
    return value;
  };
  let fromWorkers = 0;
  let onMain = 0;
  let inPlace = 0;
  const counted = <T>(x: T | undefined): T | undefined => {
    if (x === undefined) inPlace++;
    return x;
  };
  return {
    stats: () => ({ workers: n, fromWorkers, onMain, inPlace }),
    config(abs, source) {
      const p = take(abs, source);
      return counted(p && p.kind !== 'python' ? p.loaded : undefined);
    },
    python(abs, source) {
      const p = take(abs, source);
      return counted(p?.kind === 'python' ? p.facts : undefined);
    },
  };
}
