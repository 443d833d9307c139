// The other ways data leaves a CrewAI process (spec i, h.11, h.22), each with its state
// for the modelled release and the switch that stops it. Variables are reported by name
// and source only ("set"), never by value.
import type { SourceSpan } from '../core/source.js';
import { compareVersions } from '../release/version.js';
import { inRange, type ReleaseRange } from '../telemetry/versionRange.js';
import type { ResolvedVariable } from './evaluate.js';

export type ChannelState = 'on' | 'off' | 'conditional' | 'applies' | 'not-in-release';

export interface Channel {
  id: string;
  name: string;
  state: ChannelState;
  /** why it is in that state (names of variables and files, never values) */
  detail: string;
  /** what stops it */
  switch: string;
  /** CREWAI_DISABLE_TELEMETRY / OTEL_SDK_DISABLED / CREWAI_DISABLE_TRACKING do not stop it */
  unaffectedByTelemetrySwitches: boolean;
  /** variables that were found set, with where (values never included) */
  setVariables?: { name: string; source: string; location?: string }[];
}

export interface ChannelInput {
  version: string;
  environment: Map<string, ResolvedVariable>;
  telemetryEnabled: boolean;
  /** a switch is true when `import crewai` runs (what the Scarf pixel consulted) */
  disabledAtImport: boolean;
  /** Crew(tracing=…) / JSON crew "tracing" settings that are written down */
  tracingSettings: { value: boolean; where: string }[];
  projectId?: SourceSpan;
  /** a telemetry switch is set in code after `import crewai` (flipped mid-process) */
  switchFlippedAt?: SourceSpan;
}

const atLeast = (v: string, r: string) => compareVersions(v, r) >= 0;
const within = (v: string, r: ReleaseRange) => inRange(v, r);
const where = (s: SourceSpan) => `${s.file}:${s.start.line}:${s.start.column}`;

/** Exporter settings that carry credentials to telemetry.crewai.com (spec a, h.11). */
const EXPORTER_CREDENTIALS = [
  'OTEL_EXPORTER_OTLP_HEADERS',
  'OTEL_EXPORTER_OTLP_TRACES_HEADERS',
  'OTEL_EXPORTER_OTLP_CLIENT_CERTIFICATE',
  'OTEL_EXPORTER_OTLP_CLIENT_KEY',
  'OTEL_EXPORTER_OTLP_TRACES_CLIENT_CERTIFICATE',
  'OTEL_EXPORTER_OTLP_TRACES_CLIENT_KEY',
  'OTEL_PYTHON_EXPORTER_OTLP_HTTP_CREDENTIAL_PROVIDER',
  'OTEL_PYTHON_EXPORTER_OTLP_HTTP_TRACES_CREDENTIAL_PROVIDER',
];

/** Settings that change how the export request travels, without adding data to it. */
const EXPORTER_CONNECTION = [
  'OTEL_EXPORTER_OTLP_CERTIFICATE',
  'OTEL_EXPORTER_OTLP_TRACES_CERTIFICATE',
  'OTEL_EXPORTER_OTLP_COMPRESSION',
  'OTEL_EXPORTER_OTLP_TRACES_COMPRESSION',
  'HTTPS_PROXY',
  'https_proxy',
  'NO_PROXY',
  'no_proxy',
  'REQUESTS_CA_BUNDLE',
  'CURL_CA_BUNDLE',
];

