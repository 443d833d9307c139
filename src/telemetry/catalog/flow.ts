// Flow spans (spec c "Flow spans"; history g; advisories h.14, h.16, h.23).
import type { SpanDef } from './types.js';

const version = (since: string) => ({ key: 'crewai_version', gate: 'default' as const, source: 'run:crewai_version', releases: { since } });
const flowName = { key: 'flow_name', gate: 'default' as const, source: 'user:flow.name', slot: 'flow.name' as const };
const origin = { key: 'origin', gate: 'default' as const, source: 'flow.origin', releases: { since: '1.15.15' } };
const conversational = { key: 'conversational', gate: 'default' as const, source: 'flow.conversational', releases: { since: '1.15.16' } };

export const flowCreation: SpanDef = {
  name: 'Flow Creation',
  trigger: 'Flow instantiation (not with suppress_flow_events)',
  emittedBy: 'flow',
  gate: 'default',
  releases: { since: '0.70.1' },
  attributes: [version('1.15.2'), flowName],
};

export const flowExecution: SpanDef = {
  name: 'Flow Execution',
  trigger: 'each flow kickoff (also internal flows and flows with suppress_flow_events since 1.14.7)',
  emittedBy: 'flow',
  gate: 'default',
  releases: { since: '0.70.1' },
  attributes: [
    version('1.15.0'),
    flowName,
    { key: 'node_names', gate: 'default', source: 'user:flow.methods', slot: 'flow.method', json: 'list' },
    origin,
    { key: 'resumed', gate: 'default', source: 'flow.resumed', releases: { since: '1.15.15' } },
    conversational,
  ],
};

export const flowCompleted: SpanDef = {
  name: 'Flow Completed',
  trigger: 'flow finished or failed',
  emittedBy: 'flow',
  gate: 'default',
  releases: { since: '1.15.15' },
  attributes: [
    version('1.15.15'),
    flowName,
    { key: 'duration_ms', gate: 'default', source: 'run:duration_ms' },
    { key: 'outcome', gate: 'default', source: 'flow.outcome' },
    origin,
    conversational,
    { key: 'error_type', gate: 'conditional', condition: 'the flow failed (exception class name)', source: 'run:error_type', releases: { since: '1.15.16' } },
  ],
};

export const flowPaused: SpanDef = {
  name: 'Flow Paused',
  trigger: 'a flow waits for human feedback',
  emittedBy: 'none',
  gate: 'default',
  releases: { since: '1.15.15' },
  attributes: [version('1.15.15'), flowName, origin],
};

export const flowMethodFailed: SpanDef = {
  name: 'Flow Method Failed',
  trigger: 'a flow method raised (not with suppress_flow_events)',
  emittedBy: 'none',
  gate: 'default',
  releases: { since: '1.15.15' },
  attributes: [version('1.15.15'), flowName, origin, { key: 'error_type', gate: 'conditional', condition: 'exception class name', source: 'run:error_type', releases: { since: '1.15.16' } }],
};

export const flowPlotting: SpanDef = {
  name: 'Flow Plotting',
  trigger: 'Flow.plot() (no caller since 0.105.0)',
  emittedBy: 'none',
  gate: 'default',
  releases: { since: '0.70.1', until: '0.105.0' },
  attributes: [flowName, { key: 'node_names', gate: 'default', source: 'user:flow.methods', slot: 'flow.method', json: 'list' }],
};
