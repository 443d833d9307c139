// Inline suppressions: `# crewtel-ignore <ruleId>[,<ruleId>…] [-- reason]` (`//` in JSON
// and JSONC files). What a marker silences, exactly:
//
//   1. at the end of a line: findings of the named rules that start on that line;
//   2. on its own line (a run of comment lines counts as one): findings of the named
//      rules that start on the next line that is not a comment;
//   3. for a value that does not start on its key's line (a YAML block scalar `key: >`,
//      a value on the line after `key:`, a Python string on the line after `role=(`):
//      a marker at the end of the key's line or above the key silences the named rules
//      anywhere inside that one value. The value's extent comes from the model (the
//      SourceString of the field), not from guessing at indentation.
//
// Only the rules named are silenced (`*` for every rule, `pii/*` for a family), only on
// that value, never the whole file. Markers that silenced nothing are returned as
// warnings (one per rule id) so stale ones can be removed; the CLI prints them with --verbose.
import { readSource } from '../core/readSource.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { SourceString } from '../core/source.js';
import type { Finding } from './types.js';
import { compareText } from '../core/compare.js';

const MARKER = /(#|\/\/)\s*crewtel-ignore\b(.*)$/;
const RULE_TOKEN = /^(?:\*|[A-Za-z0-9_-]+\/(?:\*|[A-Za-z0-9_.-]+\*?))$/;

interface RuleMark {
  id: string;
  column: number;
  used: boolean;
}

export interface Marker {
  line: number;
  column: number;
  rules: RuleMark[];
  /** text after `--` (or after the rule ids) */
  reason: string;
}

/** The marker on one line of text, if any. `//` markers only where `//` starts a comment (JSON/JSONC). */
export function parseMarker(text: string, line: number, slashComments = false): Marker | undefined {
  const m = MARKER.exec(text);
  if (!m || (m[1] === '//' && !slashComments)) return undefined;
  const column = (m.index ?? 0) + 1;
  const rules: RuleMark[] = [];
  let rest = m[2];
  let offset = text.length - rest.length;
  // rule ids, separated by spaces or commas, until `--` or the first word that is not a rule id
  for (;;) {
    const sep = /^[\s,]*/.exec(rest)![0];
    rest = rest.slice(sep.length);
    offset += sep.length;
    const token = /^[^\s,]+/.exec(rest)?.[0];
    if (!token || !RULE_TOKEN.test(token)) break;
    rules.push({ id: token, column: offset + 1, used: false });
    rest = rest.slice(token.length);
    offset += token.length;
  }
  const reason = rest.replace(/^--\s*/, '').trim();
  return { line, column, rules, reason };
}

export function ruleMatches(pattern: string, ruleId: string): boolean {
  if (pattern === '*' || pattern === ruleId) return true;
  return pattern.endsWith('*') && ruleId.startsWith(pattern.slice(0, -1));
}

const isCommentOnly = (l: string, slash: boolean) => /^\s*#/.test(l) || (slash && /^\s*\/\//.test(l));
const isBlank = (l: string) => l.trim() === '';

interface FileMarks {
  lines: string[];
  slash: boolean;
  marks: Map<number, Marker>;
  /** values of the model in this file: [start, end] positions and the line of their key */
  values: { startLine: number; startColumn: number; endLine: number; endColumn: number; anchor: number }[];
}

export interface SuppressResult {
  kept: Finding[];
  suppressed: Finding[];
  /** one warning per rule id of a marker that silenced nothing, and per marker without a rule id */
  unused: Diagnostic[];
}

export interface SuppressInput {
  findings: Finding[];
  /** files whose markers count (for the unused list); files of findings are read too */
  files: string[];
  /** the strings the model read, to know where each multi-line value starts and which key holds it */
  values?: SourceString[];
  /** reads a file given as it appears in findings (relative to cwd); undefined when unreadable */
  read?: (file: string) => string | undefined;
}

export function applySuppressions(input: SuppressInput): SuppressResult {
  const read = input.read ?? readRelative(process.cwd());
  const valuesByFile = new Map<string, SourceString[]>();
  for (const v of input.values ?? []) {
    const list = valuesByFile.get(v.file);
    if (list) list.push(v);
    else valuesByFile.set(v.file, [v]);
  }
  const byFile = new Map<string, FileMarks>();
  const load = (file: string): FileMarks => {
    let entry = byFile.get(file);
    if (entry) return entry;
    const own = valuesByFile.get(file);
    const text = own?.[0]?.source.text ?? read(file) ?? '';
    const slash = /\.jsonc?$/i.test(file);
    // most files have no marker: nothing in them can be silenced, and their lines are never looked at
    if (!text.includes('crewtel-ignore')) {
      entry = { lines: [], slash, marks: new Map(), values: [] };
      byFile.set(file, entry);
      return entry;
    }
    const lines = text.split(/\r?\n/);
    const marks = new Map<number, Marker>();
    lines.forEach((l, i) => {
      if (!l.includes('crewtel-ignore')) return;
      const s = parseMarker(l, i + 1, slash);
      if (s) marks.set(i + 1, s);
    });
    const values = (own ?? []).map((v) => {
      const span = v.span;
      return { startLine: span.start.line, startColumn: span.start.column, endLine: span.end.line, endColumn: span.end.column, anchor: anchorLine(lines, span.start.line, span.start.column) };
    });
    entry = { lines, slash, marks, values };
    byFile.set(file, entry);
    return entry;
  };
  for (const f of input.files) load(f);

  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of input.findings) {
    const fm = load(f.file);
    let hit: RuleMark | undefined;
    let marker: Marker | undefined;
    for (const n of candidateLines(fm, f)) {
      marker = fm.marks.get(n);
      hit = marker?.rules.find((r) => ruleMatches(r.id, f.ruleId));
      if (hit) break;
    }
    if (hit) {
      hit.used = true;
      suppressed.push({ ...f, suppressed: { kind: 'inline', ...(marker?.reason ? { reason: marker.reason } : {}) } });
    } else kept.push(f);
  }
  const unused: Diagnostic[] = [];
  for (const [file, { marks }] of byFile) {
    for (const s of marks.values()) {
      if (s.rules.length === 0) {
        unused.push({ file, line: s.line, column: s.column, message: 'crewtel-ignore without a rule id is ignored (write # crewtel-ignore <ruleId> -- reason)', severity: 'warning' });
      }
      for (const r of s.rules) if (!r.used) unused.push({ file, line: s.line, column: r.column, message: `unused crewtel-ignore for ${r.id}`, severity: 'warning' });
    }
  }
  unused.sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column);
  return { kept, suppressed, unused };
}

