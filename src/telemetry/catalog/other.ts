// Feature Usage, Environment Context, Human Feedback, test and CLI spans (spec c).
import type { SpanDef } from './types.js';

const version = { key: 'crewai_version', gate: 'default' as const, source: 'run:crewai_version' };

export const featureUsage: SpanDef = {
  name: 'Feature Usage',
  trigger: 'feature events (coding_agent once per process, memory, mcp, planning, hooks, …)',
  emittedBy: 'process',
  gate: 'default',
  releases: { since: '1.13.0' },
  attributes: [version, { key: 'feature', gate: 'default', source: 'feature' }],
};

export const environmentContext: SpanDef = {
  name: 'Environment Context',
  trigger: 'once per execution context at kickoff',
  emittedBy: 'process',
  gate: 'default',
  releases: { since: '1.11.1' },
  attributes: [version, { key: 'tool', gate: 'default', source: 'run:env_tool' }],
};

export const humanFeedback: SpanDef = {
  name: 'Human Feedback',
  trigger: 'a flow asks for / receives human feedback',
  emittedBy: 'none',
  gate: 'default',
  releases: { since: '1.8.0' },
  attributes: [
    { ...version, releases: { since: '1.15.16' } },
    { key: 'event_type', gate: 'default', source: 'run:event_type' },
    { key: 'has_routing', gate: 'default', source: 'run:bool' },
    { key: 'num_outcomes', gate: 'default', source: 'run:int' },
    { key: 'feedback_provided', gate: 'conditional', condition: 'received events', source: 'run:bool' },
    { key: 'outcome', gate: 'conditional', condition: 'never at 1.15.17', source: 'run:outcome' },
  ],
};

export const crewTestExecution: SpanDef = {
  name: 'Crew Test Execution',
  trigger: 'crewai test / Crew.test()',
  emittedBy: 'test',
  gate: 'default',
  releases: { since: '0.51.0' },
  attributes: [
    version,
    { key: 'crew_key', gate: 'default', source: 'crew.key' },
    { key: 'crew_id', gate: 'default', source: 'run:uuid4' },
    { key: 'iterations', gate: 'default', source: 'run:iterations' },
    { key: 'model_name', gate: 'default', source: 'run:model_name' },
    { key: 'inputs', gate: 'share_crew', source: 'user:crew.inputs', slot: 'crew.input', json: 'value' },
  ],
};

export const crewTestResult: SpanDef = {
  name: 'Crew Individual Test Result',
  trigger: 'each crewai test iteration',
  emittedBy: 'test',
  gate: 'default',
  releases: { since: '0.51.0' },
  attributes: [
    version,
    { key: 'crew_key', gate: 'default', source: 'crew.key' },
    { key: 'crew_id', gate: 'default', source: 'run:uuid4' },
    { key: 'quality', gate: 'default', source: 'run:quality' },
    { key: 'exec_time', gate: 'default', source: 'run:exec_time' },
    { key: 'model_name', gate: 'default', source: 'run:model_name' },
  ],
};

const cli = (name: string, trigger: string, extra: SpanDef['attributes'] = [], since = '0.55.2'): SpanDef => ({
  name,
  trigger,
  emittedBy: 'cli',
  gate: 'default',
  releases: { since },
  attributes: [version, ...extra],
});

export const cliSpans: SpanDef[] = [
  cli('Start Deployment', 'crewai deploy push', [{ key: 'uuid', gate: 'conditional', condition: 'a deployment uuid is given', source: 'run:uuid' }]),
  cli('Create Crew Deployment', 'crewai deploy create'),
  cli('Get Crew Logs', 'crewai deploy logs', [{ key: 'log_type', gate: 'default', source: 'run:log_type' }]),
  cli('Remove Crew', 'crewai deploy remove'),
  cli('Deploy Signup Error', 'an AMP CLI command without a login'),
  cli('Template Installed', 'crewai template add', [{ key: 'template_name', gate: 'default', source: 'run:template_name' }], '1.14.2'),
];
