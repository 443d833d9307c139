// A suppression's reason is free text the team wrote and can quote the value it accepts
// ("Tom … is our founder"): before any output shows it, that value (read back from the
// finding's file:line:col) and every detector match in it are masked like the value.
import { readFileSync } from 'node:fs';
import { maskMatchesIn } from './maskText.js';
import type { Finding } from './types.js';

export function maskReasons(findings: Finding[], showValues: boolean): Finding[] {
  if (showValues) return findings;
  const lines = new Map<string, string[] | null>();
  return findings.map((f) => {
    const s = f.suppressed;
    if (!s?.reason) return f;
    const raw = matchedText(f, lines);
    const reason = maskMatchesIn(raw && raw.length >= 3 ? s.reason.split(raw).join(f.match) : s.reason, false);
    return reason === s.reason ? f : { ...f, suppressed: { ...s, reason } };
  });
}

/** The text a finding matched, as written at its location (undefined when it cannot be read back). */
function matchedText(f: Finding, cache: Map<string, string[] | null>): string | undefined {
  if (!cache.has(f.file)) {
    try {
      cache.set(f.file, readFileSync(f.file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/));
    } catch {
      cache.set(f.file, null);
    }
  }
  const lines = cache.get(f.file);
  if (!lines || f.line !== f.endLine) return undefined;
  return lines[f.line - 1]?.slice(f.column - 1, f.endColumn - 1) || undefined;
}
