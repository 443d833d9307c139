// Crew Created and Crew Execution (spec c; history g; advisories h.1, h.3, h.4, h.5,
// h.10, h.13, h.20). Inner keys of crew_agents / crew_tasks are listed in CrewAI's
// dict order; the default and share_crew branches of 0.55.2+ write the same keys in
// the same order, the share branch adding its own.
import { TELEMETRY_SINCE } from '../versionRange.js';
import { INHERIT_AGENT_TOOLS, LLM_ROUTING_STEP } from './derive.js';
import type { AttributeDef, InnerKeyDef, SpanDef, TransformStep } from './types.js';

/** tools_names: raw, then casefolded (0.27.0), then sanitize_tool_name (1.9.0) — spec f. */
const TOOLS_NAMES_TRANSFORM: TransformStep[] = [
  { releases: { until: '0.27.0' }, transform: 'raw' },
  { releases: { since: '0.27.0', until: '1.9.0' }, transform: 'casefold' },
  { releases: { since: '1.9.0' }, transform: 'sanitize' },
];

/** Fingerprint values are user-controlled only since 0.186.0 (a security_config dict is copied verbatim). */
const FP_USER = { since: '0.186.0' };

/** A Crew Created inner key that was default in 0.35.0 – 0.51.x and is share_crew-only since 0.55.2 (h.5). */
function defaultThenShared(def: Omit<InnerKeyDef, 'gate' | 'releases'>, since = '0.35.0'): InnerKeyDef[] {
  return [
    { ...def, gate: 'default', releases: { since, until: '0.55.2' } },
    { ...def, gate: 'share_crew', releases: { since: '0.55.2' } },
  ];
}

const createdAgents: InnerKeyDef[] = [
  { key: 'key', gate: 'default', source: 'agent.key', interpolated: 'none', releases: { since: '0.41.0' } },
  { key: 'id', gate: 'default', source: 'run:uuid4', interpolated: 'none' },
  { key: 'role', gate: 'default', source: 'agent.role', slots: ['agent.role'], interpolated: 'before' },
  ...defaultThenShared({ key: 'goal', source: 'agent.goal', slots: ['agent.goal'], interpolated: 'before' }),
  ...defaultThenShared({ key: 'backstory', source: 'agent.backstory', slots: ['agent.backstory'], interpolated: 'before' }),
  { key: 'memory_enabled?', gate: 'default', source: 'agent.memory', interpolated: 'none', releases: { until: '0.28.5' } },
  { key: 'verbose?', gate: 'default', source: 'agent.verbose', interpolated: 'none', releases: { since: '0.10.0' } },
  { key: 'max_iter', gate: 'default', source: 'agent.max_iter', interpolated: 'none', releases: { since: '0.10.0' } },
  { key: 'max_rpm', gate: 'default', source: 'agent.max_rpm', interpolated: 'none', releases: { since: '0.10.0' } },
  ...defaultThenShared({ key: 'i18n', source: 'agent.i18n', interpolated: 'none' }, '0.10.0'),
  // json.dumps of the LLM attributes ("{}" when unset) until 0.60.0; the stored string or null until 0.63.0; then `.model`, else ""
  { key: 'function_calling_llm', gate: 'default', source: 'agent.function_calling_llm_attributes', slots: ['agent.llm'], interpolated: 'none', releases: { since: '0.55.2', until: '0.60.0' } },
  { key: 'function_calling_llm', gate: 'default', source: 'agent.function_calling_llm_raw', slots: ['agent.llm'], interpolated: 'none', releases: { since: '0.60.0', until: '0.63.0' } },
  { key: 'function_calling_llm', gate: 'default', source: 'agent.function_calling_llm', slots: ['agent.llm'], interpolated: 'none', releases: { since: '0.63.0' }, derive: LLM_ROUTING_STEP },
  // a JSON string of the LLM object's attributes (base_url included until 0.55.2, h.3), then the model name
  { key: 'llm', gate: 'default', source: 'agent.llm_attributes', interpolated: 'none', releases: { until: '0.60.0' } },
  { key: 'llm', gate: 'default', source: 'agent.llm', slots: ['agent.llm'], interpolated: 'none', releases: { since: '0.60.0' }, derive: LLM_ROUTING_STEP },
  { key: 'delegation_enabled?', gate: 'default', source: 'agent.allow_delegation', interpolated: 'none' },
  { key: 'allow_code_execution?', gate: 'default', source: 'agent.allow_code_execution', interpolated: 'none', releases: { since: '0.55.2' } },
  { key: 'max_retry_limit', gate: 'default', source: 'agent.max_retry_limit', interpolated: 'none', releases: { since: '0.55.2' } },
  { key: 'tools_names', gate: 'default', source: 'agent.tools_names', slots: ['tool.name'], interpolated: 'none', transform: TOOLS_NAMES_TRANSFORM, list: true },
  { key: 'fingerprint', gate: 'share_crew', source: 'agent.fingerprint', slots: [{ slot: 'fingerprint.id', releases: FP_USER }], interpolated: 'none', releases: { since: '0.114.0' } },
  {
    key: 'fingerprint_created_at',
    gate: 'share_crew',
    source: 'agent.fingerprint_created_at',
    slots: [{ slot: 'fingerprint.created_at', releases: FP_USER }],
    interpolated: 'none',
    releases: { since: '0.114.0' },
  },
];

