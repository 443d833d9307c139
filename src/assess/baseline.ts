// Baselines: accept today's findings so a project can adopt the gate now and fail only
// on new ones. Entries hold rule, file and fingerprint (rule + file + field + a hash of
// the value), never line numbers (an edit above a finding keeps it baselined) and never
// the value (the file is committed; it must not become a second leak). The same value
// added again to the same field has the same fingerprint and stays accepted: it is no
// new exposure. Paths are relative to the directory crewtel ran in, so run it from the
// same place (the repository root) when writing and when checking.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Finding } from './types.js';

export interface BaselineEntry {
  ruleId: string;
  file: string;
  fingerprint: string;
}

export interface BaselineFile {
  tool: 'crewtel';
  version: 1;
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
  entries.sort((a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  const body: BaselineFile = { tool: 'crewtel', version: 1, findings: entries };
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
  if (b.version !== 1) return { error: `baseline version ${String(b.version)} is not supported by this crewtel` };
  const out = new Set<string>();
  for (const [i, f] of b.findings.entries()) {
    if (!f || typeof f.fingerprint !== 'string') return { error: `findings[${i}] has no fingerprint` };
    out.add(f.fingerprint);
  }
  return out;
}

export function readBaseline(path: string): Set<string> | { error: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { error: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message };
  }
  return parseBaseline(text);
}

export function applyBaseline(findings: Finding[], known: Set<string>): { kept: Finding[]; baselined: Finding[] } {
  const kept: Finding[] = [];
  const baselined: Finding[] = [];
  for (const f of findings) {
    if (known.has(f.fingerprint)) baselined.push({ ...f, suppressed: { kind: 'baseline' } });
    else kept.push(f);
  }
  return { kept, baselined };
}
