// Tool Usage, Tool Repeated Usage, Tool Usage Error (spec c, f).
import type { AttributeDef, SpanDef } from './types.js';

const toolName = (gate: AttributeDef['gate'], condition?: string, since?: string): AttributeDef => ({
  key: 'tool_name',
  gate,
  condition,
  source: 'user:tool.name',
  slot: 'tool.name',
  releases: since ? { since } : undefined,
});

const common: AttributeDef[] = [
  { key: 'crewai_version', gate: 'default', source: 'run:crewai_version', releases: { since: '0.28.5' } },
  { key: 'llm', gate: 'conditional', condition: 'a function_calling_llm is configured', source: 'agent.function_calling_llm' },
  { key: 'agent_fingerprint', gate: 'conditional', condition: 'an agent is passed (no call site does at 1.15.17)', source: 'agent.fingerprint', releases: { since: '0.114.0' } },
];

const REACT = 'a tool call on the ReAct (text) path; from 1.9.0 models with native function calling emit no tool spans';

export const toolUsage: SpanDef = {
  name: 'Tool Usage',
  trigger: REACT,
  emittedBy: 'tool',
  gate: 'default',
  releases: { since: '0.10.0' },
  attributes: [toolName('default'), { key: 'attempts', gate: 'default', source: 'run:attempts' }, ...common],
};

export const toolRepeatedUsage: SpanDef = {
  name: 'Tool Repeated Usage',
  trigger: `the agent repeats a call with the same input (${REACT})`,
  emittedBy: 'tool',
  gate: 'default',
  releases: { since: '0.11.0' },
  attributes: [toolName('default'), { key: 'attempts', gate: 'default', source: 'run:attempts' }, ...common],
};

export const toolUsageError: SpanDef = {
  name: 'Tool Usage Error',
  trigger: 'tool usage limit reached, repeated tool exceptions, or an unparseable tool call',
  emittedBy: 'tool',
  gate: 'default',
  releases: { since: '0.10.0' },
  attributes: [toolName('conditional', 'usage-limit and repeated-exception errors only', '1.15.17'), ...common],
};