const createdTasks: InnerKeyDef[] = [
  { key: 'key', gate: 'default', source: 'task.key', interpolated: 'none', releases: { since: '0.41.0' } },
  { key: 'id', gate: 'default', source: 'run:uuid4', interpolated: 'none' },
  ...defaultThenShared({ key: 'description', source: 'task.description', slots: ['task.description'], interpolated: 'before' }),
  ...defaultThenShared({ key: 'expected_output', source: 'task.expected_output', slots: ['task.expected_output'], interpolated: 'before' }),
  { key: 'async_execution?', gate: 'default', source: 'task.async_execution', interpolated: 'none' },
  { key: 'human_input?', gate: 'default', source: 'task.human_input', interpolated: 'none', releases: { since: '0.35.0' } },
  { key: 'agent_role', gate: 'default', source: 'task.agent_role', slots: ['agent.role'], interpolated: 'before', releases: { since: '0.10.0' } },
  { key: 'agent_key', gate: 'default', source: 'task.agent_key', interpolated: 'none', releases: { since: '0.41.0' } },
  ...defaultThenShared({ key: 'context', source: 'task.context', slots: ['task.description'], interpolated: 'before', list: true }),
  { key: 'tools_names', gate: 'default', source: 'task.tools_names', slots: ['tool.name'], interpolated: 'none', transform: TOOLS_NAMES_TRANSFORM, derive: INHERIT_AGENT_TOOLS, list: true },
  { key: 'fingerprint', gate: 'share_crew', source: 'task.fingerprint', slots: [{ slot: 'fingerprint.id', releases: FP_USER }], interpolated: 'none', releases: { since: '0.114.0' } },
  {
    key: 'fingerprint_created_at',
    gate: 'share_crew',
    source: 'task.fingerprint_created_at',
    slots: [{ slot: 'fingerprint.created_at', releases: FP_USER }],
    interpolated: 'none',
    releases: { since: '0.114.0' },
  },
];

/** platform*, cpus: default until 0.51.x, share_crew since 0.55.2 (h.4). */
function platformAttribute(key: string, source: AttributeDef['source']): AttributeDef[] {
  return [
    { key, gate: 'default', source, interpolated: 'none', releases: { until: '0.55.2' } },
    { key, gate: 'share_crew', source, interpolated: 'none', releases: { since: '0.55.2' } },
  ];
}

const NON_EMPTY_INPUTS = { text: 'kickoff inputs are non-empty (json.dumps(inputs) if inputs else None)', holds: 'run-time' } as const;

