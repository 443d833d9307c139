// Flow spans (spec c "Flow spans", h.14, h.23): node_names carries every method name by default.
import { describe, expect, it } from 'vitest';
import { simulateKickoff, type SimulatedSpan } from '../../src/telemetry/simulate.js';
import { flow } from './crews.js';

const run = (version: string, suppress = false) => simulateKickoff({ crews: [], flows: [flow('ResearchPipeline', ['fetch_sources', 'summarise', 'notify_alice'], suppress)], version });
const attr = (spans: SimulatedSpan[], span: string, key: string) => spans.find((s) => s.name === span)?.attributes.find((a) => a.key === key);

describe('flow spans', () => {
  it('1.15.17: Flow Creation, coding_agent, Flow Execution with node_names as a JSON list, Environment Context, Flow Completed', () => {
    const spans = run('1.15.17');
    expect(spans.map((s) => s.name)).toEqual(['Flow Creation', 'Feature Usage', 'Flow Execution', 'Environment Context', 'Flow Completed']);
    expect(attr(spans, 'Flow Execution', 'node_names')).toMatchObject({ value: '["fetch_sources", "summarise", "notify_alice"]', gate: 'default', fromUser: true, source: 'flows.ResearchPipeline.methods' });
    expect(attr(spans, 'Flow Execution', 'flow_name')).toMatchObject({ value: 'ResearchPipeline', fromUser: true });
    expect(spans[2].attributes.map((a) => a.key)).toEqual(['coding_agent', 'runtime_context', 'crewai_version', 'flow_name', 'node_names', 'origin', 'resumed', 'conversational']);
    expect(attr(spans, 'Flow Execution', 'origin')!.value).toBe('user');
    expect(spans[4].attributes.map((a) => a.key)).toEqual(['coding_agent', 'runtime_context', 'crewai_version', 'flow_name', 'duration_ms', 'outcome', 'origin', 'conversational']);
    expect(spans.every((s) => s.flowName === 'ResearchPipeline')).toBe(true);
  });

  it('suppress_flow_events: only Flow Creation is dropped since 1.14.7; before that the kickoff sent nothing', () => {
    expect(run('1.15.17', true).map((s) => s.name)).toEqual(['Flow Execution', 'Environment Context', 'Flow Completed']);
    expect(run('1.14.7', true).map((s) => s.name)).toEqual(['Flow Execution', 'Environment Context']);
    expect(run('1.14.5', true)).toEqual([]);
  });

  it('0.70.1: Flow Creation and Flow Execution without crewai_version; nothing before', () => {
    const spans = run('0.70.1');
    expect(spans.map((s) => s.name)).toEqual(['Flow Creation', 'Flow Execution']);
    expect(spans[1].attributes.map((a) => a.key)).toEqual(['flow_name', 'node_names']);
    expect(run('0.65.2')).toEqual([]);
  });
});
