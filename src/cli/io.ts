// Where a command's output goes, and how it is styled. Only cli/ writes to stdout/stderr.
import { closeSync, openSync, writeSync } from 'node:fs';
import { Chalk, type ChalkInstance } from 'chalk';
import { outputWidth } from '../report/text/layout.js';

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

export function makeIo(options: CommonOptions): Io {
  ignoreClosedPipe();
  const chunks: string[] = [];
  const toFile = Boolean(options.output);
  const color = new Chalk({ level: colorWanted(options.color, process.env, toFile, Boolean(process.stdout.isTTY)) ? 1 : 0 });
  const write = (text: string): void => {
    if (toFile) chunks.push(text);
    else process.stdout.write(text);
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
      try {
        // piece by piece: the output is never joined into one string
        const fd = openSync(options.output!, 'w');
        try {
          for (const c of chunks) writeSync(fd, c);
        } finally {
          closeSync(fd);
        }
      } catch (e) {
        throw new UsageError(`-o ${options.output}: ${writeProblem(e as NodeJS.ErrnoException)}`);
      }
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
