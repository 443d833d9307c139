// `crewtel env`: load → evaluate switches, channels, advisories → report. Loaded only when the command runs.
import { maskDiagnostic } from '../../assess/maskText.js';
import { formatDiagnostic } from '../../core/diagnostics.js';
import { totalCoverage } from '../../model/coverage.js';
import type { SourceSpan } from '../../core/source.js';
import { advisoriesFor } from '../../env/advisories.js';
import { outboundChannels } from '../../env/channels.js';
import { telemetryState, type TelemetryState } from '../../env/evaluate.js';
import { counts } from '../../env/switches.js';
import { loadProject, type LoadedProject } from '../../model/project.js';
import { normaliseVersion } from '../../release/version.js';
import { formatEnvJson } from '../../report/env/json.js';
import type { EnvReport } from '../../report/env/report.js';
import { formatEnvTable } from '../../report/env/table.js';
import type { EnvOptions } from '../commands/env.js';
import { makeIo, UsageError } from '../io.js';

const SEVERITY_RANK = { high: 3, medium: 2, low: 1 } as const;
const at = (s: SourceSpan) => `${s.file}:${s.start.line}:${s.start.column}`;

export async function runEnv(path: string, opts: EnvOptions): Promise<number> {
  if (opts.crewaiVersion !== undefined && !normaliseVersion(opts.crewaiVersion)) {
    throw new UsageError(`--crewai-version: "${opts.crewaiVersion}" is not a version (expected X.Y.Z, e.g. 0.114.0)`);
  }
  const io = makeIo(opts);
  const cwd = process.cwd();
  const project = await loadProject([path], { crewaiVersion: opts.crewaiVersion, cwd });
  const { model } = project;
  const { report, state } = envReport(project, cwd);
  const { notes } = report;
  io.out(opts.format === 'json' ? formatEnvJson(report) : formatEnvTable(report, io.color, { verbose: opts.verbose, width: io.width }));
  io.flush();
  for (const e of report.errors) io.err(formatDiagnostic(e));
  if (opts.verbose) for (const w of [...model.diagnostics, ...state.diagnostics].filter((d) => d.severity === 'warning')) io.err(formatDiagnostic(maskDiagnostic(w)));
  if (opts.format !== 'json' && !opts.quiet) for (const n of notes) io.err(io.color.dim(`note: ${n}`));
  if (report.errors.length) return 2;
  return opts.requireDisabled && state.telemetry === 'enabled' ? 1 : 0;
}

/** The env report of a loaded project, read against this process's environment (`crewtel report` uses it too). */
export function envReport(project: LoadedProject, cwd: string): { report: EnvReport; state: TelemetryState } {
  const { release, model } = project;
  const state = telemetryState(project, process.env, cwd);

  const tracingSettings = model.crews
    .filter((c) => c.tracing.origin !== 'default' && c.tracing.value !== null)
    .map((c) => ({ value: c.tracing.value as boolean, where: c.tracing.location ? at(c.tracing.location) : c.id }));
  // a switch that would disable telemetry, set after the import: spans before it are already queued
  const flipped = state.codeSwitches.find((s) => s.afterImport && s.effect !== 'ignored' && s.value !== undefined && counts(s.value));
  const notes = [...release.notes];
  for (const l of state.dotenvLoads.filter((x) => x.path !== undefined && !/(^|[\\/])\.env$/.test(x.path))) {
    notes.push(`load_dotenv("${l.path}") at ${at(l.location)} loads a file crewtel does not read; switches set there are not reflected`);
  }
  if (state.dotenvFile && state.dotenvMode === 'not-loaded') notes.push(`${state.dotenvFile} is not loaded (${state.precedence})`);

  const report: EnvReport = {
    crewaiVersion: release.version,
    crewaiVersionSource: release.source,
    crewaiVersionLocation: release.location ? at(release.location) : undefined,
    crewaiVersionExact: release.exact ?? release.source !== 'default',
    telemetry: state.telemetry,
    disabledBy: state.disabledBy,
    variables: state.variables,
    channels: outboundChannels({
      version: release.version,
      environment: state.environment,
      telemetryEnabled: state.telemetry === 'enabled',
      disabledAtImport: state.disabledAtImport,
      tracingSettings,
      projectId: model.projectId?.span,
      switchFlippedAt: flipped?.location,
    }),
    // most severe first; the catalog order (spec h) within a severity
    advisories: advisoriesFor(release.version).sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]),
    codeSwitches: state.codeSwitches,
    dotenvFile: state.dotenvFile,
    projectKind: state.projectKind,
    precedence: state.precedence,
    notes,
    errors: [...model.diagnostics, ...state.diagnostics].filter((d) => d.severity === 'error').map(maskDiagnostic),
    coverage: totalCoverage(model.crews),
  };
  return { report, state };
}
