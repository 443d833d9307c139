// `crewtel env`: load → evaluate switches, channels, advisories → report.
import { formatDiagnostic } from '../../core/diagnostics.js';
import { advisoriesFor } from '../../env/advisories.js';
import { outboundChannels } from '../../env/channels.js';
import { telemetryState } from '../../env/evaluate.js';
import { loadProject } from '../../model/project.js';
import { formatEnvJson } from '../../report/env/json.js';
import type { EnvReport } from '../../report/env/report.js';
import { formatEnvTable } from '../../report/env/table.js';
import type { EnvOptions } from '../commands/env.js';
import { makeIo } from '../io.js';

export async function runEnv(path: string, opts: EnvOptions): Promise<number> {
  const io = makeIo(opts);
  const project = await loadProject([path], { crewaiVersion: opts.crewaiVersion, cwd: process.cwd() });
  const { release, model } = project;
  const state = telemetryState(project, process.env);
  const dotenvValues = Object.fromEntries(state.dotenv.map((e) => [e.key, e.value]));
  const report: EnvReport = {
    crewaiVersion: release.version,
    crewaiVersionSource: release.source,
    telemetry: state.telemetry,
    disabledBy: state.disabledBy,
    variables: state.variables,
    channels: outboundChannels({
      version: release.version,
      env: { ...dotenvValues, ...process.env },
      telemetryEnabled: state.telemetry === 'enabled',
      crews: model.crews,
      projectId: model.projectId?.value,
      hasFlows: model.flows.length > 0,
    }),
    advisories: advisoriesFor(release.version),
    codeSwitches: state.codeSwitches,
    dotenvFiles: state.dotenvFiles,
    notes: [
      ...release.notes,
      state.projectKind === 'classic'
        ? 'classic crew project: the shell environment wins over .env (python-dotenv override=False)'
        : 'JSON crew / declarative flow: `crewai run` loads ./.env with override=True, so .env wins over the shell',
    ],
  };
  io.out(opts.format === 'json' ? formatEnvJson(report) : formatEnvTable(report, io.color));
  io.flush();
  const errors = [...model.diagnostics, ...state.diagnostics].filter((d) => d.severity === 'error');
  for (const e of errors) io.err(formatDiagnostic(e));
  if (opts.format !== 'json' && !opts.quiet) for (const n of report.notes) io.err(io.color.dim(`note: ${n}`));
  if (errors.length) return 2;
  return opts.requireDisabled && state.telemetry === 'enabled' ? 1 : 0;
}
