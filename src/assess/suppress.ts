// Inline suppressions: `# crewtel-ignore <ruleId>[,<ruleId>…] -- reason` at the end of
// the line, or on its own line directly above. For a multi-line value (a folded or
// literal block scalar, a triple-quoted string), a comment above the line holding the
// key suppresses matches anywhere inside that value. It silences only the rules named.
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Finding } from './types.js';

const MARKER = /#\s*crewtel-ignore\s+([A-Za-z0-9_/*,.\s-]+?)(?:\s+--\s*(.*))?\s*$/;
const KEY_LINE = /^\s*(?:-\s+)?["']?[\w.-]+["']?\s*[:=]/;

interface Suppression {
  file: string;
  line: number;
  column: number;
  rules: string[];
  used: boolean;
}

function parseLine(file: string, text: string, line: number): Suppression | undefined {
  const m = MARKER.exec(text);
  if (!m) return undefined;
  const rules = m[1].split(/[\s,]+/).filter(Boolean);
  return { file, line, column: text.indexOf('#') + 1, rules, used: false };
}

const isCommentOnly = (l: string) => /^\s*#/.test(l);

export interface SuppressResult {
  kept: Finding[];
  suppressed: Finding[];
  unused: Diagnostic[];
}

export function applySuppressions(findings: Finding[], files: string[], cwd: string): SuppressResult {
  const byFile = new Map<string, { lines: string[]; marks: Map<number, Suppression> }>();
  const load = (file: string) => {
    let entry = byFile.get(file);
    if (entry) return entry;
    let text = '';
    try {
      text = readFileSync(`${cwd}/${file}`, 'utf8');
    } catch {
      // unreadable: nothing to suppress
    }
    const lines = text.split(/\r?\n/);
    const marks = new Map<number, Suppression>();
    lines.forEach((l, i) => {
      if (!l.includes('crewtel-ignore')) return;
      const s = parseLine(file, l, i + 1);
      if (s) marks.set(i + 1, s);
    });
    entry = { lines, marks };
    byFile.set(file, entry);
    return entry;
  };
  for (const f of files) load(f);

  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) {
    const { lines, marks } = load(f.file);
    const candidates = candidateLines(lines, f.line);
    const hit = candidates.map((n) => marks.get(n)).find((s) => s && s.rules.some((r) => r === f.ruleId || r === '*' || (r.endsWith('/*') && f.ruleId.startsWith(r.slice(0, -1)))));
    if (hit) {
      hit.used = true;
      suppressed.push({ ...f, suppressed: 'inline' });
    } else kept.push(f);
  }
  const unused: Diagnostic[] = [];
  for (const { marks } of byFile.values()) {
    for (const s of marks.values()) {
      if (!s.used) unused.push({ file: s.file, line: s.line, column: s.column, message: `unused crewtel-ignore for ${s.rules.join(', ')}`, severity: 'warning' });
    }
  }
  return { kept, suppressed, unused };
}

/** The line itself, the comment block above it, and (inside a multi-line value) the key line and the comments above that. */
function candidateLines(lines: string[], line: number): number[] {
  const out = [line];
  const above = (from: number) => {
    for (let n = from - 1; n >= 1 && isCommentOnly(lines[n - 1] ?? ''); n--) out.push(n);
  };
  above(line);
  if (!KEY_LINE.test(lines[line - 1] ?? '')) {
    for (let n = line - 1; n >= 1 && n > line - 400; n--) {
      const l = lines[n - 1] ?? '';
      if (KEY_LINE.test(l)) {
        out.push(n);
        above(n);
        break;
      }
    }
  }
  return out;
}
