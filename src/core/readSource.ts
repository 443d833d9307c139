// The one way crewtel reads a user's file. CrewAI opens its configs with
// `open(path, encoding="utf-8")` and PyYAML / json / tomllib parse the text, so:
// - only regular files are read (stat first; a FIFO, device, socket or directory where a
//   file is expected is an error naming the path — never a hang, never /dev/zero forever);
// - a size cap per kind of file, far above any real config, with a clear error past it;
// - UTF-8 with an optional BOM; UTF-16/32 (BOM), invalid UTF-8 and, for YAML, characters
//   PyYAML refuses (NUL and other control characters) are errors at the first bad byte's
//   line:column, saying what CrewAI would do.
// Errors come back as values; nothing here throws.

import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { Diagnostic } from './diagnostics.js';
import { SourceText } from './source.js';

export type SourceKind = 'yaml' | 'json' | 'toml' | 'python' | 'dotenv' | 'text' | 'lock';

/** Bytes per file kind. Real CrewAI configs are kilobytes; locks of big monorepos reach a few MB. */
export const SIZE_LIMITS: Record<SourceKind, number> = {
  yaml: 8 * 1024 * 1024,
  json: 8 * 1024 * 1024,
  toml: 4 * 1024 * 1024,
  python: 8 * 1024 * 1024,
  dotenv: 1024 * 1024,
  text: 4 * 1024 * 1024,
  lock: 64 * 1024 * 1024,
};

const WHAT: Record<SourceKind, string> = {
  yaml: 'CrewAI opens YAML configs as UTF-8 and stops with a UnicodeDecodeError',
  json: 'Python reads JSON as UTF-8 and stops with a UnicodeDecodeError',
  toml: 'tomllib reads TOML as UTF-8 and stops with a TOMLDecodeError',
  python: 'Python stops with a SyntaxError (source is UTF-8 by default)',
  dotenv: 'python-dotenv stops with a UnicodeDecodeError and loads nothing',
  text: 'it is not UTF-8 text',
  lock: 'the lock file is not UTF-8 (uv and poetry write UTF-8)',
};

export type ReadResult = { ok: true; source: SourceText; bytes: number } | { ok: false; missing: boolean; diagnostic: Diagnostic };

export interface ReadOptions {
  /** path shown to the user */
  file: string;
  kind: SourceKind;
  /** override the per-kind size cap (tests) */
  maxBytes?: number;
  /**
   * discovery has just listed a regular file at this path (a folder entry, not a guess): the
   * stat before opening is skipped; the fstat after opening checks the same things
   */
  listedRegular?: boolean;
}

function fail(file: string, message: string, line = 0, column = 0, missing = false): ReadResult {
  return { ok: false, missing, diagnostic: { file, line, column, message, severity: 'error' } };
}

/** A path that cannot be stat'ed or opened: gone (a missing file, not an error) or refused. */
function unreadable(file: string, e: unknown): ReadResult {
  const code = (e as NodeJS.ErrnoException).code ?? 'error';
  return fail(file, code === 'ENOENT' ? 'no such file' : `cannot read file (${code})`, 0, 0, code === 'ENOENT' || code === 'ENOTDIR');
}

function tooLarge(file: string, size: number, kind: SourceKind, limit: number): ReadResult {
  return fail(file, `file too large (${size} bytes; the limit for ${kind} files is ${limit})`);
}

