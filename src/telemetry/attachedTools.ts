// Which tools an agent can call while a crew runs a task (spec f): the task's tools,
// else the agent's; plus the tools CrewAI attaches per task itself (delegation, code
// execution, multimodal, MCP, memory). Only the configured agent/task tools appear in
// `tools_names`; everything added here reaches telemetry only as `tool_name` on tool
// spans.
import type { Agent, Crew, Task, Tool } from '../model/types.js';
import { builtinTool } from '../model/toolNames.js';
import { atLeast, inRange } from './versionRange.js';

export interface AttachedTool {
  tool: Tool;
  /** why CrewAI added it (undefined for configured tools) */
  attachedBecause?: string;
}

/** Tools listed in `tools_names`: the configured ones only (MCP and built-ins are merged per task). */
export function configuredTools(tools: Tool[]): Tool[] {
  return tools.filter((t) => t.kind !== 'mcp' && t.kind !== 'builtin');
}

/**
 * The tools a task holds once validated: its own, else its agent's (Task.check_tools:
 * `if not self.tools and self.agent and self.agent.tools`). MCP servers are the agent's
 * `mcps`, not its `tools`, so they are never inherited.
 */
export function taskTools(task: Task, agent: Agent | undefined): { tools: Tool[]; inheritedFrom?: Agent } {
  const own = configuredTools(task.tools);
  if (task.tools.length > 0 || !agent) return { tools: own };
  const theirs = configuredTools(agent.tools);
  return theirs.length ? { tools: theirs, inheritedFrom: agent } : { tools: own };
}

/** Built-in tool names by release: the delegation tools were "co-worker" before 0.32.0. */
function builtin(cls: string, version: string, because: string): AttachedTool {
  const entry = builtinTool(cls);
  const name = atLeast(version, '0.32.0') ? entry.name : entry.name.replace('coworker', 'co-worker');
  return { tool: { kind: 'builtin', name, ref: cls }, attachedBecause: because };
}

/** The tools available to `agent` while it runs `task` in `crew`, at `version` (Crew._prepare_tools). */
export function toolsForTask(crew: Crew, task: Task, agent: Agent | undefined, crewAgentCount: number, version: string): AttachedTool[] {
  const configured = task.tools.length ? task.tools : (agent?.tools ?? []);
  const out: AttachedTool[] = configuredTools(configured).map((tool) => ({ tool }));
  const hierarchical = crew.process.value === 'hierarchical';
  if (hierarchical || (agent?.allowDelegation && crewAgentCount > 1)) {
    const because = hierarchical ? 'hierarchical process: the manager agent delegates' : 'allow_delegation=True with more than one agent';
    out.push(builtin('DelegateWorkTool', version, because), builtin('AskQuestionTool', version, because));
  }
  if (agent?.allowCodeExecution && inRange(version, { since: '0.35.0', until: '1.14.0' })) {
    out.push({ tool: { kind: 'builtin', name: 'Code Interpreter', ref: 'CodeInterpreterTool' }, attachedBecause: 'allow_code_execution=True (crewai-tools CodeInterpreterTool, until 1.13.x)' });
  }
  if (agent?.multimodal && atLeast(version, '0.95.0')) {
    out.push(builtin('AddImageTool', version, "multimodal=True and the agent's LLM does not report multimodal support"));
  }
  if (agent && atLeast(version, '1.0.0')) {
    for (const t of agent.tools.filter((x) => x.kind === 'mcp')) out.push({ tool: t, attachedBecause: 'agent mcps: tools named <server>_<tool> at run time' });
  }
  if ((agent?.memory || crew.memory.value) && atLeast(version, '1.10.0')) {
    out.push(builtin('RecallMemoryTool', version, 'memory is on'), builtin('RememberTool', version, 'memory is on (omitted for read-only memory)'));
  }
  return out;
}
