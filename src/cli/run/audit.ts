// `crewtel audit`: load → assess → report. Loaded only when the command runs.
import { assess } from '../../assess/index.js';
import { SEVERITY_RANK, type Finding, type Severity } from '../../assess/types.js';
import { formatDiagnostic } from '../../core/diagnostics.js';
import { loadProject } from '../../model/project.js';
import { formatAuditJson } from '../../report/audit/json.js';
import type { AuditReport } from '../../report/audit/report.js';
import { formatAuditTable } from '../../report/audit/table.js';
import { VERSION } from '../../version.js';
import { makeIo } from '../io.js';
import { allRules } from '../rules.js';
import type { AuditOptions } from '../commands/audit.js';

export async function runAudit(paths: string[], opts: AuditOptions): Promise<number> {
  const io = makeIo(opts);
  const project = await loadProject(paths, { crewaiVersion: opts.crewaiVersion, shareCrew: opts.shareCrew, cwd: process.cwd() });
  const findings = assess(project, { showValues: Boolean(opts.showValues) });
  const { model, release } = project;
  const errors = model.diagnostics.filter((d) => d.severity === 'error');
  const warnings = model.diagnostics.filter((d) => d.severity === 'warning');
  const report: AuditReport = {
    tool: { name: 'crewtel', version: VERSION },
    crewaiVersion: release.version,
    crewaiVersionSource: release.source,
    notes: release.notes,
    crews: model.crews.map((c) => ({
      root: c.id,
      name: c.name,
      shareCrew: c.shareCrew.value,
      shareCrewSource: c.shareCrew.location ? `${c.shareCrew.location.file}:${c.shareCrew.location.start.line}` : c.shareCrew.origin === 'cli' ? '--share-crew' : null,
      crewaiVersion: c.release?.version ?? release.version,
    })),
    findings,
    suppressed: [],
    errors,
    warnings,
    rules: allRules(),
    failOn: opts.failOn,
    summary: summarize(findings, model.files.length, model.crews.length),
  };
  io.out(opts.format === 'json' ? formatAuditJson(report) : formatAuditTable(report, io.color));
  io.flush();
  if (opts.format !== 'json') {
    for (const e of errors) io.err(formatDiagnostic(e));
    if (opts.verbose) for (const w of warnings) io.err(formatDiagnostic(w));
    if (!opts.quiet) for (const n of release.notes) io.err(io.color.dim(`note: ${n}`));
  }
  if (errors.length > 0) return 2;
  return failing(findings, opts.failOn) ? 1 : 0;
}

export function failing(findings: Finding[], failOn: string): boolean {
  if (failOn === 'never') return false;
  const threshold = SEVERITY_RANK[failOn as Severity];
  return findings.some((f) => SEVERITY_RANK[f.severity] >= threshold);
}

export function summarize(findings: Finding[], files: number, crews: number): AuditReport['summary'] {
  const bySeverity = { high: 0, medium: 0, low: 0 };
  for (const f of findings) bySeverity[f.severity]++;
  return { files, crews, findings: findings.length, bySeverity, suppressed: 0, baselined: 0 };
}
