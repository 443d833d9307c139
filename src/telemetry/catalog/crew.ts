// Crew Created and Crew Execution (spec c, history g, advisories h.1, h.4, h.5).
import type { AttributeDef, InnerKeyDef, SpanDef } from './types.js';

const S = { since: '0.55.2' };
const OLD_DEFAULT = { since: '0.35.0', until: '0.55.2' };

/** The fields that moved from default to share_crew in 0.55.2. */
function splitGate(key: string, source: string, slot: InnerKeyDef['slot'], since = '0.35.0'): InnerKeyDef[] {
  return [
    { key, source, slot, gate: 'default', releases: { since, until: '0.55.2' } },
    { key, source, slot, gate: 'share_crew', releases: S },
  ];
}

const createdAgents: InnerKeyDef[] = [
  { key: 'key', gate: 'default', source: 'agent.key', releases: { since: '0.41.0' } },
  { key: 'id', gate: 'default', source: 'run:uuid4' },
  { key: 'role', gate: 'default', source: 'user:agent.role', slot: 'agent.role' },
  ...splitGate('goal', 'user:agent.goal', 'agent.goal'),
  ...splitGate('backstory', 'user:agent.backstory', 'agent.backstory'),
  { key: 'verbose?', gate: 'default', source: 'agent.verbose', releases: { since: '0.10.0' } },
  { key: 'max_iter', gate: 'default', source: 'agent.max_iter', releases: { since: '0.10.0' } },
  { key: 'max_rpm', gate: 'default', source: 'agent.max_rpm', releases: { since: '0.10.0' } },
  { key: 'i18n', gate: 'default', source: 'agent.i18n', releases: { since: '0.10.0', until: '0.55.2' } },
  { key: 'i18n', gate: 'share_crew', source: 'agent.i18n', releases: S },
  { key: 'memory_enabled?', gate: 'default', source: 'agent.memory', releases: { until: '0.28.5' } },
  { key: 'function_calling_llm', gate: 'default', source: 'agent.function_calling_llm', releases: S },
  { key: 'llm', gate: 'default', source: 'user:agent.llm', slot: 'agent.llm' },
  { key: 'delegation_enabled?', gate: 'default', source: 'agent.allow_delegation' },
  { key: 'allow_code_execution?', gate: 'default', source: 'agent.allow_code_execution', releases: S },
  { key: 'max_retry_limit', gate: 'default', source: 'agent.max_retry_limit', releases: S },
  { key: 'tools_names', gate: 'default', source: 'user:agent.tools_names', slot: 'tool.name' },
  { key: 'fingerprint', gate: 'share_crew', source: 'agent.fingerprint', slot: 'fingerprint.id', releases: { since: '0.114.0' } },
  { key: 'fingerprint_created_at', gate: 'share_crew', source: 'agent.fingerprint_created_at', slot: 'fingerprint.created_at', releases: { since: '0.114.0' } },
];

const createdTasks: InnerKeyDef[] = [
  { key: 'key', gate: 'default', source: 'task.key', releases: { since: '0.41.0' } },
  { key: 'id', gate: 'default', source: 'run:uuid4' },
  ...splitGate('description', 'user:task.description', 'task.description'),
  ...splitGate('expected_output', 'user:task.expected_output', 'task.expected_output'),
  { key: 'async_execution?', gate: 'default', source: 'task.async_execution' },
  { key: 'human_input?', gate: 'default', source: 'task.human_input', releases: { since: '0.35.0' } },
  { key: 'agent_role', gate: 'default', source: 'user:task.agent_role', slot: 'agent.role', releases: { since: '0.10.0' } },
  { key: 'agent_key', gate: 'default', source: 'task.agent_key', releases: { since: '0.41.0' } },
  ...splitGate('context', 'user:task.context', 'task.description'),
  { key: 'tools_names', gate: 'default', source: 'user:task.tools_names', slot: 'tool.name' },
  { key: 'fingerprint', gate: 'share_crew', source: 'task.fingerprint', slot: 'fingerprint.id', releases: { since: '0.114.0' } },
  { key: 'fingerprint_created_at', gate: 'share_crew', source: 'task.fingerprint_created_at', slot: 'fingerprint.created_at', releases: { since: '0.114.0' } },
];

const platform = (key: string, source: string): AttributeDef[] => [
  { key, gate: 'default', source, releases: { until: '0.55.2' } },
  { key, gate: 'share_crew', source, releases: S },
];

