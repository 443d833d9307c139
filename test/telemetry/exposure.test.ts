// Audit exposure: which attributes carry a user field at a release, read from the catalog.
import { describe, expect, it } from 'vitest';
import { catalogAt } from '../../src/telemetry/catalog/index.js';
import { interpolatedAfter, slotExposure } from '../../src/telemetry/exposure.js';

describe('slotExposure', () => {
  it('agent.role at 1.15.17: Crew Created lists and the task spans by default; Crew Execution with share_crew', () => {
    expect(slotExposure('agent.role', '1.15.17')).toEqual({
      default: ['Crew Created/crew_agents[].role', 'Crew Created/crew_tasks[].agent_role', 'Task Created/agent_role', 'Task Execution/agent_role'],
      shareCrew: ['Crew Execution/crew_agents[].role', 'Crew Execution/crew_tasks[].agent_role'],
    });
  });

  it('agent.goal: share_crew only at 1.15.17, default in 0.35.0 – 0.51.x', () => {
    expect(slotExposure('agent.goal', '1.15.17')).toEqual({ default: [], shareCrew: ['Crew Created/crew_agents[].goal', 'Crew Execution/crew_agents[].goal'] });
    expect(slotExposure('agent.goal', '0.35.0').default).toEqual(['Crew Created/crew_agents[].goal']);
    expect(slotExposure('agent.goal', '0.55.2').default).toEqual([]);
    expect(slotExposure('agent.goal', '0.30.11')).toEqual({ default: [], shareCrew: ['Crew Execution/crew_agents[].goal'] });
  });

  it('tool.name: tools_names lists and tool spans; mcp.server: tool spans only (names built at run time)', () => {
    expect(slotExposure('tool.name', '1.15.17').default).toEqual([
      'Crew Created/crew_agents[].tools_names[]',
      'Crew Created/crew_tasks[].tools_names[]',
      'Tool Usage/tool_name',
      'Tool Repeated Usage/tool_name',
      'Tool Usage Error/tool_name',
    ]);
    // before 1.15.17 no caller passed a tool name to Tool Usage Error
    expect(slotExposure('tool.name', '1.15.16').default).not.toContain('Tool Usage Error/tool_name');
    expect(slotExposure('mcp.server', '1.15.17')).toEqual({ default: ['Tool Usage/tool_name', 'Tool Repeated Usage/tool_name', 'Tool Usage Error/tool_name'], shareCrew: [] });
    expect(slotExposure('mcp.server', '0.186.0')).toEqual({ default: [], shareCrew: [] });
  });

  it('flows, inputs, fingerprints', () => {
    expect(slotExposure('flow.method', '1.15.17').default).toEqual(['Flow Execution/node_names[]']);
    expect(slotExposure('flow.method', '0.70.1').default).toEqual(['Flow Execution/node_names[]', 'Flow Plotting/node_names[]']);
    expect(slotExposure('flow.method', '0.65.2').default).toEqual([]);
    expect(slotExposure('crew.input', '1.15.17')).toEqual({ default: [], shareCrew: ['Crew Created/crew_inputs', 'Crew Execution/crew_inputs', 'Crew Test Execution/inputs'] });
    expect(slotExposure('fingerprint.id', '1.15.17').default).toEqual([
      'Crew Created/crew_fingerprint',
      'Task Created/crew_fingerprint',
      'Task Created/task_fingerprint',
      'Task Created/agent_fingerprint',
      'Task Execution/crew_fingerprint',
      'Task Execution/task_fingerprint',
      'Task Execution/agent_fingerprint',
    ]);
    // a fingerprint dict's values are sent verbatim only since 0.186.0
    expect(slotExposure('fingerprint.id', '0.177.0')).toEqual({ default: [], shareCrew: [] });
  });

  it('spans a release never exports do not count (Task Execution in 0.114.0)', () => {
    expect(slotExposure('task.description', '0.114.0').shareCrew).toEqual(['Crew Created/crew_tasks[].description', 'Crew Created/crew_tasks[].context[]', 'Task Created/formatted_description']);
  });

  it('fields telemetry never carries', () => {
    expect(slotExposure('task.name', '1.15.17')).toEqual({ default: [], shareCrew: [] });
    expect(slotExposure('crew.name', '1.15.17')).toEqual({ default: [], shareCrew: [] });
  });

  it('is the catalog read back: every slot-carrying attribute of an exported span appears', () => {
    for (const span of catalogAt('1.15.17')) {
      for (const a of span.attributes) {
        for (const s of a.slots ?? []) {
          if (typeof s !== 'string' || a.condition?.holds === 'never') continue;
          const e = slotExposure(s, '1.15.17');
          expect([...e.default, ...e.shareCrew], `${span.name}/${a.key}`).toContain(`${span.name}/${a.key}${a.list ? '[]' : ''}`);
        }
      }
    }
  });
});

describe('interpolatedAfter', () => {
  it('role: filled before a default attribute records it since 0.186.0', () => {
    expect(interpolatedAfter('agent.role', '1.15.17')).toBe(true);
    expect(interpolatedAfter('agent.role', '0.186.0')).toBe(true);
    expect(interpolatedAfter('agent.role', '0.177.0')).toBe(false);
  });

  it('description: only in v0.35.0 – v0.36.0 (Task Execution formatted_description by default); share-only otherwise', () => {
    expect(interpolatedAfter('task.description', '0.35.0')).toBe(true);
    expect(interpolatedAfter('task.description', '0.41.0')).toBe(false);
    expect(interpolatedAfter('task.description', '1.15.17')).toBe(false);
    expect(interpolatedAfter('agent.goal', '1.15.17')).toBe(false);
  });
});