export const crewCreated: SpanDef = {
  name: 'Crew Created',
  family: 'crew',
  trigger: 'crew kickoff, before inputs are interpolated (CrewKickoffStartedEvent)',
  triggerHistory: [
    { releases: { until: '0.41.0' }, note: 'Crew construction (model validator), before any kickoff' },
    { releases: { since: '0.41.0', until: '0.105.0' }, note: 'crew kickoff, before inputs are interpolated' },
    { releases: { since: '1.0.0', until: '1.7.0' }, note: 'crew kickoff; the event handler races input interpolation (raw or filled values)' },
  ],
  gate: 'default',
  releases: { since: TELEMETRY_SINCE },
  attributes: [
    { key: 'crewai_version', gate: 'default', source: 'run:crewai_version', interpolated: 'none' },
    { key: 'python_version', gate: 'default', source: 'run:python_version', interpolated: 'none' },
    { key: 'hostname', gate: 'default', source: 'run:hostname', interpolated: 'none', releases: { until: '0.11.0' } },
    { key: 'crewid', gate: 'default', source: 'run:uuid4', interpolated: 'none', releases: { until: '0.10.0' } },
    { key: 'crew_key', gate: 'default', source: 'crew.key', interpolated: 'none', releases: { since: '0.41.0' } },
    { key: 'crew_id', gate: 'default', source: 'run:uuid4', interpolated: 'none', releases: { since: '0.10.0' } },
    // 0.186.0 moved crew_fingerprint next to crew_id (add_crew_attributes helper)
    { key: 'crew_fingerprint', gate: 'default', source: 'crew.fingerprint', slots: [{ slot: 'fingerprint.id', releases: FP_USER }], interpolated: 'none', releases: { since: '0.186.0' } },
    { key: 'crew_process', gate: 'default', source: 'crew.process', interpolated: 'none' },
    { key: 'crew_language', gate: 'default', source: 'crew.language', interpolated: 'none', releases: { until: '0.35.0' } },
    { key: 'crew_memory', gate: 'default', source: 'crew.memory', interpolated: 'none', releases: { since: '0.28.5' } },
    { key: 'crew_number_of_tasks', gate: 'default', source: 'crew.task_count', interpolated: 'none' },
    { key: 'crew_number_of_agents', gate: 'default', source: 'crew.agent_count', interpolated: 'none' },
    { key: 'crew_fingerprint', gate: 'default', source: 'crew.fingerprint', interpolated: 'none', releases: { since: '0.114.0', until: '0.186.0' } },
    {
      key: 'crew_fingerprint_created_at',
      gate: 'default',
      source: 'crew.fingerprint_created_at',
      slots: [{ slot: 'fingerprint.created_at', releases: FP_USER }],
      interpolated: 'none',
      releases: { since: '0.114.0' },
    },
    {
      key: 'crew_fingerprint_metadata',
      gate: 'conditional',
      condition: { text: 'the crew fingerprint has metadata (security_config)', holds: 'when-configured' },
      source: 'crew.fingerprint_metadata',
      slots: ['fingerprint.metadata'],
      interpolated: 'none',
      json: true,
      releases: { since: '0.114.0' },
    },
    { key: 'crew_agents', gate: 'default', source: 'crew.agents', interpolated: 'before', json: true, inner: createdAgents },
    { key: 'crew_tasks', gate: 'default', source: 'crew.tasks', interpolated: 'before', json: true, inner: createdTasks },
    ...platformAttribute('platform', 'run:platform'),
    ...platformAttribute('platform_release', 'run:platform_release'),
    ...platformAttribute('platform_system', 'run:platform_system'),
    ...platformAttribute('platform_version', 'run:platform_version'),
    ...platformAttribute('cpus', 'run:cpus'),
    { key: 'crew_inputs', gate: 'share_crew', condition: NON_EMPTY_INPUTS, source: 'kickoff.inputs', slots: ['crew.input'], interpolated: 'none', json: true, releases: { since: '0.41.0', until: '1.7.0' } },
    { key: 'crew_inputs', gate: 'share_crew', source: 'kickoff.inputs', slots: ['crew.input'], interpolated: 'none', json: true, releases: { since: '1.7.0' } },
  ],
  notExported: [
    {
      releases: { since: '0.30.4', until: '0.35.0' },
      note: 'crew_creation read crew.i18n, which Crew did not have: the AttributeError was swallowed before the span ended, so it was never exported (inferred from TEL-OLD and crew.py @ v0.30.4)',
    },
  ],
};

const executionAgents: InnerKeyDef[] = [
  { key: 'key', gate: 'share_crew', source: 'agent.key', interpolated: 'none', releases: { since: '0.41.0' } },
  { key: 'id', gate: 'share_crew', source: 'run:uuid4', interpolated: 'none' },
  { key: 'role', gate: 'share_crew', source: 'agent.role', slots: ['agent.role'], interpolated: 'before' },
  { key: 'goal', gate: 'share_crew', source: 'agent.goal', slots: ['agent.goal'], interpolated: 'before' },
  { key: 'backstory', gate: 'share_crew', source: 'agent.backstory', slots: ['agent.backstory'], interpolated: 'before' },
  { key: 'memory_enabled?', gate: 'share_crew', source: 'agent.memory', interpolated: 'none', releases: { until: '0.28.5' } },
  { key: 'verbose?', gate: 'share_crew', source: 'agent.verbose', interpolated: 'none' },
  { key: 'max_iter', gate: 'share_crew', source: 'agent.max_iter', interpolated: 'none' },
  { key: 'max_rpm', gate: 'share_crew', source: 'agent.max_rpm', interpolated: 'none' },
  { key: 'i18n', gate: 'share_crew', source: 'agent.i18n', interpolated: 'none' },
  { key: 'llm', gate: 'share_crew', source: 'agent.llm_attributes', interpolated: 'none', releases: { until: '0.60.0' } },
  { key: 'llm', gate: 'share_crew', source: 'agent.llm', slots: ['agent.llm'], interpolated: 'none', releases: { since: '0.60.0' }, derive: LLM_ROUTING_STEP },
  { key: 'delegation_enabled?', gate: 'share_crew', source: 'agent.allow_delegation', interpolated: 'none' },
  { key: 'tools_names', gate: 'share_crew', source: 'agent.tools_names', slots: ['tool.name'], interpolated: 'none', transform: TOOLS_NAMES_TRANSFORM, list: true },
];