export function outboundChannels(input: ChannelInput): Channel[] {
  const { version, environment } = input;
  const get = (name: string) => environment.get(name);
  const value = (name: string) => get(name)?.value ?? undefined;
  const isSet = (name: string) => {
    const v = get(name);
    return Boolean(v && v.source !== null && (v.unknown || (v.value ?? '') !== ''));
  };
  const setList = (names: string[]) =>
    names.filter(isSet).map((name) => {
      const v = get(name)!;
      return { name, source: v.source!, location: v.location };
    });
  const names = (list: { name: string; source: string; location?: string }[]) => list.map((s) => `${s.name} (${s.location ?? s.source})`).join(', ');
  const lower = (name: string) => (value(name) ?? '').toLowerCase();
  const out: Channel[] = [];

  // --- i.1 AMP tracing -------------------------------------------------------------
  {
    const since = '0.157.0';
    const accepted = atLeast(version, '1.5.0') ? ['true', '1'] : ['true'];
    const envOn = accepted.includes(lower('CREWAI_TRACING_ENABLED'));
    const codeOn = input.tracingSettings.filter((t) => t.value);
    const codeOff = input.tracingSettings.filter((t) => !t.value);
    let state: ChannelState;
    let detail: string;
    const tracingVar = get('CREWAI_TRACING_ENABLED');
    if (!atLeast(version, since)) {
      state = 'not-in-release';
      detail = `AMP tracing was introduced in ${since}`;
    } else if (codeOn.length) {
      state = 'on';
      detail = `tracing=True at ${codeOn.map((t) => t.where).join(', ')}`;
    } else if (codeOff.length && !envOn) {
      state = 'off';
      detail = `tracing=False at ${codeOff.map((t) => t.where).join(', ')}`;
    } else if (envOn) {
      state = codeOff.length ? 'conditional' : 'on';
      const from = tracingVar?.source === '.env' ? `${tracingVar.location} (the \`crewai run\` TUI writes this line when its tracing consent is accepted)` : tracingVar?.location ?? 'the process environment';
      detail = `CREWAI_TRACING_ENABLED is set to a value that enables it, in ${from}${codeOff.length ? `; crews with tracing=False (${codeOff.map((t) => t.where).join(', ')}) stay off` : ''}`;
    } else if (version === '0.165.0') {
      state = 'conditional';
      detail = '0.165.0 asks at the first Crew construction, with a default of Yes, whether to enable tracing';
    } else if (within(version, { since: '0.165.1', until: '0.193.0' })) {
      state = 'off';
      detail = 'opt-in only in this release: CREWAI_TRACING_ENABLED=true or tracing=True';
    } else {
      state = 'conditional';
      detail =
        'off unless consent is recorded: after a run on a terminal CrewAI asks "Would you like to view your execution traces? [y/N]" (yes uploads and records consent' +
        (atLeast(version, '1.5.0') ? ', kept per project in .crewai_user.json' : '') +
        '); the `crewai run` TUI writes CREWAI_TRACING_ENABLED=true into ./.env when its consent is accepted' +
        (lower('CREWAI_TESTING') === 'true' ? '; CREWAI_TESTING=true skips the first-run prompt' : '');
    }
    out.push({
      id: 'amp-tracing',
      name: 'CrewAI AMP tracing (full execution traces: prompts, outputs, tool arguments)',
      state,
      detail,
      switch: 'tracing=False on the Crew/Flow (or "tracing": false in a JSON crew); `crewai traces disable`; CREWAI_TRACING_ENABLED=false does NOT turn it off (only true' + (atLeast(version, '1.5.0') ? '/1 are' : ' is') + ' read)',
      unaffectedByTelemetrySwitches: true,
      setVariables: setList(['CREWAI_TRACING_ENABLED', 'CREWAI_PLUS_URL']),
    });
  }

  // --- i.2 PyPI version check --------------------------------------------------------
  {
    const since = '1.10.0';
    const ci = ['true', '1'].includes(lower('CI'));
    const disabled = ['true', '1'].includes(lower('CREWAI_DISABLE_VERSION_CHECK'));
    out.push({
      id: 'pypi-version-check',
      name: 'PyPI version check (GET pypi.org/pypi/crewai/json, at most once a day)',
      state: !atLeast(version, since) ? 'not-in-release' : ci || disabled ? 'off' : 'conditional',
      detail: !atLeast(version, since)
        ? `introduced in ${since}`
        : disabled
          ? 'CREWAI_DISABLE_VERSION_CHECK turns it off here'
          : ci
            ? 'CI is set here, which turns it off'
            : 'when verbose output prints "crew started" or "flow started"',
      switch: 'CREWAI_DISABLE_VERSION_CHECK=true (CI=true also skips it)',
      unaffectedByTelemetrySwitches: true,
    });
  }

  // --- i.3 Scarf ---------------------------------------------------------------------
  {
    const range = { since: '0.140.0', until: '1.14.3' };
    const present = within(version, range);
    out.push({
      id: 'scarf',
      name: 'Scarf install pixel at `import crewai` (exposes IP address and CrewAI version)',
      state: !present ? 'not-in-release' : input.disabledAtImport ? 'off' : 'on',
      detail: !present
        ? 'present 0.140.0 – 1.14.2 only'
        : input.disabledAtImport
          ? 'a telemetry switch is true at import, which skips it'
          : 'a background GET at every import; skipped only when a telemetry switch is true at import time',
      switch: 'OTEL_SDK_DISABLED, CREWAI_DISABLE_TELEMETRY or CREWAI_DISABLE_TRACKING = true before `import crewai`',
      unaffectedByTelemetrySwitches: false,
    });
  }

  // --- a / h.11 exporter credentials and connection settings ---------------------------
  {
    const creds = setList(EXPORTER_CREDENTIALS);
    out.push({
      id: 'exporter-credentials',
      name: "OTLP exporter headers, client certificate and credential provider applied to CrewAI's exporter",
      state: creds.length === 0 ? 'off' : input.telemetryEnabled ? 'on' : 'off',
      detail: creds.length
        ? `set: ${names(creds)} (values not shown); ${input.telemetryEnabled ? 'they travel to telemetry.crewai.com with every export' : 'they would travel to telemetry.crewai.com if telemetry were on'}`
        : 'none of the OTLP header, client-certificate or credential-provider variables is set',
      switch: 'keep them out of the CrewAI process environment (pass them only to your own exporter), or disable telemetry',
      unaffectedByTelemetrySwitches: false,
      setVariables: creds,
    });
    const conn = setList(EXPORTER_CONNECTION);
    out.push({
      id: 'exporter-connection',
      name: "Proxy, CA bundle, server certificate and compression settings applied to requests to CrewAI's collector",
      state: conn.length === 0 ? 'off' : input.telemetryEnabled ? 'applies' : 'off',
      detail: conn.length
        ? `set: ${names(conn)} (values not shown); the export to telemetry.crewai.com uses them${input.telemetryEnabled ? '' : ' when telemetry is on'}`
        : 'none set',
      switch: 'unset them for the CrewAI process, or disable telemetry',
      unaffectedByTelemetrySwitches: false,
      setVariables: conn,
    });
  }

  // --- d / h.15 project_id -----------------------------------------------------------
  {
    const onSpans = atLeast(version, '1.15.14');
    const inAmp = atLeast(version, '1.15.11');
    const id = input.projectId;
    const amp = out.find((c) => c.id === 'amp-tracing')!.state;
    const sent = (onSpans && input.telemetryEnabled) || amp === 'on';
    out.push({
      id: 'project-id',
      name: 'Persistent project_id from pyproject.toml [tool.crewai]',
      state: !inAmp ? 'not-in-release' : !id ? 'off' : sent ? 'on' : 'conditional',
      detail: !inAmp
        ? 'introduced in 1.15.11'
        : id
          ? `project_id is set at ${where(id)}; it goes ${[
              onSpans ? (input.telemetryEnabled ? 'on every telemetry span' : 'on every telemetry span when telemetry is on') : '',
              amp === 'on' ? 'with every AMP trace (tracing is on)' : 'with AMP traces when tracing is on',
              'with `crewai login`',
            ]
              .filter(Boolean)
              .join(', ')}: one id for every machine and user of this repository`
          : 'no [tool.crewai].project_id; the CrewAI CLI writes one into an existing [tool.crewai] table on create and on every `crewai run`',
      switch: onSpans ? 'disable telemetry (and AMP tracing); removing the line does not last: `crewai run` writes it back' : 'AMP tracing off; removing the line does not last: `crewai run` writes it back',
      unaffectedByTelemetrySwitches: !onSpans,
    });
  }

  // --- i.7 / h.22 baggage --------------------------------------------------------------
  {
    const propagators = get('OTEL_PROPAGATORS');
    const list = (propagators?.value ?? '').split(',').map((p) => p.trim().toLowerCase());
    const noBaggage = propagators?.source != null && !propagators.unknown && !list.includes('baggage');
    const carried = ['crew_context', atLeast(version, '0.159.0') ? "the flow's input values (flow_inputs)" : '', atLeast(version, '1.9.0') ? 'flow_input_files' : ''].filter(Boolean).join(', ');
    out.push({
      id: 'otel-baggage',
      name: 'OpenTelemetry baggage on your own outgoing HTTP requests (crew context, flow inputs)',
      state: !atLeast(version, '0.141.0') ? 'not-in-release' : noBaggage ? 'off' : 'conditional',
      detail: !atLeast(version, '0.141.0')
        ? 'introduced in 0.141.0'
        : noBaggage
          ? `OTEL_PROPAGATORS (${propagators!.location ?? propagators!.source}) leaves out baggage`
          : `when the application instruments its HTTP clients with OpenTelemetry (default propagators tracecontext,baggage): a baggage header carries ${carried} on every request made during kickoff — LLM providers, tool APIs, MCP over HTTP; not sent to telemetry.crewai.com`,
      switch: 'OTEL_PROPAGATORS=tracecontext in the application (no telemetry switch stops it)',
      unaffectedByTelemetrySwitches: true,
    });
  }

  // --- b: spans queued before a switch is flipped ---------------------------------------
  {
    const flipped = input.switchFlippedAt;
    out.push({
      id: 'queued-spans',
      name: 'Spans already queued when a switch is flipped mid-process',
      state: flipped && atLeast(version, '0.130.0') ? 'conditional' : 'off',
      detail: flipped && !atLeast(version, '0.130.0')
        ? `a switch is set at ${where(flipped)}, after \`import crewai\`, but this release does not re-check switches before each span (see the switches set in code)`
        : flipped
        ? `a switch is set at ${where(flipped)}, after \`import crewai\`: spans that ended before that line runs stay in the batch queue and are exported on the next 5 s tick or at exit`
        : 'no switch is flipped in the project\'s code after `import crewai`',
      switch: 'set the switch in the environment before the process starts',
      unaffectedByTelemetrySwitches: true,
    });
  }
  return out;
}
