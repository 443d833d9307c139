// `crewtel audit`: config → load → assess (policy) → suppressions → baseline → report.
// Loaded only when the command runs.
import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { applyBaseline, readBaseline, writeBaseline } from '../../assess/baseline.js';
import { assess } from '../../assess/index.js';
import { makePolicy } from '../../assess/policy.js';
import { applySuppressions } from '../../assess/suppress.js';
import { SEVERITY_RANK, type Finding, type Severity } from '../../assess/types.js';
import { loadConfig } from '../../config/load.js';
import { formatDiagnostic } from '../../core/diagnostics.js';
import { loadProject } from '../../model/project.js';
import { formatAuditGithub } from '../../report/audit/github.js';
import { formatAuditJson } from '../../report/audit/json.js';
import { formatAuditMarkdown } from '../../report/audit/markdown.js';
import type { AuditReport } from '../../report/audit/report.js';
import { formatAuditSarif } from '../../report/audit/sarif.js';
import { formatAuditTable } from '../../report/audit/table.js';
import { VERSION } from '../../version.js';
import type { AuditOptions } from '../commands/audit.js';
import { makeIo, UsageError } from '../io.js';
import { allRules } from '../rules.js';

const FORMATTERS: Record<string, (r: AuditReport, color: ReturnType<typeof makeIo>['color']) => string> = {
  json: formatAuditJson,
  sarif: formatAuditSarif,
  markdown: formatAuditMarkdown,
  github: formatAuditGithub,
  table: formatAuditTable,
};

export async function runAudit(paths: string[], opts: AuditOptions): Promise<number> {
  const io = makeIo(opts);
  const cwd = process.cwd();
  const cfg = loadConfig(opts.config, paths[0] ?? '.', cwd);
  if (cfg.diagnostics.some((d) => d.severity === 'error')) {
    for (const d of cfg.diagnostics) io.err(formatDiagnostic(d));
    return 2;
  }
  const failOn = opts.failOn ?? cfg.config['fail-on'] ?? 'high';
  const project = await loadProject(paths, { crewaiVersion: opts.crewaiVersion ?? cfg.config['crewai-version'], shareCrew: opts.shareCrew, cwd });
  const all = assess(project, { showValues: Boolean(opts.showValues), policy: makePolicy(cfg.config) });
  const { model, release } = project;

  const inline = applySuppressions(all.filter(withinPaths(paths, cwd)), model.files, cwd);
  if (opts.writeBaseline) {
    writeBaseline(opts.writeBaseline, inline.kept);
    io.err(`crewtel: wrote ${inline.kept.length} finding fingerprint(s) to ${opts.writeBaseline}`);
    return 0;
  }
  let kept = inline.kept;
  let baselined: Finding[] = [];
  if (opts.baseline) {
    let known: Set<string>;
    try {
      known = readBaseline(opts.baseline);
    } catch (e) {
      throw new UsageError(`--baseline ${opts.baseline}: ${(e as Error).message}`);
    }
    ({ kept, baselined } = applyBaseline(kept, known));
  }

  const errors = model.diagnostics.filter((d) => d.severity === 'error');
  const warnings = model.diagnostics.filter((d) => d.severity === 'warning');
  const summary = summarize(kept, model.files.length, model.crews.length);
  summary.suppressed = inline.suppressed.length;
  summary.baselined = baselined.length;
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
    findings: kept,
    suppressed: [...inline.suppressed, ...baselined],
    errors,
    warnings,
    rules: allRules(),
    failOn,
    summary,
  };
  io.out(FORMATTERS[opts.format ?? 'table'](report, io.color));
  io.flush();
  const machine = opts.format === 'json' || opts.format === 'sarif';
  for (const e of errors) io.err(formatDiagnostic(e));
  if (opts.verbose) {
    for (const w of warnings) io.err(formatDiagnostic(w));
    for (const u of inline.unused) io.err(formatDiagnostic(u));
  }
  if (!machine && !opts.quiet) for (const n of release.notes) io.err(io.color.dim(`note: ${n}`));
  if (errors.length > 0) return 2;
  return failing(kept, failOn) ? 1 : 0;
}

/** A single file given as PATH is audited for that file (its crew's code still informs the model). */
function withinPaths(paths: string[], cwd: string): (f: Finding) => boolean {
  const files = new Set<string>();
  const dirs: string[] = [];
  for (const p of paths.length ? paths : ['.']) {
    const abs = resolve(cwd, p);
    try {
      if (statSync(abs).isFile()) files.add(abs);
      else dirs.push(abs);
    } catch {
      dirs.push(abs);
    }
  }
  if (files.size === 0) return () => true;
  return (f) => {
    const abs = resolve(cwd, f.file);
    return files.has(abs) || dirs.some((d) => abs === d || abs.startsWith(d + sep)) || f.category === 'config' && f.ruleId.startsWith('advisory/');
  };
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
