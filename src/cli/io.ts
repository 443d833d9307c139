// Where a command's output goes, and how it is styled. Only cli/ writes to stdout/stderr.
import { writeFileSync } from 'node:fs';
import { Chalk, type ChalkInstance } from 'chalk';

export interface CommonOptions {
  format?: string;
  crewaiVersion?: string;
  shareCrew?: boolean;
  output?: string;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  config?: string;
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  color: ChalkInstance;
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
  const colorOn =
    options.color !== false && !process.env.NO_COLOR && !toFile && Boolean(process.stdout.isTTY) && process.env.TERM !== 'dumb';
  const color = new Chalk({ level: colorOn ? 1 : 0 });
  return {
    options,
    color,
    out(text) {
      if (toFile) chunks.push(text);
      else process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    err(text) {
      process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    flush() {
      if (toFile) writeFileSync(options.output!, chunks.map((c) => (c.endsWith('\n') ? c : `${c}\n`)).join(''));
    },
  };
}

/** An error with a message meant for the user (exit 2, no stack trace). */
export class UsageError extends Error {}
