// Privacy advisories by CrewAI release (spec h), as data: which releases are affected
// (`until` is the first release without it), what fixed it, how much it matters, and
// which project feature makes it relevant (audit reports an advisory only when its
// condition holds for the project; env lists every advisory of the release).
import type { Severity } from '../assess/types.js';
import { inRange, type ReleaseRange } from '../telemetry/versionRange.js';

export type AdvisoryCondition = 'always' | 'flows' | 'mcp' | 'fingerprint' | 'role-placeholder' | 'memory' | 'project-id' | 'reused-crew';

/** Text (and optionally a higher severity) that applies only to part of an advisory's range. */
export interface AdvisoryVariant {
  releases: ReleaseRange;
  text: string;
  severity?: Severity;
}

export interface Advisory {
  id: string;
  /** the row of spec h */
  spec: number;
  title: string;
  affected: ReleaseRange[];
  fixedIn?: string;
  severity: Severity;
  when: AdvisoryCondition;
  text: string;
  variants?: AdvisoryVariant[];
}

export const ADVISORIES: Advisory[] = [
  {
    id: 'advisory/hostname-sent', spec: 1, title: 'Machine hostname sent by default on Crew Created',
    affected: [{ since: '0.5.5', until: '0.11.0' }], fixedIn: '0.11.0', severity: 'medium', when: 'always',
    text: 'The machine hostname is a default attribute of Crew Created.',
  },
  {
    id: 'advisory/plain-http', spec: 2, title: 'Telemetry sent over plain HTTP',
    affected: [{ since: '0.5.5', until: '0.27.0' }], fixedIn: '0.27.0', severity: 'medium', when: 'always',
    text: 'Spans go to http://telemetry.crewai.com:4318 unencrypted: anyone on the network path can read them.',
  },
  {
    id: 'advisory/llm-base-url', spec: 3, title: 'LLM base_url sent by default (may reveal private endpoints)',
    affected: [{ since: '0.5.5', until: '0.55.2' }], fixedIn: '0.55.2', severity: 'medium', when: 'always',
    text: 'Crew Created carries the LLM base_url for LLM classes with a field named base_url (e.g. Ollama-style LangChain classes; an OpenAI endpoint stored as openai_api_base is not sent).',
  },
  {
    id: 'advisory/llm-settings', spec: 3, title: 'LLM model name and temperature sent by default',
    affected: [{ since: '0.5.5', until: '0.60.0' }], fixedIn: '0.60.0', severity: 'low', when: 'always',
    text: 'Crew Created carries the LLM object\'s model_name, temperature and similar settings by default.',
  },
  {
    id: 'advisory/platform-default', spec: 4, title: 'OS platform, release, version and CPU count sent by default',
    affected: [{ since: '0.5.5', until: '0.55.2' }], fixedIn: '0.55.2', severity: 'low', when: 'always',
    text: 'platform, platform_release, platform_version and cpus are default attributes (share_crew only since 0.55.2).',
  },
  {
    id: 'advisory/goal-backstory-default', spec: 5, title: 'Goals, backstories, task descriptions and expected outputs sent by default',
    affected: [{ since: '0.35.0', until: '0.55.2' }], fixedIn: '0.55.2', severity: 'high', when: 'always',
    text: 'Crew Created carries agent goal/backstory and task description/expected_output/context without share_crew.',
  },
  {
    id: 'advisory/task-output-default', spec: 6, title: 'Interpolated task text and task output sent by default',
    affected: [{ since: '0.35.0', until: '0.41.0' }], fixedIn: '0.41.0', severity: 'high', when: 'always',
    text: 'Task Execution carries the filled-in description, expected output and the task output without share_crew.',
  },
  {
    id: 'advisory/global-tracer-provider', spec: 7, title: "CrewAI's tracer provider is global: your own OpenTelemetry spans go to CrewAI's collector",
    affected: [{ since: '0.5.5', until: '0.27.0' }, { since: '0.28.5', until: '1.15.15' }], fixedIn: '1.15.15', severity: 'high', when: 'always',
    text: "With telemetry on and no provider installed earlier, CrewAI installs its TracerProvider as the process-global one, so spans of every other OpenTelemetry-instrumented library (HTTP servers, DB and Redis clients, ORMs) are exported to telemetry.crewai.com; if the application installed a provider first, CrewAI's spans (share_crew content included) go to the application's collector instead.",
    variants: [
      { releases: { since: '1.15.11', until: '1.15.15' }, text: "This release also attaches CrewAI's common-attribute processor to an application's pre-installed provider, stamping coding_agent (and from 1.15.14 runtime_context and project_id) on the application's own spans." },
    ],
  },
  {
    id: 'advisory/switch-not-read', spec: 8, title: 'Telemetry switches not read, or read only at import, by this release',
    affected: [{ since: '0.5.5', until: '0.140.0' }], fixedIn: '0.140.0', severity: 'medium', when: 'always',
    text: 'OTEL_SDK_DISABLED is read from 0.79.0, CREWAI_DISABLE_TELEMETRY from 0.114.0, CREWAI_DISABLE_TRACKING from 0.140.0, and only from 0.130.0 are they re-checked before every span.',
    variants: [
      { releases: { until: '0.79.0' }, severity: 'high', text: 'This release reads none of the switches: telemetry is always on. OTEL_SDK_DISABLED=true set before import works only through the OpenTelemetry SDK (≥ 1.24.0), depending on which SDK is installed.' },
      { releases: { since: '0.79.0', until: '0.114.0' }, severity: 'high', text: 'CREWAI_DISABLE_TELEMETRY, the switch the current docs name, is ignored by this release; only OTEL_SDK_DISABLED=true disables telemetry.' },
      { releases: { since: '0.114.0', until: '0.140.0' }, text: 'CREWAI_DISABLE_TRACKING is ignored by this release; use CREWAI_DISABLE_TELEMETRY=true or OTEL_SDK_DISABLED=true.' },
      { releases: { since: '0.79.0', until: '0.105.0' }, text: 'A switch set after `import crewai` covers crews built afterwards, but not flow spans (their Telemetry object is built at import).' },
      { releases: { since: '0.105.0', until: '0.121.0' }, text: 'A switch set after `import crewai` is ignored for crew, task and flow spans: they use a Telemetry object built at import.' },
      { releases: { since: '0.121.0', until: '0.130.0' }, text: 'A switch set after `import crewai` takes effect only at the next Telemetry() construction; spans before that still go out.' },
    ],
  },
  {
    id: 'advisory/interpolated-role', spec: 9, title: 'Agent roles are sent after {placeholder} filling on task spans',
    affected: [{ since: '0.186.0' }], severity: 'medium', when: 'role-placeholder',
    text: 'Task Created/Task Execution agent_role carries the role after kickoff inputs are filled in, by default: input values embedded in roles leave the machine.',
  },
  {
    id: 'advisory/rekickoff-leak', spec: 10, title: "A re-used crew sends the previous run's inputs in Crew Created",
    affected: [{ since: '0.41.0' }], severity: 'medium', when: 'role-placeholder',
    text: 'Kicking off the same Crew object again sends the role filled in by the previous run as the default role/agent_role.',
    variants: [{ releases: { since: '1.0.0', until: '1.7.0' }, text: 'In this release Crew Created also races with interpolation, so the current run\'s values can appear nondeterministically.' }],
  },
  {
    id: 'advisory/exporter-headers', spec: 11, title: 'OTLP exporter headers and credentials from the environment are sent to CrewAI',
    affected: [{ since: '0.5.5' }], severity: 'medium', when: 'always',
    text: "OTEL_EXPORTER_OTLP_HEADERS / OTEL_EXPORTER_OTLP_TRACES_HEADERS (often an API key for your own observability vendor), client certificates and, with current SDKs, an OTLP credential-provider session and the requests proxy/CA variables are applied by CrewAI's exporter to its requests to telemetry.crewai.com. `crewtel env` says which are set.",
  },
  {
    id: 'advisory/scarf-pixel', spec: 12, title: 'Scarf install pixel fetched at import crewai',
    affected: [{ since: '0.140.0', until: '1.14.3' }], fixedIn: '1.14.3', severity: 'medium', when: 'always',
    text: 'A background request to Scarf exposes the IP address and CrewAI version at every `import crewai` unless one of the three telemetry variables is true at import time.',
  },
  {
    id: 'advisory/fingerprint-metadata', spec: 13, title: 'Fingerprint metadata sent by default',
    affected: [{ since: '0.114.0' }], severity: 'low', when: 'fingerprint',
    text: 'security_config fingerprint metadata is sent as crew/task_fingerprint_metadata by default.',
  },
  {
    id: 'advisory/flow-method-names', spec: 14, title: 'Flow and method names sent by default (the docs say they are not)',
    affected: [{ since: '0.70.1' }], severity: 'medium', when: 'flows',
    text: 'Flow Execution carries flow_name and node_names (every method name) by default.',
  },
  {
    id: 'advisory/project-id', spec: 15, title: 'A persistent project_id links all telemetry of this repository',
    affected: [{ since: '1.15.11' }], severity: 'medium', when: 'project-id',
    text: '[tool.crewai].project_id in pyproject.toml, written by the CrewAI CLI without an opt-out and committed with the repository, is one id across machines, users and CI.',
    variants: [
      { releases: { since: '1.15.11', until: '1.15.14' }, severity: 'low', text: 'In this release it is sent with AMP traces and `crewai login`, not yet on telemetry spans (from 1.15.14).' },
      { releases: { since: '1.15.14' }, text: 'It is a common attribute of every telemetry span.' },
    ],
  },
  {
    id: 'advisory/create-flow-name', spec: 16, title: '`crewai create flow <Name>` sends the project name',
    affected: [{ since: '0.105.0', until: '1.14.5' }, { since: '1.15.15' }], severity: 'low', when: 'flows',
    text: 'The CLI sends the name given to `crewai create flow` (title-cased) as flow_name on a Flow Creation span.',
  },
  {
    id: 'advisory/amp-first-run-prompt', spec: 17, title: 'AMP tracing prompt with a default of Yes at the first Crew construction',
    affected: [{ since: '0.165.0', until: '0.165.1' }], fixedIn: '0.165.1', severity: 'high', when: 'always',
    text: 'Accepting (the default) uploads full execution traces to CrewAI AMP: prompts, outputs, tool arguments. No telemetry switch stops it.',
  },
  {
    id: 'advisory/chroma-telemetry', spec: 18, title: "Chroma's own product telemetry on for memory and knowledge",
    affected: [{ since: '0.27.0', until: '1.9.0' }], fixedIn: '1.9.0', severity: 'low', when: 'memory',
    text: "Memory/knowledge storage uses Chroma with its anonymized telemetry on (governed by Chroma's ANONYMIZED_TELEMETRY, not by CrewAI's switches).",
  },
  {
    id: 'advisory/naive-timestamps', spec: 19, title: "Fingerprint timestamps reveal the host's UTC offset",
    affected: [{ since: '0.114.0' }], severity: 'low', when: 'always',
    text: '*_fingerprint_created_at are naive local times next to UTC span timestamps.',
  },
  {
    id: 'advisory/fingerprint-verbatim', spec: 20, title: 'User-chosen fingerprint identifiers sent verbatim by default',
    affected: [{ since: '0.186.0' }], severity: 'medium', when: 'fingerprint',
    text: "A security_config fingerprint dict's uuid_str and created_at become crew/agent/task_fingerprint by default.",
  },
  {
    id: 'advisory/mcp-server-names', spec: 21, title: 'MCP server command lines and URLs sent in default tool names',
    affected: [{ since: '1.0.0' }], severity: 'medium', when: 'mcp',
    text: 'MCP tools are named <server>_<tool>: the URL host, port, path and any user:password@ (and from 1.4.0 the stdio command line) reach tool_name by default.',
    variants: [{ releases: { since: '1.4.0', until: '1.9.0' }, text: 'In this release stdio command lines are sent raw and untruncated.' }],
  },
  {
    id: 'advisory/otel-baggage', spec: 22, title: 'Crew context and flow inputs ride OpenTelemetry baggage on your outgoing requests',
    affected: [{ since: '0.141.0' }], severity: 'low', when: 'always',
    text: 'With OpenTelemetry HTTP-client instrumentation and the default propagators, a baggage header carries crew_context to LLM providers and tool APIs; no telemetry switch stops it (OTEL_PROPAGATORS=tracecontext does).',
    variants: [{ releases: { since: '0.159.0' }, text: "From 0.159.0 the flow's input values (flow_inputs) ride along, and from 1.9.0 flow_input_files." }],
  },
  {
    id: 'advisory/suppress-flow-events', spec: 23, title: 'suppress_flow_events does not stop Flow Execution spans',
    affected: [{ since: '1.14.7' }], severity: 'low', when: 'flows',
    text: 'A flow that sets suppress_flow_events=True still sends flow_name and node_names on kickoff.',
  },
];

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

/** The advisories of a release, with the text and severity of the variants that apply to it. */
export function advisoriesFor(version: string): Advisory[] {
  return ADVISORIES.filter((a) => a.affected.some((r) => inRange(version, r))).map((a) => {
    const variants = (a.variants ?? []).filter((v) => inRange(version, v.releases));
    if (variants.length === 0) return a;
    const explicit = variants.map((v) => v.severity).filter((s): s is Severity => Boolean(s));
    // a variant that names a severity decides it (the highest, when several apply)
    const severity = explicit.length ? explicit.reduce((x, y) => (RANK[y] > RANK[x] ? y : x)) : a.severity;
    return { ...a, severity, text: [a.text, ...variants.map((v) => v.text)].join(' ') };
  });
}