export function readRelative(cwd: string): (file: string) => string | undefined {
  return (file) => {
    // the file was read once already (and reported if unreadable); a second read only looks for markers
    const r = readSource(`${cwd}/${file}`, { file, kind: /\.py$/.test(file) ? 'python' : 'yaml' });
    return r.ok ? r.source.text : undefined;
  };
}

/** The finding's own line, the comment lines above it, and for a value that starts below its key, the key's line and the comments above it. */
function candidateLines(fm: FileMarks, f: Finding): number[] {
  const out = [f.line, ...commentsAbove(fm, f.line)];
  const value = fm.values.find((v) => within(v, f.line, f.column));
  if (value && value.anchor !== f.line) out.push(value.anchor, ...commentsAbove(fm, value.anchor));
  return out;
}

function within(v: FileMarks['values'][number], line: number, column: number): boolean {
  const afterStart = line > v.startLine || (line === v.startLine && column >= v.startColumn);
  const beforeEnd = line < v.endLine || (line === v.endLine && column <= v.endColumn);
  return afterStart && beforeEnd;
}

function commentsAbove(fm: FileMarks, line: number): number[] {
  const out: number[] = [];
  for (let n = line - 1; n >= 1 && isCommentOnly(fm.lines[n - 1] ?? '', fm.slash); n--) out.push(n);
  return out;
}

/**
 * The line holding the key of a value that starts at (line, column): the value's own line
 * when something other than an opening quote precedes it there (`role: text`,
 * `role="text"`), else the nearest line above that is neither blank nor a comment
 * (`backstory: >` above a block scalar, `role=(` above a string literal).
 */
export function anchorLine(lines: string[], line: number, column: number): number {
  const before = (lines[line - 1] ?? '').slice(0, column - 1);
  if (!/^\s*(?:[rRbBuUfF]{0,2}("""|'''|"|'))?$/.test(before)) return line;
  for (let n = line - 1; n >= 1; n--) {
    const l = lines[n - 1] ?? '';
    if (!isBlank(l) && !/^\s*(#|\/\/)/.test(l)) return n;
  }
  return line;
}
