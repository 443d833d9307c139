// Task Created and Task Execution (spec c, e; history g; advisory h.6, h.9).
import type { AttributeDef, SpanDef } from './types.js';

const FP = { since: '0.114.0' };

function taskAttributes(span: 'created' | 'execution'): AttributeDef[] {
  const attrs: AttributeDef[] = [
    { key: 'crewai_version', gate: 'default', source: 'run:crewai_version', releases: { since: '1.15.16' } },
    { key: 'crew_key', gate: 'default', source: 'crew.key', releases: { since: '0.41.0' } },
    { key: 'crew_id', gate: 'default', source: 'run:uuid4' },
    { key: 'crew_fingerprint', gate: 'default', source: 'crew.fingerprint', slot: 'fingerprint.id', releases: FP },
    { key: 'task_key', gate: 'default', source: 'task.key', releases: { since: '0.41.0' } },
    { key: 'task_id', gate: 'default', source: 'run:uuid4' },
    { key: 'task_fingerprint', gate: 'default', source: 'task.fingerprint', slot: 'fingerprint.id', releases: FP },
    { key: 'agent_fingerprint', gate: 'conditional', condition: 'the task has an agent (always for crew tasks)', source: 'agent.fingerprint', slot: 'fingerprint.id', releases: FP },
    { key: 'agent_role', gate: 'conditional', condition: 'the task has an agent with a fingerprint (every crewai.Agent): effectively always', source: 'user:task.agent_role', slot: 'agent.role', interpolated: 'after', releases: { since: '0.186.0' } },
    // v0.35.0–v0.36.0 sent these by default on Task Execution; share_crew since v0.41.0
    { key: 'formatted_description', gate: 'share_crew', source: 'user:task.description', slot: 'task.description', interpolated: 'after', releases: { since: '0.41.0' } },
    { key: 'formatted_expected_output', gate: 'share_crew', source: 'user:task.expected_output', slot: 'task.expected_output', interpolated: 'after', releases: { since: '0.41.0' } },
  ];
  if (span === 'created') {
    attrs.push(
      { key: 'task_fingerprint_created_at', gate: 'default', source: 'task.fingerprint_created_at', slot: 'fingerprint.created_at', releases: FP },
      { key: 'task_fingerprint_metadata', gate: 'conditional', condition: 'security_config fingerprint metadata is set', source: 'user:task.fingerprint_metadata', slot: 'fingerprint.metadata', releases: FP },
    );
  } else {
    attrs.push(
      { key: 'formatted_description', gate: 'default', source: 'user:task.description', slot: 'task.description', interpolated: 'after', releases: { since: '0.35.0', until: '0.41.0' } },
      { key: 'formatted_expected_output', gate: 'default', source: 'user:task.expected_output', slot: 'task.expected_output', interpolated: 'after', releases: { since: '0.35.0', until: '0.41.0' } },
      { key: 'output', gate: 'default', source: 'run:task_output', releases: { since: '0.35.0', until: '0.41.0' } },
      { key: 'task_output', gate: 'share_crew', source: 'run:task_output', releases: { since: '0.41.0' } },
    );
  }
  return attrs;
}

export const taskCreated: SpanDef = {
  name: 'Task Created',
  trigger: 'each task start, inside a crew',
  emittedBy: 'task',
  gate: 'default',
  releases: { since: '0.41.0' },
  attributes: taskAttributes('created'),
};

export const taskExecution: SpanDef = {
  name: 'Task Execution',
  trigger: 'each task start, closed at task end',
  emittedBy: 'task',
  gate: 'default',
  releases: { since: '0.35.0' },
  attributes: taskAttributes('execution'),
};
