// .env files as python-dotenv reads them (the library CrewAI and `crewai run` use):
// KEY=VALUE, `export KEY=…`, 'single' and "double" quotes (which may span lines; escapes
// decoded in both, \\ and \' only in single quotes), ` #` comments after unquoted
// values, blanks around `=`, `KEY=` (empty) and `KEY` alone (no value: not loaded), and
// ${VAR} / ${VAR:-default} expansion. A statement python-dotenv cannot parse is skipped
// by it; crewtel reports it with its position. Values stay in memory: crewtel prints
// the three telemetry switches and nothing else from a .env file.

import { statSync } from 'node:fs';
import { pathExists, readSource } from '../core/readSource.js';
import { dirname, join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { displayPath, SourceString, SourceText, type SourceSpan } from '../core/source.js';

export interface DotenvEntry {
  key: string;
  /** the value after unquoting and escape decoding, before ${VAR} expansion; null for a bare `KEY` */
  raw: string | null;
  /** where the key is written */
  location: SourceSpan;
  /** the value's characters in the file (style 'env'), when there is a value */
  valueSource?: SourceString;
  quote: 'none' | 'single' | 'double';
}

export interface DotenvFile {
  file: string;
  entries: DotenvEntry[];
  diagnostics: Diagnostic[];
}

const DOUBLE_ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** A reader over the text, in the order python-dotenv's parser consumes it. */
class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  /** Matches `re` (sticky) at the current position and advances past it. */
  take(re: RegExp): RegExpExecArray | undefined {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (!m) return undefined;
    this.pos += m[0].length;
    return m;
  }

  peek(): string {
    return this.text[this.pos] ?? '';
  }
}

