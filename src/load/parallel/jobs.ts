// One file to read and parse, and how: the same loaders a single-threaded run uses.
// Shared by the pool's workers and by the main thread, which takes its share of the jobs.

import { readFileSync } from 'node:fs';
import { SourceText } from '../../core/source.js';
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
  let raw: string;
  try {
    raw = readFileSync(job.abs, 'utf8');
  } catch {
    return undefined;
  }
  const source = new SourceText(job.file, raw);
  if (job.kind === 'python') {
    if (!PY_RELEVANT.test(source.text)) return { text: source.text };
    parsePythonFn ??= (await import('../python/index.js')).parsePython;
    return { text: source.text, parsed: { kind: 'python', facts: parsePythonFn(source.file, source.text) } };
  }
  const loaded = job.kind === 'jsonc' ? loadJsonc(source) : loadYaml(source);
  return { text: source.text, parsed: { kind: job.kind, loaded } };
}
