// The other ways data leaves a CrewAI process (spec i, h.11, h.22), each with its state
// for the modelled release and the switch that stops it. Values of variables are
// never reported: only whether they are set.
import { compareVersions } from '../release/version.js';
import type { Crew } from '../model/types.js';

export interface Channel {
  id: string;
  name: string;
  state: 'on' | 'off' | 'conditional' | 'not in this release';
  detail: string;
  switch: string;
  /** not stopped by CREWAI_DISABLE_TELEMETRY / OTEL_SDK_DISABLED / CREWAI_DISABLE_TRACKING */
  unaffectedByTelemetrySwitches: boolean;
}

const EXPORTER_VARS = [
  'OTEL_EXPORTER_OTLP_HEADERS',
  'OTEL_EXPORTER_OTLP_TRACES_HEADERS',
  'OTEL_EXPORTER_OTLP_CERTIFICATE',
  'OTEL_EXPORTER_OTLP_CLIENT_KEY',
  'OTEL_EXPORTER_OTLP_CLIENT_CERTIFICATE',
  'OTEL_PYTHON_EXPORTER_OTLP_HTTP_CREDENTIAL_PROVIDER',
  'OTEL_PYTHON_EXPORTER_OTLP_HTTP_TRACES_CREDENTIAL_PROVIDER',
  'HTTPS_PROXY',
  'https_proxy',
  'REQUESTS_CA_BUNDLE',
  'CURL_CA_BUNDLE',
];

const atLeast = (v: string, r: string) => compareVersions(v, r) >= 0;

export function outboundChannels(input: {
  version: string;
  env: Record<string, string | undefined>;
  telemetryEnabled: boolean;
  crews: Crew[];
  projectId?: string;
  hasFlows: boolean;
}): Channel[] {
  const { version, env } = input;
  const v = (name: string) => env[name];
  const out: Channel[] = [];

  const tracingEnv = (v('CREWAI_TRACING_ENABLED') ?? '').toLowerCase();
  const tracingCode = input.crews.find((c) => c.tracing.value === true);
  out.push({
    id: 'amp-tracing',
    name: 'CrewAI AMP tracing (full execution traces: prompts, outputs, tool arguments)',
    state: !atLeast(version, '0.157.0') ? 'not in this release' : tracingCode || ['true', '1'].includes(tracingEnv) ? 'on' : 'conditional',
    detail: !atLeast(version, '0.157.0')
      ? 'introduced in 0.157.0'
      : tracingCode
        ? `Crew(tracing=True) in ${tracingCode.id}`
        : ['true', '1'].includes(tracingEnv)
          ? 'CREWAI_TRACING_ENABLED is set to enable it'
          : version === '0.165.0'
            ? '0.165.0 asks at the first Crew construction with a default of Yes'
            : 'off unless consent was recorded; after a run on a TTY, CrewAI asks "view your execution traces? [y/N]"; the run TUI writes CREWAI_TRACING_ENABLED=true into ./.env when accepted',
    switch: 'tracing=False on the Crew/Flow; CREWAI_TRACING_ENABLED=false does NOT disable it (only true/1 are read)',
    unaffectedByTelemetrySwitches: true,
  });
  out.push({
    id: 'pypi-version-check',
    name: 'PyPI version check (GET pypi.org/pypi/crewai/json, once a day, verbose runs)',
    state: !atLeast(version, '1.10.0') ? 'not in this release' : v('CI') && ['true', '1'].includes(v('CI')!.toLowerCase()) ? 'off' : ['true', '1'].includes((v('CREWAI_DISABLE_VERSION_CHECK') ?? '').toLowerCase()) ? 'off' : 'conditional',
    detail: 'only when verbose output prints "crew started" or "flow started"',
    switch: 'CREWAI_DISABLE_VERSION_CHECK=true (or CI=true)',
    unaffectedByTelemetrySwitches: true,
  });
  const scarf = atLeast(version, '0.140.0') && !atLeast(version, '1.14.3');
  out.push({
    id: 'scarf',
    name: 'Scarf install pixel at import crewai (exposes IP and version)',
    state: !scarf ? 'not in this release' : input.telemetryEnabled ? 'on' : 'off',
    detail: scarf ? 'a background GET at import; skipped only if a telemetry switch is true at import time' : 'present 0.140.0 – 1.14.2',
    switch: 'any of the three telemetry variables = true, set before import crewai',
    unaffectedByTelemetrySwitches: false,
  });
  const setVars = EXPORTER_VARS.filter((n) => v(n) !== undefined && v(n) !== '');
  out.push({
    id: 'exporter-environment',
    name: 'OTLP exporter settings from the environment applied to requests to telemetry.crewai.com',
    state: setVars.length === 0 ? 'off' : input.telemetryEnabled ? 'on' : 'off',
    detail: setVars.length ? `set: ${setVars.join(', ')} (values not shown); headers are sent to CrewAI's collector, credentials/proxy/CA apply to its requests` : 'none of the OTLP header, certificate, credential-provider, proxy or CA variables is set',
    switch: 'unset them for the CrewAI process, or disable telemetry',
    unaffectedByTelemetrySwitches: false,
  });
  out.push({
    id: 'project-id',
    name: 'Persistent project_id from pyproject.toml on every span',
    state: !atLeast(version, '1.15.14') ? 'not in this release' : input.projectId ? (input.telemetryEnabled ? 'on' : 'off') : 'off',
    detail: input.projectId ? '[tool.crewai].project_id is set: one id for every machine and user of this repository' : 'no [tool.crewai].project_id; the CLI writes one on `crewai run` when a [tool.crewai] table exists',
    switch: 'remove project_id from [tool.crewai] (the CLI writes it back on the next crewai run)',
    unaffectedByTelemetrySwitches: false,
  });
  out.push({
    id: 'otel-baggage',
    name: 'OpenTelemetry baggage on your own outgoing HTTP requests (crew context, flow inputs)',
    state: !atLeast(version, '0.141.0') ? 'not in this release' : (v('OTEL_PROPAGATORS') ?? '').split(',').some((p) => p.trim() === 'baggage') || v('OTEL_PROPAGATORS') === undefined ? 'conditional' : 'off',
    detail: `only if the application instruments its HTTP clients with OpenTelemetry; then a baggage header carries crew_context${atLeast(version, '0.159.0') ? ' and the flow\'s input values (flow_inputs)' : ''} to LLM providers and tool APIs`,
    switch: 'OTEL_PROPAGATORS=tracecontext (no telemetry switch stops it)',
    unaffectedByTelemetrySwitches: true,
  });
  out.push({
    id: 'queued-spans',
    name: 'Spans already queued when a switch is flipped mid-process',
    state: atLeast(version, '0.130.0') ? 'conditional' : 'not in this release',
    detail: 'a switch set at run time stops new spans, but spans already in the batch queue are still exported on the next 5 s tick or at exit',
    switch: 'set the switch before the process starts',
    unaffectedByTelemetrySwitches: true,
  });
  return out;
}