const MULTILINE_WS = /\s*/y;
const EXPORT = /(?:export[^\S\r\n]+)?/y;
const SINGLE_QUOTED_KEY = /'([^']+)'/y;
const UNQUOTED_KEY = /([^=#\s]+)/y;
const WS = /[^\S\r\n]*/y;
const EQUALS = /=[^\S\r\n]*/y;
const SINGLE_QUOTED_VALUE = /'((?:\\'|[^'])*)'/y;
const DOUBLE_QUOTED_VALUE = /"((?:\\"|[^"])*)"/y;
const UNQUOTED_VALUE = /[^\r\n]*/y;
const COMMENT = /(?:[^\S\r\n]*#[^\r\n]*)?/y;
const END_OF_LINE = /[^\S\r\n]*(?:\r\n|\n|\r|$)/y;
const REST_OF_LINE = /[^\r\n]*(?:\r\n|\r|\n)?/y;

class ParseError extends Error {}

function must(r: Reader, re: RegExp, what: string): RegExpExecArray {
  const m = r.take(re);
  if (!m) throw new ParseError(what);
  return m;
}

function decode(raw: string, quote: 'single' | 'double'): string {
  if (quote === 'single') return raw.replace(/\\([\\'])/g, '$1');
  return raw.replace(/\\([\\'"abfnrtv])/g, (_m, c: string) => DOUBLE_ESCAPES[c]);
}

export function parseDotenv(src: SourceText): DotenvFile {
  const entries: DotenvEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  const r = new Reader(src.text);
  while (r.pos < src.text.length) {
    r.take(MULTILINE_WS);
    if (r.pos >= src.text.length) break;
    const statementLine = src.lines.position(r.pos).line;
    try {
      r.take(EXPORT);
      if (r.peek() === '#') {
        // a comment line: python-dotenv reads no key and consumes the comment
        r.take(COMMENT);
        must(r, END_OF_LINE, 'end of line');
        continue;
      }
      const keyQuoted = r.peek() === "'";
      const keyAt = r.pos + (keyQuoted ? 1 : 0);
      const key = must(r, keyQuoted ? SINGLE_QUOTED_KEY : UNQUOTED_KEY, 'a variable name')[1];
      r.take(WS);
      let raw: string | null = null;
      let quote: DotenvEntry['quote'] = 'none';
      let valueSource: SourceString | undefined;
      if (r.peek() === '=') {
        const eq = must(r, EQUALS, '=');
        const c = r.peek();
        if (c === "'" || c === '"') {
          quote = c === "'" ? 'single' : 'double';
          const start = r.pos + 1;
          const m = must(r, quote === 'single' ? SINGLE_QUOTED_VALUE : DOUBLE_QUOTED_VALUE, `a closing ${c}`);
          raw = decode(m[1], quote);
          valueSource = new SourceString(raw, src, start, start + m[1].length, 'env');
        } else if (c === '' || c === '\n' || c === '\r') {
          raw = '';
        } else {
          const start = r.pos;
          const part = must(r, UNQUOTED_VALUE, 'a value')[0];
          // `KEY=  # note` is empty; `KEY=#x` keeps the #; ` #` ends an unquoted value
          raw = eq[0].length > 1 && part.startsWith('#') ? '' : part.replace(/\s+#.*/, '').trimEnd();
          valueSource = new SourceString(raw, src, start, start + raw.length, 'env');
        }
      }
      r.take(COMMENT);
      must(r, END_OF_LINE, 'end of line (text after the value)');
      entries.push({ key, raw, quote, location: src.span(keyAt, keyAt + key.length), valueSource });
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      diagnostics.push({
        file: src.file,
        ...src.lines.position(r.pos),
        message: `python-dotenv cannot parse the statement starting at line ${statementLine} (expected ${e.message}) and skips it`,
        severity: 'error',
      });
      r.take(REST_OF_LINE);
    }
  }
  return { file: src.file, entries, diagnostics };
}

/**
 * The values python-dotenv would load, after ${VAR} / ${VAR:-default} expansion. With
 * override=false a variable already in the environment wins inside expansions as it
 * does for loading; with override=true the file's own earlier values win.
 */
export function resolveDotenv(entries: DotenvEntry[], env: Record<string, string | undefined>, override: boolean): Map<string, { value: string; entry: DotenvEntry }> {
  const values = new Map<string, string | null>();
  const out = new Map<string, { value: string; entry: DotenvEntry }>();
  for (const e of entries) {
    if (e.raw === null) {
      values.set(e.key, null);
      out.delete(e.key);
      continue;
    }
    const lookup = (name: string): string | null | undefined => {
      const fromFile = values.has(name) ? values.get(name) : undefined;
      const fromEnv = env[name];
      return override ? (values.has(name) ? fromFile : fromEnv) : fromEnv !== undefined ? fromEnv : fromFile;
    };
    const value = e.raw.replace(/\$\{([^}:]*)(?::-([^}]*))?\}/g, (_m, name: string, def: string | undefined) => {
      const v = lookup(name);
      return v === undefined ? (def ?? '') : (v ?? '');
    });
    values.set(e.key, value);
    out.set(e.key, { value, entry: e });
  }
  return out;
}

export interface FoundDotenv {
  /** absolute path */
  path: string;
  parsed: DotenvFile;
}

/**
 * The .env python-dotenv would find for a project: the nearest one from `start` upwards
 * (stopping after a folder that holds .git). Unreadable files (a directory named .env,
 * no permission, invalid UTF-8) come back as a diagnostic, never as an exception.
 */
export function findProjectDotenv(start: string, cwd: string): { found?: FoundDotenv; diagnostics: Diagnostic[] } {
  for (let dir = start; ; ) {
    const path = join(dir, '.env');
    // python-dotenv only takes regular files (or FIFOs); a folder named .env is passed over
    if (pathExists(path) && !isDirectory(path)) return readDotenvFile(path, cwd);
    const parent = dirname(dir);
    if (parent === dir || pathExists(join(dir, '.git'))) return { diagnostics: [] };
    dir = parent;
  }
}

export function readDotenvFile(path: string, cwd: string): { found?: FoundDotenv; diagnostics: Diagnostic[] } {
  const file = displayPath(path, cwd);
  // a FIFO, device or huge file is reported, never read (python-dotenv would block on a FIFO)
  const read = readSource(path, { file, kind: 'dotenv' });
  if (!read.ok) {
    const d = read.diagnostic;
    // the file is still the one python-dotenv would pick; it just yields no variables
    const empty = parseDotenv(new SourceText(file, ''));
    return { found: { path, parsed: empty }, diagnostics: [{ ...d, message: d.line ? d.message : d.message.replace(/^cannot read file/, 'cannot read .env') }] };
  }
  const parsed = parseDotenv(read.source);
  return { found: { path, parsed }, diagnostics: parsed.diagnostics };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
