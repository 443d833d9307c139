// Baselines: accept today's findings so a project can adopt the gate now and fail only
// on new ones. Entries hold rule, file and fingerprint (rule + file + field + which match
// in the field + an 8-bit digest of the value, see fingerprint.ts), never line numbers (an edit above a finding keeps it baselined) and never
// the value (the file is committed; it must not become a second leak). The same value
// added again to the same field has the same fingerprint and stays accepted: it is no
// new exposure. Paths are relative to the directory crewtel ran in, so run it from the
// same place (the repository root) when writing and when checking.
import { writeFileSync } from 'node:fs';
import { readSource } from '../core/readSource.js';
import { legacyFingerprint } from './fingerprint.js';
import type { Finding } from './types.js';
import { compareText } from '../core/compare.js';

export interface BaselineEntry {
  ruleId: string;
  file: string;
  fingerprint: string;
}

/**
 * Format 2 (written since crewtel 0.1 hardening): value fingerprints that cannot be
 * reversed by enumerating candidates (see fingerprint.ts). Format 1 files are still
 * read: their entries are matched against each finding's format-1 fingerprint.
 */
export const BASELINE_VERSION = 2;

export interface BaselineFile {
  tool: 'crewtel';
  version: 1 | 2;
  findings: BaselineEntry[];
}

export function baselineText(findings: Finding[]): string {
  const seen = new Set<string>();
  const entries: BaselineEntry[] = [];
  for (const f of findings) {
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    entries.push({ ruleId: f.ruleId, file: f.file, fingerprint: f.fingerprint });
  }
  entries.sort((a, b) => compareText(a.file, b.file) || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint));
  const body: BaselineFile = { tool: 'crewtel', version: BASELINE_VERSION, findings: entries };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** Writes the baseline; returns an error message instead of throwing. */
export function writeBaseline(path: string, findings: Finding[]): { count: number } | { error: string } {
  const text = baselineText(findings);
  try {
    writeFileSync(path, text);
  } catch (e) {
    return { error: `cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  return { count: (JSON.parse(text) as BaselineFile).findings.length };
}

export function parseBaseline(text: string): Set<string> | { error: string } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (e) {
    return { error: `not JSON (${(e as Error).message})` };
  }
  const b = body as Partial<BaselineFile> | null;
  if (!b || typeof b !== 'object' || b.tool !== 'crewtel' || !Array.isArray(b.findings)) {
    return { error: 'not a crewtel baseline (write one with --write-baseline)' };
  }
  if (b.version !== 1 && b.version !== 2) return { error: `baseline version ${String(b.version)} is not supported by this crewtel` };
  const out = new Set<string>();
  for (const [i, f] of b.findings.entries()) {
    if (!f || typeof f.fingerprint !== 'string') return { error: `findings[${i}] has no fingerprint` };
    out.add(f.fingerprint);
  }
  return out;
}

export function readBaseline(path: string): Set<string> | { error: string } {
  const r = readSource(path, { file: path, kind: 'json' });
  if (!r.ok) return { error: r.diagnostic.line ? `${r.diagnostic.line}:${r.diagnostic.column}: ${r.diagnostic.message}` : r.diagnostic.message };
  return parseBaseline(r.source.text);
}

export function applyBaseline(findings: Finding[], known: Set<string>): { kept: Finding[]; baselined: Finding[] } {
  const kept: Finding[] = [];
  const baselined: Finding[] = [];
  for (const f of findings) {
    // a format-1 baseline holds format-1 fingerprints of value findings
    const v1 = legacyFingerprint(f);
    if (known.has(f.fingerprint) || (v1 !== undefined && known.has(v1))) baselined.push({ ...f, suppressed: { kind: 'baseline' } });
    else kept.push(f);
  }
  return { kept, baselined };
}
