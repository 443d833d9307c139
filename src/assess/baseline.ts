// Baselines: accept today's findings so a project can adopt the gate now and fail only
// on new ones. Entries hold rule, file and fingerprint (rule + file + field + value hash),
// never line numbers and never the value.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Finding } from './types.js';

export interface BaselineFile {
  tool: 'crewtel';
  version: 1;
  findings: { ruleId: string; file: string; fingerprint: string }[];
}

export function writeBaseline(path: string, findings: Finding[]): void {
  const body: BaselineFile = {
    tool: 'crewtel',
    version: 1,
    findings: findings
      .map((f) => ({ ruleId: f.ruleId, file: f.file, fingerprint: f.fingerprint }))
      .sort((a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint)),
  };
  writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`);
}

export function readBaseline(path: string): Set<string> {
  const body = JSON.parse(readFileSync(path, 'utf8')) as BaselineFile;
  if (body.tool !== 'crewtel' || !Array.isArray(body.findings)) throw new Error('not a crewtel baseline file');
  return new Set(body.findings.map((f) => f.fingerprint));
}

export function applyBaseline(findings: Finding[], known: Set<string>): { kept: Finding[]; baselined: Finding[] } {
  const kept: Finding[] = [];
  const baselined: Finding[] = [];
  for (const f of findings) (known.has(f.fingerprint) ? baselined : kept).push(known.has(f.fingerprint) ? { ...f, suppressed: 'baseline' } : f);
  return { kept, baselined };
}
