// Tool Usage, Tool Repeated Usage, Tool Usage Error (spec c, f; history g; advisory h.21).
// Emitted from ToolUsage, the text/ReAct tool-calling path only.
import { LLM_ROUTING_STEP } from './derive.js';
import type { AttributeDef, Condition, SpanDef, TransformStep } from './types.js';

/** tool_name: the raw name until 1.8.x, sanitize_tool_name since 1.9.0 (spec f). */
const TOOL_NAME_TRANSFORM: TransformStep[] = [
  { releases: { until: '1.9.0' }, transform: 'raw' },
  { releases: { since: '1.9.0' }, transform: 'sanitize' },
];

const REACT_PATH: Condition = {
  text: 'the agent calls the tool on the ReAct (text) path; since 1.9.0 an LLM with native function calling emits no tool spans',
  holds: 'run-time',
};
const FUNCTION_CALLING_LLM: Condition = { text: 'a function_calling_llm is configured (agent or crew)', holds: 'when-configured' };
const NO_CALLER: Condition = { text: 'only if an agent is passed: no call site passes one', holds: 'never' };

const TOOL_SLOTS: AttributeDef['slots'] = ['tool.name', { slot: 'mcp.server', releases: { since: '1.0.0' } }];

function toolName(extra: Partial<AttributeDef> = {}): AttributeDef {
  return { key: 'tool_name', gate: 'default', source: 'tool.name', slots: TOOL_SLOTS, interpolated: 'none', transform: TOOL_NAME_TRANSFORM, ...extra };
}

const version: AttributeDef = { key: 'crewai_version', gate: 'default', source: 'run:crewai_version', interpolated: 'none', releases: { since: '0.28.5' } };
const attempts: AttributeDef = { key: 'attempts', gate: 'default', source: 'run:attempts', interpolated: 'none' };

/** The function-calling LLM: JSON of its attributes (unconditional until 0.28.2), then its model. */
const llm: AttributeDef[] = [
  { key: 'llm', gate: 'default', source: 'tool.llm_attributes', interpolated: 'none', releases: { until: '0.28.5' } },
  { key: 'llm', gate: 'conditional', condition: FUNCTION_CALLING_LLM, source: 'tool.llm_attributes', interpolated: 'none', releases: { since: '0.28.5', until: '0.60.0' } },
  { key: 'llm', gate: 'conditional', condition: FUNCTION_CALLING_LLM, source: 'tool.llm', interpolated: 'none', releases: { since: '0.60.0' }, derive: LLM_ROUTING_STEP },
];

const agentAttributes: AttributeDef[] = [
  { key: 'agent_fingerprint', gate: 'conditional', condition: NO_CALLER, source: 'tool.agent_fingerprint', interpolated: 'none', releases: { since: '0.114.0' } },
  { key: 'agent_role', gate: 'conditional', condition: NO_CALLER, source: 'tool.agent_role', slots: ['agent.role'], interpolated: 'after', releases: { since: '0.114.0' } },
];

export const toolUsage: SpanDef = {
  name: 'Tool Usage',
  family: 'tool',
  trigger: 'a successful tool run on the ReAct path',
  gate: 'default',
  condition: REACT_PATH,
  releases: { since: '0.10.0' },
  attributes: [version, toolName(), attempts, ...llm, ...agentAttributes],
};

export const toolRepeatedUsage: SpanDef = {
  name: 'Tool Repeated Usage',
  family: 'tool',
  trigger: 'the agent repeats a tool call with the same input (ReAct path)',
  gate: 'default',
  condition: REACT_PATH,
  releases: { since: '0.11.0' },
  attributes: [version, toolName(), attempts, ...llm],
};

export const toolUsageError: SpanDef = {
  name: 'Tool Usage Error',
  family: 'tool',
  trigger: 'tool usage limit reached, a tool raised too often, or the tool call could not be parsed (ReAct path)',
  gate: 'default',
  condition: REACT_PATH,
  releases: { since: '0.10.0' },
  attributes: [
    version,
    ...llm,
    // the method accepted a name from 0.114.0, but no caller passed one until 1.15.17
    toolName({ gate: 'conditional', condition: { text: 'a tool name is passed: no call site passes one', holds: 'never' }, releases: { since: '0.114.0', until: '1.15.17' } }),
    toolName({ gate: 'conditional', condition: { text: 'usage-limit and repeated-exception errors (absent for unparseable calls)', holds: 'run-time' }, releases: { since: '1.15.17' } }),
    ...agentAttributes,
  ],
};
