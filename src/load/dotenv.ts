// .env files as python-dotenv reads them: KEY=VALUE, `export KEY=…`, single/double
// quotes (escapes in double quotes), ` #` comments after unquoted values. Values are
// kept only in memory: crewtel prints the three telemetry switches, nothing else.
import type { Diagnostic } from '../core/diagnostics.js';
import type { SourceSpan, SourceText } from '../core/source.js';

export interface DotenvEntry {
  key: string;
  value: string;
  location: SourceSpan;
}

export function parseDotenv(src: SourceText): { entries: DotenvEntry[]; diagnostics: Diagnostic[] } {
  const entries: DotenvEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  const text = src.text;
  let offset = 0;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    const lineStart = offset;
    offset += rawLine.length + 1;
    if (/^\s*(#|$)/.test(line)) continue;
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m) {
      diagnostics.push({ file: src.file, ...src.lines.position(lineStart), message: 'not a KEY=VALUE line (python-dotenv skips it)', severity: 'warning' });
      continue;
    }
    let value = m[2];
    if (value.startsWith('"')) {
      const end = value.indexOf('"', 1);
      value = (end === -1 ? value.slice(1) : value.slice(1, end)).replace(/\\(["\\nt])/g, (_x, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
    } else if (value.startsWith("'")) {
      const end = value.indexOf("'", 1);
      value = end === -1 ? value.slice(1) : value.slice(1, end);
    } else {
      value = value.replace(/\s+#.*$/, '').trim();
    }
    const at = lineStart + line.indexOf(m[1]);
    entries.push({ key: m[1], value, location: src.span(at, at + m[1].length) });
  }
  return { entries, diagnostics };
}
