// `crewtel preview`: load → simulate → report. Loaded only when the command runs.
import { readFileSync } from 'node:fs';
import { formatDiagnostic } from '../../core/diagnostics.js';
import { telemetryState } from '../../env/evaluate.js';
import { loadProject } from '../../model/project.js';
import { parseVersion } from '../../release/version.js';
import { formatPreviewJson } from '../../report/preview/json.js';
import { formatPreviewOtlp } from '../../report/preview/otlp.js';
import type { PreviewReport } from '../../report/preview/report.js';
import { formatPreviewTable } from '../../report/preview/table.js';
import { simulateKickoff, type SimulatedSpan } from '../../telemetry/simulate.js';
import type { PreviewOptions } from '../commands/preview.js';
import { makeIo, UsageError } from '../io.js';

function parseInputs(arg: string | undefined): Record<string, unknown> | undefined {
  if (arg === undefined) return undefined;
  let text = arg;
  if (arg.startsWith('@')) {
    try {
      text = readFileSync(arg.slice(1), 'utf8');
    } catch {
      throw new UsageError(`--inputs: cannot read ${arg.slice(1)}`);
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`--inputs: not valid JSON (${(e as Error).message})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new UsageError('--inputs: expected a JSON object of input names to values');
  return value as Record<string, unknown>;
}

/** Spans and attributes present with share_crew on but not in default mode. */
function shareCrewAdds(withShare: SimulatedSpan[], without: SimulatedSpan[]): SimulatedSpan[] {
  const pool = [...without];
  const out: SimulatedSpan[] = [];
  for (const s of withShare) {
    const i = pool.findIndex((d) => d.name === s.name && d.subject === s.subject);
    if (i === -1) {
      out.push(s);
      continue;
    }
    const base = pool.splice(i, 1)[0];
    const keys = new Set(base.attributes.map((a) => `${a.key}\0${a.value}`));
    const added = s.attributes.filter((a) => !keys.has(`${a.key}\0${a.value}`));
    if (added.length) out.push({ ...s, attributes: added });
  }
  return out;
}

export async function runPreview(paths: string[], opts: PreviewOptions): Promise<number> {
  const io = makeIo(opts);
  if (opts.crewaiVersion !== undefined && !parseVersion(opts.crewaiVersion)) {
    throw new UsageError(`--crewai-version ${opts.crewaiVersion}: not a version (expected X.Y.Z, e.g. 1.15.17)`);
  }
  const inputs = parseInputs(opts.inputs);
  const project = await loadProject(paths, { crewaiVersion: opts.crewaiVersion, shareCrew: opts.shareCrew, cwd: process.cwd() });
  const { model, release } = project;
  const base = { crews: model.crews, flows: model.flows, version: release.version, inputs, projectId: model.projectId?.value };
  const spans = opts.diff
    ? shareCrewAdds(simulateKickoff({ ...base, shareCrew: true }), simulateKickoff({ ...base, shareCrew: false }))
    : simulateKickoff({ ...base, shareCrew: opts.shareCrew });
  const notes = [...release.notes];
  if (!inputs && model.crews.some((c) => c.inputs)) notes.push('{placeholders} are filled with the inputs found in the project (kickoff calls, JSON crew "inputs"); pass --inputs to use others');
  const state = telemetryState(project, process.env);
  const report: PreviewReport = {
    crewaiVersion: release.version,
    crewaiVersionSource: release.source,
    shareCrew: opts.diff ? true : (opts.shareCrew ?? (model.crews.length > 0 && model.crews.every((c) => c.shareCrew.value))),
    telemetryEnabled: state.telemetry === 'enabled',
    notes,
    crews: model.crews.map((c) => ({ id: c.id, name: c.name, shareCrew: c.shareCrew.value, crewaiVersion: c.release?.version ?? release.version })),
    spans,
    diff: Boolean(opts.diff),
  };
  io.out(opts.format === 'json' ? formatPreviewJson(report) : opts.format === 'otlp' ? formatPreviewOtlp(report) : formatPreviewTable(report, io.color));
  io.flush();
  const errors = model.diagnostics.filter((d) => d.severity === 'error');
  for (const e of errors) io.err(formatDiagnostic(e));
  if (opts.verbose) for (const w of model.diagnostics.filter((d) => d.severity === 'warning')) io.err(formatDiagnostic(w));
  if (!opts.quiet && opts.format === 'table') for (const n of notes) io.err(io.color.dim(`note: ${n}`));
  return errors.length ? 2 : 0;
}
