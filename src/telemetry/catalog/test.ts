// Crew Test Execution and Crew Individual Test Result (spec c; history g v0.51.0).
import type { SpanDef } from './types.js';

const crewAttributes: SpanDef['attributes'] = [
  { key: 'crewai_version', gate: 'default', source: 'run:crewai_version', interpolated: 'none' },
  { key: 'crew_key', gate: 'default', source: 'crew.key', interpolated: 'none' },
  // computed on a copy of the crew: a fresh id that matches no other span
  { key: 'crew_id', gate: 'default', source: 'run:uuid4', interpolated: 'none' },
];

export const crewTestExecution: SpanDef = {
  name: 'Crew Test Execution',
  family: 'test',
  trigger: '`crewai test` / Crew.test() (each iteration also runs a full kickoff)',
  gate: 'default',
  releases: { since: '0.51.0' },
  attributes: [
    ...crewAttributes,
    { key: 'iterations', gate: 'default', source: 'run:iterations', interpolated: 'none' },
    { key: 'model_name', gate: 'default', source: 'run:model_name', interpolated: 'none' },
    {
      key: 'inputs',
      gate: 'share_crew',
      condition: { text: 'test inputs are non-empty', holds: 'run-time' },
      source: 'kickoff.inputs',
      slots: ['crew.input'],
      interpolated: 'none',
      json: true,
      releases: { since: '0.51.0', until: '1.7.0' },
    },
    { key: 'inputs', gate: 'share_crew', source: 'kickoff.inputs', slots: ['crew.input'], interpolated: 'none', json: true, releases: { since: '1.7.0' } },
  ],
};

export const crewTestResult: SpanDef = {
  name: 'Crew Individual Test Result',
  family: 'test',
  trigger: 'each evaluated `crewai test` iteration',
  gate: 'default',
  releases: { since: '0.51.0' },
  attributes: [
    ...crewAttributes,
    { key: 'quality', gate: 'default', source: 'run:quality', interpolated: 'none' },
    { key: 'exec_time', gate: 'default', source: 'run:exec_time', interpolated: 'none' },
    { key: 'model_name', gate: 'default', source: 'run:model_name', interpolated: 'none' },
  ],
};
