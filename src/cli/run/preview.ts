// `crewtel preview`: load → simulate → report. Loaded only when the command runs.
import { readSource } from '../../core/readSource.js';
import { maskDiagnostic } from '../../assess/maskText.js';
import { crewCoverage, totalCoverage } from '../../model/coverage.js';
import { formatDiagnostic } from '../../core/diagnostics.js';
import { telemetryState } from '../../env/evaluate.js';
import { loadProject } from '../../model/project.js';
import type { Crew } from '../../model/types.js';
import { parseVersion } from '../../release/version.js';
import { formatPreviewJson } from '../../report/preview/json.js';
import { formatPreviewOtlp } from '../../report/preview/otlp.js';
import type { PreviewReport } from '../../report/preview/report.js';
import { formatPreviewTable } from '../../report/preview/table.js';
import { shareCrewAdditions } from '../../telemetry/diff.js';
import { parseKickoffInputs } from '../../telemetry/inputs.js';
import type { KickoffInputs } from '../../telemetry/interpolate.js';
import { simulate } from '../../telemetry/simulate.js';
import type { PreviewOptions } from '../commands/preview.js';
import { makeIo, UsageError } from '../io.js';
import { maskPreview } from '../../assess/maskPreview.js';
import { outsideEntry, outsideNote } from '../../model/outside.js';

/** --inputs '{"topic": "AI"}' or --inputs @inputs.json */
function readInputs(arg: string | undefined): KickoffInputs | undefined {
  if (arg === undefined) return undefined;
  let text = arg;
  if (arg.startsWith('@')) {
    const r = readSource(arg.slice(1), { file: arg.slice(1), kind: 'json' });
    if (!r.ok) throw new UsageError(`--inputs: cannot read ${arg.slice(1)} (${r.diagnostic.message.replace(/^cannot read file:? ?/, '')})`);
    text = r.source.text;
  }
  const parsed = parseKickoffInputs(text);
  if (!parsed.ok) throw new UsageError(`--inputs${arg.startsWith('@') ? ` ${arg.slice(1)}` : ''}: ${parsed.message}`);
  return parsed.inputs;
}

export async function runPreview(paths: string[], opts: PreviewOptions): Promise<number> {
  if (opts.crewaiVersion !== undefined && !parseVersion(opts.crewaiVersion)) {
    throw new UsageError(`--crewai-version ${opts.crewaiVersion}: not a version (expected X.Y.Z, e.g. 1.15.17)`);
  }
  const inputs = readInputs(opts.inputs);
  const io = makeIo(opts);
  const cwd = process.cwd();
  const project = await loadProject(paths, { crewaiVersion: opts.crewaiVersion, shareCrew: opts.shareCrew, cwd });
  const { model, release } = project;
  if (release.error) throw new UsageError(release.error);

  // --crewai-version models that release for every crew, whatever each one pins
  const crews: Crew[] = opts.crewaiVersion ? model.crews.map((c) => ({ ...c, release })) : model.crews;
  // agents no crew uses: shown in the spans of the crew that would carry them, marked hypothetical
  const outside: Crew[] = (model.outside ?? []).map((c) => (opts.crewaiVersion ? { ...c, release } : c));
  const base = { crews: [...crews, ...outside], flows: model.flows, version: release.version, inputs, projectId: model.projectId?.value };
  let spans;
  const notes = [...release.notes];
  if (opts.diff) {
    const shared = simulate({ ...base, shareCrew: true });
    const plain = simulate({ ...base, shareCrew: false });
    spans = shareCrewAdditions(shared.spans, plain.spans);
    notes.push(...shared.notes.filter((n) => !notes.includes(n)));
  } else {
    const result = simulate({ ...base, shareCrew: opts.shareCrew });
    spans = result.spans;
    notes.push(...result.notes.filter((n) => !notes.includes(n)));
  }

  const outsideIds = new Set(outside.map((c) => c.id));
  for (const s of spans) if (s.crewId !== undefined && outsideIds.has(s.crewId)) s.hypothetical = true;
  for (const c of outside) notes.push(outsideNote(c));

  const report: PreviewReport = {
    crewaiVersion: release.version,
    crewaiVersionSource: release.source,
    shareCrew: opts.diff ? true : (opts.shareCrew ?? (crews.length > 0 && crews.every((c) => c.shareCrew.value))),
    telemetryEnabled: telemetryState(project, process.env, cwd).telemetry === 'enabled',
    notes,
    crews: crews.map((c) => ({ id: c.id, name: c.name, shareCrew: opts.shareCrew ?? c.shareCrew.value, crewaiVersion: c.release?.version ?? release.version, coverage: crewCoverage(c) })),
    coverage: totalCoverage(crews),
    ...(outside.length ? { outsideCrews: outside.map((c) => outsideEntry(c, release.version)) } : {}),
    spans,
    diff: Boolean(opts.diff),
  };
  // same detectors and masking as audit: a CI log of a preview must not become the leak
  report.valuesMasked = opts.showValues ? false : maskPreview(report);
  const format = opts.format ?? 'table';
  io.out(format === 'json' ? formatPreviewJson(report) : format === 'otlp' ? formatPreviewOtlp(report) : formatPreviewTable(report, io.color));
  io.flush();

  // diagnostics quote keys and references: masked where they hold personal data or secrets
  const diagnostics = model.diagnostics.map(maskDiagnostic);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  for (const e of errors) io.err(formatDiagnostic(e));
  if (opts.verbose) for (const w of diagnostics.filter((d) => d.severity === 'warning')) io.err(formatDiagnostic(w));
  // report.notes are masked (a note can quote a kickoff input)
  if (!opts.quiet && format === 'table') for (const n of report.notes) io.err(io.color.dim(`note: ${n}`));
  return errors.length ? 2 : 0;
}
