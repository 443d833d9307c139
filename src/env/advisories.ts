// Privacy advisories by CrewAI release (spec h), as data: which releases are affected,
// what fixed it, how much it matters, and which project feature makes it relevant.
import type { Severity } from '../assess/types.js';
import { inRange, type ReleaseRange } from '../telemetry/versionRange.js';

export type AdvisoryCondition = 'always' | 'flows' | 'mcp' | 'fingerprint' | 'role-placeholder' | 'memory' | 'project-id' | 'reused-crew';

export interface Advisory {
  id: string;
  title: string;
  affected: ReleaseRange[];
  fixedIn?: string;
  severity: Severity;
  when: AdvisoryCondition;
  text: string;
}

export const ADVISORIES: Advisory[] = [
  { id: 'advisory/hostname-sent', title: 'Machine hostname sent by default on Crew Created', affected: [{ since: '0.5.5', until: '0.11.0' }], fixedIn: '0.11.0', severity: 'medium', when: 'always', text: 'The machine hostname is a default attribute of Crew Created.' },
  { id: 'advisory/plain-http', title: 'Telemetry sent over plain HTTP', affected: [{ until: '0.27.0' }], fixedIn: '0.27.0', severity: 'medium', when: 'always', text: 'Spans go to http://telemetry.crewai.com:4318 unencrypted.' },
  { id: 'advisory/llm-base-url', title: 'LLM base_url, model name and temperature sent by default', affected: [{ until: '0.55.2' }], fixedIn: '0.55.2', severity: 'medium', when: 'always', text: 'LLM attributes (including a private base_url for some LLM classes) are default attributes of Crew Created.' },
  { id: 'advisory/platform-default', title: 'OS platform, release, version and CPU count sent by default', affected: [{ until: '0.55.2' }], fixedIn: '0.55.2', severity: 'low', when: 'always', text: 'platform, platform_release, platform_version and cpus are default attributes (share_crew only since 0.55.2).' },
  { id: 'advisory/goal-backstory-default', title: 'Goals, backstories, task descriptions and expected outputs sent by default', affected: [{ since: '0.35.0', until: '0.55.2' }], fixedIn: '0.55.2', severity: 'high', when: 'always', text: 'Crew Created carries agent goal/backstory and task description/expected_output/context without share_crew.' },
  { id: 'advisory/task-output-default', title: 'Interpolated task text and task output sent by default', affected: [{ since: '0.35.0', until: '0.41.0' }], fixedIn: '0.41.0', severity: 'high', when: 'always', text: 'Task Execution carries the filled-in description, expected output and the task output without share_crew.' },
  { id: 'advisory/global-tracer-provider', title: "CrewAI's tracer provider is global: your own OpenTelemetry spans go to CrewAI's collector", affected: [{ since: '0.5.5', until: '0.27.0' }, { since: '0.28.5', until: '1.15.15' }], fixedIn: '1.15.15', severity: 'high', when: 'always', text: "CrewAI installs its TracerProvider as the process-global one, so spans of every other OpenTelemetry-instrumented library (HTTP servers, DB clients) are exported to telemetry.crewai.com; if the application installed a provider first, CrewAI's spans go to the application's collector instead." },
  { id: 'advisory/switch-not-read', title: 'A telemetry switch users rely on is not read by this release', affected: [{ until: '0.140.0' }], fixedIn: '0.140.0', severity: 'medium', when: 'always', text: 'OTEL_SDK_DISABLED is read from 0.79.0, CREWAI_DISABLE_TELEMETRY from 0.114.0, CREWAI_DISABLE_TRACKING from 0.140.0; before 0.130.0 a switch set after import crewai may be ignored.' },
  { id: 'advisory/interpolated-role', title: 'Agent roles are sent after {placeholder} filling on task spans', affected: [{ since: '0.186.0' }], severity: 'medium', when: 'role-placeholder', text: 'Task Created/Task Execution agent_role carries the role after kickoff inputs are filled in, by default.' },
  { id: 'advisory/rekickoff-leak', title: "A re-used crew sends the previous run's inputs in Crew Created", affected: [{ since: '0.41.0' }], severity: 'medium', when: 'role-placeholder', text: 'Kicking off the same Crew object again sends the role filled in by the previous run as the default role/agent_role.' },
  { id: 'advisory/exporter-headers', title: 'OTLP exporter headers and credentials from the environment are sent to CrewAI', affected: [{}], severity: 'low', when: 'always', text: "OTEL_EXPORTER_OTLP_(TRACES_)HEADERS, client certificates and credential providers configured for your own observability vendor are applied to CrewAI's exporter requests to telemetry.crewai.com." },
  { id: 'advisory/scarf-pixel', title: 'Scarf install pixel fetched at import crewai', affected: [{ since: '0.140.0', until: '1.14.3' }], fixedIn: '1.14.3', severity: 'medium', when: 'always', text: 'A background request to Scarf exposes the IP address and CrewAI version at every import unless a telemetry switch is true at import time.' },
  { id: 'advisory/fingerprint-metadata', title: 'Fingerprint metadata sent by default', affected: [{ since: '0.114.0' }], severity: 'low', when: 'fingerprint', text: 'security_config fingerprint metadata is sent as crew/task_fingerprint_metadata by default.' },
  { id: 'advisory/flow-method-names', title: 'Flow and method names sent by default (the docs say they are not)', affected: [{ since: '0.70.1' }], severity: 'medium', when: 'flows', text: 'Flow Execution carries flow_name and node_names (every method name) by default.' },
  { id: 'advisory/project-id', title: 'A persistent project_id links all telemetry of this repository', affected: [{ since: '1.15.14' }], severity: 'medium', when: 'project-id', text: "[tool.crewai].project_id from pyproject.toml is a common attribute of every span: one id across machines, users and CI." },
  { id: 'advisory/amp-first-run-prompt', title: 'AMP tracing prompt with a default of Yes at the first Crew construction', affected: [{ since: '0.165.0', until: '0.165.1' }], fixedIn: '0.165.1', severity: 'high', when: 'always', text: 'Accepting (the default) uploads full execution traces: prompts, outputs, tool arguments.' },
  { id: 'advisory/chroma-telemetry', title: "Chroma's own product telemetry on for memory and knowledge", affected: [{ since: '0.27.0', until: '1.9.0' }], fixedIn: '1.9.0', severity: 'low', when: 'memory', text: 'Memory/knowledge storage uses Chroma with its anonymized telemetry on (ANONYMIZED_TELEMETRY).' },
  { id: 'advisory/naive-timestamps', title: "Fingerprint timestamps reveal the host's UTC offset", affected: [{ since: '0.114.0' }], severity: 'low', when: 'always', text: '*_fingerprint_created_at are naive local times next to UTC span timestamps.' },
  { id: 'advisory/fingerprint-verbatim', title: 'User-chosen fingerprint identifiers sent verbatim by default', affected: [{ since: '0.186.0' }], severity: 'medium', when: 'fingerprint', text: "A security_config fingerprint dict's uuid_str and created_at become crew/agent/task_fingerprint by default." },
  { id: 'advisory/mcp-server-names', title: 'MCP server command lines and URLs sent in default tool names', affected: [{ since: '1.0.0' }], severity: 'medium', when: 'mcp', text: 'MCP tools are named <server>_<tool>: the stdio command line or the URL host, port, path and any user:password@ reach tool_name by default.' },
  { id: 'advisory/otel-baggage', title: 'Crew context and flow inputs ride OpenTelemetry baggage on your outgoing requests', affected: [{ since: '0.141.0' }], severity: 'low', when: 'always', text: 'With OpenTelemetry HTTP-client instrumentation and default propagators, a baggage header carries crew_context and flow input values to LLM providers and tool APIs; no telemetry switch stops it (OTEL_PROPAGATORS=tracecontext does).' },
  { id: 'advisory/suppress-flow-events', title: 'suppress_flow_events does not stop Flow Execution spans', affected: [{ since: '1.14.7' }], severity: 'low', when: 'flows', text: 'A flow that sets suppress_flow_events=True still sends flow_name and node_names on kickoff.' },
];

export function advisoriesFor(version: string): Advisory[] {
  return ADVISORIES.filter((a) => a.affected.some((r) => inRange(version, r)));
}
