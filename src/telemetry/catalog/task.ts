// Task Created and Task Execution (spec c, e; history g; advisories h.6, h.9, h.13, h.20).
// Both are started at each task start; Task Execution stays open until the task ends.
import type { AttributeDef, Condition, SpanDef } from './types.js';

const FP = { since: '0.114.0' };
const FP_USER = { since: '0.186.0' };
const HAS_AGENT: Condition = { text: 'the task has an agent (always for crew tasks)', holds: 'always' };
const AGENT_WITH_FINGERPRINT: Condition = { text: 'the task has an agent with a fingerprint (every crewai.Agent): effectively always', holds: 'always' };

/** The attributes both task spans set at task start, in CrewAI's order. */
function startAttributes(span: 'created' | 'execution'): AttributeDef[] {
  const created = span === 'created';
  return [
    { key: 'crewai_version', gate: 'default', source: 'run:crewai_version', interpolated: 'none', releases: { since: '1.15.16' } },
    { key: 'crew_key', gate: 'default', source: 'crew.key', interpolated: 'none', releases: { since: '0.41.0' } },
    { key: 'crew_id', gate: 'default', source: 'run:uuid4', interpolated: 'none', releases: { since: '0.41.0' } },
    // 0.186.0: crew/task attribute helpers put crew_fingerprint right after crew_id
    { key: 'crew_fingerprint', gate: 'default', source: 'crew.fingerprint', slots: [{ slot: 'fingerprint.id', releases: FP_USER }], interpolated: 'none', releases: FP_USER },
    { key: 'task_key', gate: 'default', source: 'task.key', interpolated: 'none', releases: { since: '0.41.0' } },
    { key: 'task_id', gate: 'default', source: 'run:uuid4', interpolated: 'none' },
    { key: 'crew_fingerprint', gate: 'default', source: 'crew.fingerprint', interpolated: 'none', releases: { since: '0.114.0', until: '0.186.0' } },
    { key: 'task_fingerprint', gate: 'default', source: 'task.fingerprint', slots: [{ slot: 'fingerprint.id', releases: FP_USER }], interpolated: 'none', releases: FP },
    ...(created
      ? ([
          {
            key: 'task_fingerprint_created_at',
            gate: 'default',
            source: 'task.fingerprint_created_at',
            slots: [{ slot: 'fingerprint.created_at', releases: FP_USER }],
            interpolated: 'none',
            releases: FP,
          },
          {
            key: 'task_fingerprint_metadata',
            gate: 'conditional',
            condition: { text: 'the task fingerprint has metadata (security_config)', holds: 'when-configured' },
            source: 'task.fingerprint_metadata',
            slots: ['fingerprint.metadata'],
            interpolated: 'none',
            json: true,
            releases: FP,
          },
        ] satisfies AttributeDef[])
      : []),
    {
      key: 'agent_fingerprint',
      gate: 'conditional',
      condition: HAS_AGENT,
      source: 'task.agent_fingerprint',
      slots: [{ slot: 'fingerprint.id', releases: FP_USER }],
      interpolated: 'none',
      releases: FP,
    },
    // h.9: the role AFTER kickoff filled {placeholders}, by default
    { key: 'agent_role', gate: 'conditional', condition: AGENT_WITH_FINGERPRINT, source: 'task.agent_role', slots: ['agent.role'], interpolated: 'after', releases: FP_USER },
    // h.6: sent by default on Task Execution in v0.35.0 – v0.36.0
    ...(created
      ? []
      : ([
          { key: 'formatted_description', gate: 'default', source: 'task.description', slots: ['task.description'], interpolated: 'after', releases: { since: '0.35.0', until: '0.41.0' } },
          {
            key: 'formatted_expected_output',
            gate: 'default',
            source: 'task.expected_output',
            slots: ['task.expected_output'],
            interpolated: 'after',
            releases: { since: '0.35.0', until: '0.41.0' },
          },
        ] satisfies AttributeDef[])),
    { key: 'formatted_description', gate: 'share_crew', source: 'task.description', slots: ['task.description'], interpolated: 'after', releases: { since: '0.41.0' } },
    { key: 'formatted_expected_output', gate: 'share_crew', source: 'task.expected_output', slots: ['task.expected_output'], interpolated: 'after', releases: { since: '0.41.0' } },
  ];
}

export const taskCreated: SpanDef = {
  name: 'Task Created',
  family: 'task',
  trigger: 'each task a crew starts (TaskStartedEvent); closed at once',
  gate: 'default',
  releases: { since: '0.41.0' },
  attributes: startAttributes('created'),
  repeats: [{ releases: { since: '0.186.0', until: '1.1.0' }, times: 2, note: 'task_started ran its operation twice: two Task Created spans per task (spec g 0.186.0, fixed 1.1.0)' }],
};

export const taskExecution: SpanDef = {
  name: 'Task Execution',
  family: 'task',
  trigger: 'each task a crew starts; kept open and closed when the task completes or fails',
  gate: 'default',
  releases: { since: '0.35.0' },
  attributes: [
    ...startAttributes('execution'),
    // set by task_ended
    { key: 'output', gate: 'default', source: 'run:task_output', interpolated: 'none', releases: { since: '0.35.0', until: '0.41.0' } },
    { key: 'task_output', gate: 'share_crew', source: 'run:task_output', interpolated: 'none', releases: { since: '0.41.0' } },
  ],
  notExported: [
    {
      releases: { since: '0.74.0', until: '0.186.0' },
      note: 'the safe-operation wrapper returned None instead of the span, so task_ended never ended it: never exported (spec g 0.74.0, inferred)',
    },
  ],
};
