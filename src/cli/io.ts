// Where a command's output goes, and how it is styled. Only cli/ writes to stdout/stderr.
import { writeSync } from 'node:fs';
import { Chalk, type ChalkInstance } from 'chalk';
import { outputWidth } from '../report/text/layout.js';
import { OutputFile } from './outputFile.js';

export interface CommonOptions {
  format?: string;
  crewaiVersion?: string;
  shareCrew?: boolean;
  output?: string;
  /** `--color auto|always|never`; false for `--no-color` */
  color?: boolean | string;
  quiet?: boolean;
  verbose?: boolean;
  config?: string;
}

export interface Io {
  out(text: string): void;
  /** one output written in pieces (a large report is never held as one string); a line break ends it */
  outPieces(pieces: Iterable<string>): void;
  err(text: string): void;
  color: ChalkInstance;
  /** columns to lay table output out in */
  width: number;
  options: CommonOptions;
  flush(): void;
}

// `crewtel … | head` closes the pipe early: that is the reader's choice, not an error
let pipeGuard = false;
function ignoreClosedPipe(): void {
  if (pipeGuard) return;
  pipeGuard = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

/** `-o FILE` output is held up to this much, then written as it comes (a 30,000-crew report is ~100 MB) */
const HELD_OUTPUT = 1 << 20;

/** A wait that blocks the thread (the report is the run's last work): for a pipe that is full. */
let waitOn: Int32Array | undefined;
const pause = (ms: number) => Atomics.wait((waitOn ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, ms);

/**
 * Writes to stdout as it comes, when it is a pipe or a file: process.stdout queues what a full
 * pipe does not take at once (`crewtel … | jq` on a large tree held the whole report as buffers,
 * ~400 MB more on 30,000 crews). Falls back to the stream while it has anything queued, so the
 * order of output never changes.
 */
function writeStdout(text: string): void {
  if (process.stdout.isTTY || process.stdout.writableLength > 0) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  while (at < bytes.length) {
    try {
      at += writeSync(1, bytes, at, bytes.length - at);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') pause(0.05);
      // `crewtel … | head` closed the pipe: the reader's choice, not an error (as ignoreClosedPipe)
      else if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      else throw e;
    }
  }
}

export function makeIo(options: CommonOptions): Io {
  ignoreClosedPipe();
  const chunks: string[] = [];
  let held = 0;
  let file: OutputFile | undefined;
  const toFile = Boolean(options.output);
  const color = new Chalk({ level: colorWanted(options.color, process.env, toFile, Boolean(process.stdout.isTTY)) ? 1 : 0 });
  // any failure to write the output file is a usage error naming it (exit 2)
  const onFile = (work: () => void): void => {
    try {
      work();
    } catch (e) {
      throw new UsageError(`-o ${options.output}: ${writeProblem(e as NodeJS.ErrnoException)}`);
    }
  };
  const openOutput = (): OutputFile => {
    const f = new OutputFile(options.output!);
    onFile(() => f.open());
    return f;
  };
  const write = (text: string): void => {
    if (!toFile) return writeStdout(text);
    if (file) return onFile(() => file!.write(text));
    chunks.push(text);
    held += text.length;
    // past a megabyte the file is opened and what was held is written: memory stays bounded
    if (held < HELD_OUTPUT) return;
    const f = (file = openOutput());
    for (const c of chunks.splice(0)) onFile(() => f.write(c));
  };
  return {
    options,
    color,
    width: outputWidth(process.stdout, process.env, toFile),
    out(text) {
      write(text.endsWith('\n') ? text : `${text}\n`);
    },
    outPieces(pieces) {
      let last = '';
      for (const piece of pieces) {
        if (!piece) continue;
        write(piece);
        last = piece;
      }
      if (!last.endsWith('\n')) write('\n');
    },
    err(text) {
      process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    flush() {
      if (!toFile) return;
      // piece by piece: the output is never joined into one string
      const f = (file ??= openOutput());
      for (const c of chunks.splice(0)) onFile(() => f.write(c));
      onFile(() => f.commit());
      file = undefined;
    },
  };
}

/** Why a file could not be written, in words. */
export function writeProblem(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return 'cannot write: the folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'cannot write: permission denied';
    case 'EISDIR':
      return 'cannot write: it is a folder';
    case 'ENOTDIR':
      return 'cannot write: a part of the path is not a folder';
    case 'EROFS':
      return 'cannot write: read-only file system';
    default:
      return `cannot write (${e.code ?? e.message})`;
  }
}

/**
 * Colour or not: `--color always|never` (and `--no-color`) win; then FORCE_COLOR (0 or
 * false turns it off), then NO_COLOR (any non-empty value); else only on a terminal,
 * never into a file or with TERM=dumb.
 */
export function colorWanted(flag: boolean | string | undefined, env: NodeJS.ProcessEnv, toFile: boolean, tty: boolean): boolean {
  if (flag === false || flag === 'never') return false;
  if (flag === 'always') return true;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return !/^(0|false)$/i.test(force);
  if (env.NO_COLOR) return false;
  return !toFile && tty && env.TERM !== 'dumb';
}

/** An error with a message meant for the user (exit 2, no stack trace). */
export class UsageError extends Error {}
