// One file to read and parse, and how: the same loaders a single-threaded run uses.
// Shared by the pool's workers and by the main thread, which takes its share of the jobs.

import { readSource } from '../../core/readSource.js';
import { loadJsonc } from '../jsonc.js';
import { PY_RELEVANT } from '../python/relevant.js';
import type { PythonFacts } from '../python/types.js';
import { loadYaml, type LoadedConfig } from '../yaml.js';

export type JobKind = 'yaml' | 'jsonc' | 'python';

export interface ParseJob {
  kind: JobKind;
  /** absolute path, read as is */
  abs: string;
  /** the path the run reports (SourceText.file) */
  file: string;
}

export type Parsed = { kind: 'yaml' | 'jsonc'; loaded: LoadedConfig } | { kind: 'python'; facts: PythonFacts };

export interface JobResult {
  /** the text the result was parsed from (the consumer compares it with what it reads) */
  text: string;
  parsed?: Parsed;
}

let parsePythonFn: ((file: string, text: string) => PythonFacts) | undefined;

/**
 * Reads and parses one file; undefined when it cannot be read (the consumer then reads
 * it itself and reports the error in its usual place). Python that PY_RELEVANT rejects is
 * read but not parsed, as in a single-threaded run.
 */
export async function runJob(job: ParseJob): Promise<JobResult | undefined> {
  // the same safe reader as the main thread (regular files, size caps, UTF-8 checks)
  const read = readSource(job.abs, { file: job.file, kind: job.kind === 'jsonc' ? 'json' : job.kind });
  if (!read.ok) return undefined;
  const source = read.source;
  if (job.kind === 'python') {
    if (!PY_RELEVANT.test(source.text)) return { text: source.text };
    if (!parsePythonFn) {
      const m = await import('../python/index.js');
      await m.initPythonParser();
      parsePythonFn = m.parsePython;
    }
    return { text: source.text, parsed: { kind: 'python', facts: parsePythonFn(source.file, source.text) } };
  }
  const loaded = job.kind === 'jsonc' ? loadJsonc(source) : loadYaml(source);
  return { text: source.text, parsed: { kind: job.kind, loaded } };
}