export const crewCreated: SpanDef = {
  name: 'Crew Created',
  trigger: 'crew kickoff (before inputs are interpolated)',
  emittedBy: 'crew',
  gate: 'default',
  attributes: [
    { key: 'crewai_version', gate: 'default', source: 'run:crewai_version' },
    { key: 'python_version', gate: 'default', source: 'run:python_version' },
    { key: 'hostname', gate: 'default', source: 'run:hostname', releases: { until: '0.11.0' } },
    { key: 'crewid', gate: 'default', source: 'run:uuid4', releases: { until: '0.10.0' } },
    { key: 'crew_key', gate: 'default', source: 'crew.key', releases: { since: '0.41.0' } },
    { key: 'crew_id', gate: 'default', source: 'run:uuid4', releases: { since: '0.10.0' } },
    { key: 'crew_fingerprint', gate: 'default', source: 'crew.fingerprint', releases: { since: '0.114.0' } },
    { key: 'crew_process', gate: 'default', source: 'crew.process' },
    { key: 'crew_language', gate: 'default', source: 'crew.language', releases: { until: '0.35.0' } },
    { key: 'crew_memory', gate: 'default', source: 'crew.memory', releases: { since: '0.28.5' } },
    { key: 'crew_number_of_tasks', gate: 'default', source: 'crew.task_count' },
    { key: 'crew_number_of_agents', gate: 'default', source: 'crew.agent_count' },
    { key: 'crew_fingerprint_created_at', gate: 'default', source: 'crew.fingerprint_created_at', slot: 'fingerprint.created_at', releases: { since: '0.114.0' } },
    { key: 'crew_fingerprint_metadata', gate: 'conditional', condition: 'security_config fingerprint metadata is set', source: 'user:crew.fingerprint_metadata', slot: 'fingerprint.metadata', releases: { since: '0.114.0' } },
    { key: 'crew_agents', gate: 'default', source: 'crew.agents', json: 'objects', interpolated: 'before', inner: createdAgents },
    { key: 'crew_tasks', gate: 'default', source: 'crew.tasks', json: 'objects', interpolated: 'before', inner: createdTasks },
    ...platform('platform', 'run:platform'),
    ...platform('platform_release', 'run:platform_release'),
    ...platform('platform_system', 'run:platform_system'),
    ...platform('platform_version', 'run:platform_version'),
    ...platform('cpus', 'run:cpus'),
    { key: 'crew_inputs', gate: 'share_crew', source: 'user:crew.inputs', slot: 'crew.input', json: 'value', releases: { since: '0.41.0' } },
  ],
};

// crew_fingerprint carries a user-chosen id only when a fingerprint dict is configured (0.186.0+)
crewCreated.attributes.find((a) => a.key === 'crew_fingerprint')!.slot = 'fingerprint.id';

export const crewExecution: SpanDef = {
  name: 'Crew Execution',
  trigger: 'crew kickoff, closed at crew completion (share_crew only)',
  emittedBy: 'crew',
  gate: 'share_crew',
  releases: { since: '0.10.0' },
  attributes: [
    { key: 'crewai_version', gate: 'share_crew', source: 'run:crewai_version', releases: { since: '0.28.5' } },
    { key: 'crew_key', gate: 'share_crew', source: 'crew.key', releases: { since: '0.41.0' } },
    { key: 'crew_id', gate: 'share_crew', source: 'run:uuid4' },
    { key: 'crew_inputs', gate: 'share_crew', source: 'user:crew.inputs', slot: 'crew.input', json: 'value', releases: { since: '0.35.0' } },
    {
      key: 'crew_agents',
      gate: 'share_crew',
      source: 'crew.agents',
      json: 'objects',
      interpolated: 'before',
      inner: [
        { key: 'key', gate: 'share_crew', source: 'agent.key', releases: { since: '0.41.0' } },
        { key: 'id', gate: 'share_crew', source: 'run:uuid4' },
        { key: 'role', gate: 'share_crew', source: 'user:agent.role', slot: 'agent.role' },
        { key: 'goal', gate: 'share_crew', source: 'user:agent.goal', slot: 'agent.goal' },
        { key: 'backstory', gate: 'share_crew', source: 'user:agent.backstory', slot: 'agent.backstory' },
        { key: 'verbose?', gate: 'share_crew', source: 'agent.verbose' },
        { key: 'max_iter', gate: 'share_crew', source: 'agent.max_iter' },
        { key: 'max_rpm', gate: 'share_crew', source: 'agent.max_rpm' },
        { key: 'i18n', gate: 'share_crew', source: 'agent.i18n' },
        { key: 'llm', gate: 'share_crew', source: 'user:agent.llm', slot: 'agent.llm' },
        { key: 'delegation_enabled?', gate: 'share_crew', source: 'agent.allow_delegation' },
        { key: 'tools_names', gate: 'share_crew', source: 'user:agent.tools_names', slot: 'tool.name' },
      ],
    },
    {
      key: 'crew_tasks',
      gate: 'share_crew',
      source: 'crew.tasks',
      json: 'objects',
      interpolated: 'before',
      inner: [
        { key: 'id', gate: 'share_crew', source: 'run:uuid4' },
        { key: 'description', gate: 'share_crew', source: 'user:task.description', slot: 'task.description' },
        { key: 'expected_output', gate: 'share_crew', source: 'user:task.expected_output', slot: 'task.expected_output' },
        { key: 'async_execution?', gate: 'share_crew', source: 'task.async_execution' },
        { key: 'human_input?', gate: 'share_crew', source: 'task.human_input' },
        { key: 'agent_role', gate: 'share_crew', source: 'user:task.agent_role', slot: 'agent.role' },
        { key: 'agent_key', gate: 'share_crew', source: 'task.agent_key', releases: { since: '0.41.0' } },
        { key: 'context', gate: 'share_crew', source: 'user:task.context', slot: 'task.description' },
        { key: 'tools_names', gate: 'share_crew', source: 'user:task.tools_names', slot: 'tool.name' },
      ],
    },
    { key: 'crew_output', gate: 'share_crew', source: 'run:crew_output' },
    { key: 'crew_tasks_output', gate: 'share_crew', source: 'run:crew_tasks_output', slot: 'task.description', interpolated: 'after' },
  ],
};