const executionTasks: InnerKeyDef[] = [
  { key: 'id', gate: 'share_crew', source: 'run:uuid4', interpolated: 'none' },
  { key: 'description', gate: 'share_crew', source: 'task.description', slots: ['task.description'], interpolated: 'before' },
  { key: 'expected_output', gate: 'share_crew', source: 'task.expected_output', slots: ['task.expected_output'], interpolated: 'before', releases: { since: '0.35.0' } },
  { key: 'async_execution?', gate: 'share_crew', source: 'task.async_execution', interpolated: 'none' },
  { key: 'output', gate: 'share_crew', source: 'run:task_output', interpolated: 'none', releases: { until: '0.35.0' } },
  { key: 'human_input?', gate: 'share_crew', source: 'task.human_input', interpolated: 'none', releases: { since: '0.35.0' } },
  { key: 'agent_role', gate: 'share_crew', source: 'task.agent_role', slots: ['agent.role'], interpolated: 'before' },
  { key: 'agent_key', gate: 'share_crew', source: 'task.agent_key', interpolated: 'none', releases: { since: '0.41.0' } },
  { key: 'context', gate: 'share_crew', source: 'task.context', slots: ['task.description'], interpolated: 'before', list: true },
  { key: 'tools_names', gate: 'share_crew', source: 'task.tools_names', slots: ['tool.name'], interpolated: 'none', transform: TOOLS_NAMES_TRANSFORM, derive: INHERIT_AGENT_TOOLS, list: true },
];

const tasksOutput: InnerKeyDef[] = [
  { key: 'id', gate: 'share_crew', source: 'run:uuid4', interpolated: 'none' },
  { key: 'description', gate: 'share_crew', source: 'task.description', slots: ['task.description'], interpolated: 'after' },
  { key: 'output', gate: 'share_crew', source: 'run:task_output', interpolated: 'none' },
];

export const crewExecution: SpanDef = {
  name: 'Crew Execution',
  family: 'crew',
  trigger: 'crew kickoff, right after Crew Created; closed when the crew completes (never on failure)',
  gate: 'share_crew',
  releases: { since: '0.10.0' },
  attributes: [
    { key: 'crewai_version', gate: 'share_crew', source: 'run:crewai_version', interpolated: 'none', releases: { since: '0.28.5' } },
    { key: 'crew_key', gate: 'share_crew', source: 'crew.key', interpolated: 'none', releases: { since: '0.41.0' } },
    { key: 'crew_id', gate: 'share_crew', source: 'run:uuid4', interpolated: 'none' },
    { key: 'inputs', gate: 'share_crew', source: 'kickoff.inputs', slots: ['crew.input'], interpolated: 'none', json: true, releases: { since: '0.35.0', until: '0.41.0' } },
    { key: 'crew_inputs', gate: 'share_crew', condition: NON_EMPTY_INPUTS, source: 'kickoff.inputs', slots: ['crew.input'], interpolated: 'none', json: true, releases: { since: '0.41.0', until: '1.7.0' } },
    { key: 'crew_inputs', gate: 'share_crew', source: 'kickoff.inputs', slots: ['crew.input'], interpolated: 'none', json: true, releases: { since: '1.7.0' } },
    { key: 'crew_agents', gate: 'share_crew', source: 'crew.agents', interpolated: 'before', json: true, inner: executionAgents },
    { key: 'crew_tasks', gate: 'share_crew', source: 'crew.tasks', interpolated: 'before', json: true, inner: executionTasks },
    // set by end_crew at completion
    { key: 'crew_output', gate: 'share_crew', source: 'run:crew_output', interpolated: 'none' },
    { key: 'crew_tasks_output', gate: 'share_crew', source: 'crew.tasks_output', interpolated: 'after', json: true, inner: tasksOutput },
  ],
  notExported: [
    { releases: { since: '0.74.0', until: '0.130.0' }, note: 'the safe-operation wrapper dropped the span object, so end_crew never ended it: never exported (spec g 0.74.0, inferred)' },
  ],
};
