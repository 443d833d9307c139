// Flow spans (spec c "Flow spans"; history g; advisories h.14, h.16, h.23).
import type { AttributeDef, SpanDef } from './types.js';

const version = (since?: string): AttributeDef => ({
  key: 'crewai_version',
  gate: 'default',
  source: 'run:crewai_version',
  interpolated: 'none',
  releases: since ? { since } : undefined,
});
const flowName: AttributeDef = { key: 'flow_name', gate: 'default', source: 'flow.name', slots: ['flow.name'], interpolated: 'none' };
const nodeNames: AttributeDef = { key: 'node_names', gate: 'default', source: 'flow.methods', slots: ['flow.method'], interpolated: 'none', json: true, list: true };
const origin: AttributeDef = { key: 'origin', gate: 'default', source: 'flow.origin', interpolated: 'none', releases: { since: '1.15.15' } };
const conversational: AttributeDef = { key: 'conversational', gate: 'default', source: 'flow.conversational', interpolated: 'none', releases: { since: '1.15.16' } };
const errorType: AttributeDef = {
  key: 'error_type',
  gate: 'conditional',
  condition: { text: 'the flow or method failed (exception class name only)', holds: 'run-time' },
  source: 'run:error_type',
  interpolated: 'none',
  releases: { since: '1.15.16' },
};

export const flowCreation: SpanDef = {
  name: 'Flow Creation',
  family: 'flow',
  trigger: 'Flow instantiation (not with suppress_flow_events); also `crewai create flow <name>` (CLI)',
  triggerHistory: [
    { releases: { since: '0.70.1', until: '0.105.0' }, note: 'Flow instantiation; exported only if a Crew had been built earlier in the process (h.16, inferred)' },
  ],
  gate: 'default',
  releases: { since: '0.70.1' },
  attributes: [version('1.15.2'), flowName],
};

export const flowExecution: SpanDef = {
  name: 'Flow Execution',
  family: 'flow',
  trigger: 'each flow kickoff (FlowStartedEvent); since 1.14.7 also for flows with suppress_flow_events and internal flows',
  gate: 'default',
  releases: { since: '0.70.1' },
  attributes: [
    version('1.15.0'),
    flowName,
    nodeNames,
    origin,
    { key: 'resumed', gate: 'default', source: 'flow.resumed', interpolated: 'none', releases: { since: '1.15.15' } },
    conversational,
  ],
};

export const flowCompleted: SpanDef = {
  name: 'Flow Completed',
  family: 'flow',
  trigger: 'the flow finished or failed, if this process saw it start',
  gate: 'default',
  releases: { since: '1.15.15' },
  attributes: [
    version(),
    flowName,
    { key: 'duration_ms', gate: 'default', source: 'run:duration_ms', interpolated: 'none' },
    { key: 'outcome', gate: 'default', source: 'flow.outcome', interpolated: 'none' },
    origin,
    conversational,
    errorType,
  ],
};

export const flowPaused: SpanDef = {
  name: 'Flow Paused',
  family: 'flow',
  trigger: 'a flow pauses to wait for a human (FlowPausedEvent, never suppressed)',
  gate: 'default',
  condition: { text: 'the flow pauses for human input', holds: 'run-time' },
  releases: { since: '1.15.15' },
  attributes: [version(), flowName, origin],
};

export const flowMethodFailed: SpanDef = {
  name: 'Flow Method Failed',
  family: 'flow',
  trigger: 'a flow method raised (not with suppress_flow_events); the method name is not recorded',
  gate: 'default',
  condition: { text: 'a flow method raises', holds: 'run-time' },
  releases: { since: '1.15.15' },
  attributes: [version(), flowName, origin, errorType],
};

export const flowPlotting: SpanDef = {
  name: 'Flow Plotting',
  family: 'flow',
  trigger: 'Flow.plot() (the method has had no caller since 0.105.0)',
  gate: 'default',
  condition: { text: 'the application calls Flow.plot()', holds: 'run-time' },
  releases: { since: '0.70.1', until: '0.105.0' },
  attributes: [flowName, nodeNames],
};