function describeType(st: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Is there a regular file at `path` (following symlinks)? Never blocks. */
export function isRegularFile(path: string): boolean {
  return statQuietly(path)?.isFile() ?? false;
}

/**
 * stat, or undefined when nothing is there. A missing path is the common answer when
 * walking up folders for project files; `throwIfNoEntry: false` spares building an
 * exception for each (~10x cheaper than a failed statSync on a large tree).
 */
function statQuietly(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** Does anything exist at `path` (a file, a directory, a FIFO…)? */
export function pathExists(path: string): boolean {
  return statQuietly(path) !== undefined;
}

export function readSource(abs: string, opts: ReadOptions): ReadResult {
  const { file, kind } = opts;
  const limit = opts.maxBytes ?? SIZE_LIMITS[kind];
  // stat first: a FIFO, device or socket is never even opened (opening some devices does something)
  if (!opts.listedRegular) {
    let st;
    try {
      st = statSync(abs, { throwIfNoEntry: false });
      if (!st) return fail(file, 'no such file', 0, 0, true);
    } catch (e) {
      return unreadable(file, e);
    }
    if (!st.isFile()) return fail(file, `cannot read file: ${describeType(st)}, not a regular file`);
    if (st.size > limit) return tooLarge(file, st.size, kind, limit);
  }
  let fd: number;
  try {
    // O_NONBLOCK: if the file was swapped for a FIFO after the stat, opening it does not wait for a writer
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return opts.listedRegular ? unreadable(file, e) : fail(file, `cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let bytes: Buffer;
  try {
    const fst = fstatSync(fd);
    if (!fst.isFile()) return fail(file, `cannot read file: ${describeType(fst)}, not a regular file`);
    if (opts.listedRegular && fst.size > limit) return tooLarge(file, fst.size, kind, limit);
    // read at most limit + 1 bytes, whatever the file grows to meanwhile
    // only the bytes read are ever used (subarray below), so the buffer need not be zeroed
    const buf = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(fst.size, 0) + 1));
    let n = 0;
    for (;;) {
      if (n === buf.length) break;
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    if (n > limit) return fail(file, `file too large (over ${limit} bytes, the limit for ${kind} files)`);
    bytes = buf.subarray(0, n);
  } catch (e) {
    return fail(file, `cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    closeSync(fd);
  }
  const decoded = decodeUtf8(bytes, file, kind);
  if (!decoded.ok) return decoded;
  return { ok: true, source: decoded.source, bytes: bytes.length };
}

/** one decoder for every file (decode() without `stream` starts afresh each call) */
let utf8: TextDecoder | undefined;

/** UTF-8 (optional BOM) → SourceText, or an error at the first byte that is not what CrewAI reads. */
export function decodeUtf8(bytes: Buffer, file: string, kind: SourceKind): { ok: true; source: SourceText } | { ok: false; missing: false; diagnostic: Diagnostic } {
  const err = (line: number, column: number, message: string) => ({ ok: false as const, missing: false as const, diagnostic: { file, line, column, message, severity: 'error' as const } });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const wide = bytes[0] === 0xff && bytes[2] === 0 && bytes[3] === 0 ? 'UTF-32' : 'UTF-16';
    return err(1, 1, `file is ${wide} (byte order mark), not UTF-8: ${WHAT[kind]}`);
  }
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return err(1, 1, `file is UTF-32 (byte order mark), not UTF-8: ${WHAT[kind]}`);
  let text: string;
  try {
    utf8 ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    text = utf8.decode(bytes);
  } catch {
    const cookie = kind === 'python' ? codingCookie(bytes) : undefined;
    // PEP 263: `# -*- coding: latin-1 -*-` in the first two lines; single-byte codecs read as latin-1
    if (cookie && !/^utf[-_]?8/i.test(cookie)) return { ok: true, source: new SourceText(file, bytes.toString('latin1')) };
    const at = firstInvalidUtf8(bytes);
    const pos = positionOfByte(bytes, at);
    return err(pos.line, pos.column, `not valid UTF-8 (byte 0x${bytes[at].toString(16).padStart(2, '0')}): ${WHAT[kind]}`);
  }
  const source = new SourceText(file, text);
  if (kind === 'yaml') {
    const bad = firstNonPrintable(source.text);
    if (bad !== -1) {
      const code = source.text.codePointAt(bad)!;
      return err(source.lines.position(bad).line, source.lines.position(bad).column, `character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed in YAML: PyYAML stops with "unacceptable character" and CrewAI does not load the file`);
    }
  }
  return { ok: true, source };
}

/** The PEP 263 encoding declaration of a Python file, if any. */
function codingCookie(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 512).toString('latin1').split('\n').slice(0, 2);
  for (const line of head) {
    const m = /^[ \t\f]*#[^\n]*?coding[:=][ \t]*([-\w.]+)/.exec(line);
    if (m) return m[1];
    if (!/^[ \t\f]*(#|$)/.test(line)) return undefined;
  }
  return undefined;
}

/**
 * PyYAML's Reader.NON_PRINTABLE: anything but tab, LF, CR, printable ASCII, NEL and
 * non-surrogate BMP/astral (a surrogate only as half of a pair). One regular-expression
 * search (code units, no `u` flag), which V8 runs far faster than a loop over the text.
 */
const NON_PRINTABLE = /[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\ud800-\udfff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function firstNonPrintable(text: string): number {
  return text.search(NON_PRINTABLE);
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let need = 0;
    let min = 0;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= b.length) return i;
    let cp = c & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if ((d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return b.length - 1;
}

/** 1-based line and UTF-16 column of a byte offset (the bytes before it are valid UTF-8). */
function positionOfByte(b: Buffer, at: number): { line: number; column: number } {
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < at; i++) {
    if (b[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  let prefix = b.subarray(lineStart, at).toString('utf8');
  if (line === 1 && prefix.charCodeAt(0) === 0xfeff) prefix = prefix.slice(1);
  return { line, column: prefix.length + 1 };
}
