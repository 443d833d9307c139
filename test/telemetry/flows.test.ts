import { describe, expect, it } from 'vitest';
import type { Flow } from '../../src/model/types.js';
import { flowSpans } from '../../src/telemetry/simulate.js';

const flow = (suppress: boolean): Flow => ({ name: 'Pipeline', file: 'main.py', kind: 'python', suppressFlowEvents: suppress, methods: [{ name: 'fetch' }, { name: 'summarise' }] });
const attr = (spans: ReturnType<typeof flowSpans>, span: string, key: string) => spans.find((s) => s.name === span)?.attributes.find((a) => a.key === key)?.value;

describe('flow spans (spec c, h.14, h.23)', () => {
  it('1.15.17: Flow Creation, Flow Execution with node_names as a JSON list, Flow Completed', () => {
    const spans = flowSpans(flow(false), '1.15.17');
    expect(spans.map((s) => s.name)).toEqual(['Flow Creation', 'Flow Execution', 'Flow Completed']);
    expect(attr(spans, 'Flow Execution', 'node_names')).toBe('["fetch", "summarise"]');
    expect(attr(spans, 'Flow Execution', 'origin')).toBe('user');
    expect(spans[1].attributes.map((a) => a.key)).toEqual(['crewai_version', 'flow_name', 'node_names', 'origin', 'resumed', 'conversational', 'coding_agent', 'runtime_context']);
  });

  it('suppress_flow_events drops Flow Creation only (since 1.14.7), everything before', () => {
    expect(flowSpans(flow(true), '1.15.17').map((s) => s.name)).toEqual(['Flow Execution', 'Flow Completed']);
    expect(flowSpans(flow(true), '1.14.5').map((s) => s.name)).toEqual([]);
  });

  it('0.70.1: Flow Creation and Flow Execution without crewai_version; none before', () => {
    const spans = flowSpans(flow(false), '0.70.1');
    expect(spans.map((s) => s.name)).toEqual(['Flow Creation', 'Flow Execution']);
    expect(spans[1].attributes.map((a) => a.key)).toEqual(['flow_name', 'node_names']);
    expect(flowSpans(flow(false), '0.65.2')).toEqual([]);
  });
});
