// Agents and tasks from config entries (YAML, JSON crews, inline flow crews): one
// reader for all formats, since CrewAI feeds them all through the same fields.

import type { Diagnostic } from '../core/diagnostics.js';
import type { SourceString } from '../core/source.js';
import { get, getBool, getEntry, getNumber, getString, walkStrings, type ConfigNode, type MapNode } from '../load/tree.js';
import { agentConfigSchema, KNOWN_AGENT_KEYS, KNOWN_TASK_KEYS, taskConfigSchema, validateEntry } from './schemas.js';
import { mcpServerName, mcpTool, toolFromString, type ToolContext } from './tools.js';
import type { Agent, FieldSlot, FieldString, FingerprintConfig, Task, Tool } from './types.js';

const AGENT_SLOTS: Record<string, FieldSlot> = {
  role: 'agent.role',
  goal: 'agent.goal',
  backstory: 'agent.backstory',
  llm: 'agent.llm',
};
const TASK_SLOTS: Record<string, FieldSlot> = {
  name: 'task.name',
  description: 'task.description',
  expected_output: 'task.expected_output',
};

export interface EntryResult<T> {
  value: T;
  strings: FieldString[];
  diagnostics: Diagnostic[];
}

/** Settings of a JSON crew agent's `settings` object override its top-level keys. */
function effectiveAgentNode(node: MapNode): MapNode {
  const settings = get(node, 'settings');
  if (settings?.kind !== 'map') return node;
  return { ...node, entries: [...node.entries.filter((e) => e.key !== 'settings'), ...settings.entries] };
}

export function agentFromNode(key: string, raw: ConfigNode, file: string, ctx: ToolContext, crewId?: string): EntryResult<Agent> {
  const diagnostics = validateEntry(raw, agentConfigSchema, KNOWN_AGENT_KEYS, `agent "${key}"`, file);
  const node = raw.kind === 'map' ? effectiveAgentNode(raw) : ({ kind: 'map', entries: [], span: raw.span } as MapNode);
  const strings = entryStrings(node, `agents.${key}`, AGENT_SLOTS, crewId);
  const tools = toolsFrom(get(node, 'tools'), ctx, `agents.${key}.tools`, strings, crewId);
  const mcps = mcpToolsFrom(get(node, 'mcps'), `agents.${key}.mcps`, strings, crewId);
  const agent: Agent = {
    key,
    file,
    role: getString(node, 'role'),
    goal: getString(node, 'goal'),
    backstory: getString(node, 'backstory'),
    llm: llmName(get(node, 'llm')),
    functionCallingLlm: llmName(get(node, 'function_calling_llm')),
    tools: [...tools, ...mcps],
    allowDelegation: getBool(node, 'allow_delegation') ?? false,
    allowCodeExecution: getBool(node, 'allow_code_execution') ?? false,
    multimodal: getBool(node, 'multimodal') ?? false,
    verbose: getBool(node, 'verbose') ?? false,
    maxIter: (getNumber(node, 'max_iter') as number | undefined) ?? 25,
    maxRpm: getNumber(node, 'max_rpm') ?? null,
    maxRetryLimit: (getNumber(node, 'max_retry_limit') as number | undefined) ?? 2,
    memory: Boolean(get(node, 'memory') && getBool(node, 'memory') !== false),
    fingerprint: fingerprintFrom(get(node, 'security_config'), `agents.${key}.security_config`, strings, crewId),
    location: raw.span,
  };
  return { value: agent, strings, diagnostics };
}

export function taskFromNode(key: string, raw: ConfigNode, file: string, ctx: ToolContext, crewId?: string): EntryResult<Task> {
  const diagnostics = validateEntry(raw, taskConfigSchema, KNOWN_TASK_KEYS, `task "${key}"`, file);
  const node = raw.kind === 'map' ? raw : ({ kind: 'map', entries: [], span: raw.span } as MapNode);
  const strings = entryStrings(node, `tasks.${key}`, TASK_SLOTS, crewId);
  const context = get(node, 'context');
  const task: Task = {
    key,
    file,
    name: getString(node, 'name'),
    description: getString(node, 'description'),
    expectedOutput: getString(node, 'expected_output'),
    agent: getString(node, 'agent')?.value,
    context: context?.kind === 'seq' ? context.items.flatMap((i) => (i.kind === 'str' ? [i.value.value] : [])) : [],
    tools: toolsFrom(get(node, 'tools'), ctx, `tasks.${key}.tools`, strings, crewId),
    asyncExecution: getBool(node, 'async_execution') ?? false,
    humanInput: getBool(node, 'human_input') ?? false,
    fingerprint: fingerprintFrom(get(node, 'security_config'), `tasks.${key}.security_config`, strings, crewId),
    location: raw.span,
  };
  return { value: task, strings, diagnostics };
}

/** Every string of an entry, each with its contract field path and slot. */
function entryStrings(node: MapNode, prefix: string, slots: Record<string, FieldSlot>, crewId?: string): FieldString[] {
  const out: FieldString[] = [];
  for (const e of node.entries) {
    if (e.key === 'tools' || e.key === 'mcps' || e.key === 'security_config') continue; // modelled below
    for (const s of walkStrings(e.value, [e.key])) {
      const slot = s.path.length === 1 ? (slots[e.key] ?? 'other') : e.key === 'llm' ? 'agent.llm' : 'other';
      out.push({ field: `${prefix}.${s.path.join('.')}`, slot, value: s.value, crewId });
    }
  }
  return out;
}

function llmName(node: ConfigNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.kind === 'str') return node.value.value;
  if (node.kind === 'map') return getString(node, 'model')?.value;
  return undefined;
}

function toolsFrom(node: ConfigNode | undefined, ctx: ToolContext, field: string, strings: FieldString[], crewId?: string): Tool[] {
  if (node?.kind !== 'seq') return [];
  const tools: Tool[] = [];
  node.items.forEach((item, i) => {
    if (item.kind === 'str') {
      const tool = toolFromString(item.value, ctx, item.span);
      tools.push(tool);
      // the reference itself is the user's text; the name CrewAI sends may live elsewhere
      strings.push({ field: `${field}[${i}]`, slot: tool.kind === 'unresolved' ? 'tool.name' : 'other', value: item.value, crewId });
      if (tool.nameSource && tool.nameSource !== item.value) {
        strings.push({ field: `tools.${tool.ref}.name`, slot: 'tool.name', value: tool.nameSource, crewId });
      }
    } else if (item.kind === 'map') {
      // a serialised BaseTool dict: its name passes through
      const name = getString(item, 'name');
      if (name) {
        tools.push({ kind: 'custom_class', name: name.value, nameSource: name, ref: name.value, location: item.span });
        strings.push({ field: `${field}[${i}].name`, slot: 'tool.name', value: name, crewId });
      }
    }
  });
  return tools;
}

/** Agent `mcps`: https URLs, AMP slugs, or server config objects (url / command + args). */
function mcpToolsFrom(node: ConfigNode | undefined, field: string, strings: FieldString[], crewId?: string): Tool[] {
  if (node?.kind !== 'seq') return [];
  const tools: Tool[] = [];
  node.items.forEach((item, i) => {
    let source: SourceString | undefined;
    let server: string | undefined;
    let toolName: string | undefined;
    if (item.kind === 'str') {
      source = item.value;
      const [ref, tool] = item.value.value.split('#');
      toolName = tool;
      server = /^[a-z]+:\/\//i.test(ref) ? mcpServerName({ url: ref }) : ref;
    } else if (item.kind === 'map') {
      const url = getString(item, 'url');
      const command = getString(item, 'command');
      const args = get(item, 'args');
      source = url ?? command;
      server = mcpServerName({
        url: url?.value,
        command: command?.value,
        args: args?.kind === 'seq' ? args.items.flatMap((a) => (a.kind === 'str' ? [a.value.value] : [])) : [],
      });
      if (args?.kind === 'seq') {
        args.items.forEach((a, j) => {
          if (a.kind === 'str') strings.push({ field: `${field}[${i}].args[${j}]`, slot: 'mcp.server', value: a.value, crewId });
        });
      }
      for (const s of walkStrings(get(item, 'headers'), [])) {
        strings.push({ field: `${field}[${i}].headers.${s.path.join('.')}`, slot: 'other', value: s.value, crewId });
      }
    }
    if (source && server) {
      tools.push(mcpTool(server, source, source.value, item.span, toolName));
      strings.push({ field: `${field}[${i}]`, slot: 'mcp.server', value: source, crewId });
    }
  });
  return tools;
}

/** security_config.fingerprint: a seed string, or a dict whose uuid_str/created_at/metadata are sent verbatim. */
export function fingerprintFrom(node: ConfigNode | undefined, field: string, strings: FieldString[], crewId?: string): FingerprintConfig | undefined {
  const fp = getEntry(node, 'fingerprint')?.value;
  if (!fp) return undefined;
  if (fp.kind === 'str') {
    strings.push({ field: `${field}.fingerprint`, slot: 'fingerprint.id', value: fp.value, crewId });
    return { seed: fp.value, location: fp.span };
  }
  if (fp.kind !== 'map') return undefined;
  const uuid = getString(fp, 'uuid_str');
  const createdAt = getString(fp, 'created_at');
  const metadata: SourceString[] = [];
  for (const s of walkStrings(get(fp, 'metadata'), [])) {
    metadata.push(s.value);
    strings.push({ field: `${field}.fingerprint.metadata.${s.path.join('.')}`, slot: 'fingerprint.metadata', value: s.value, crewId });
  }
  if (uuid) strings.push({ field: `${field}.fingerprint.uuid_str`, slot: 'fingerprint.id', value: uuid, crewId });
  if (createdAt) strings.push({ field: `${field}.fingerprint.created_at`, slot: 'fingerprint.created_at', value: createdAt, crewId });
  return { uuid, createdAt, metadata, location: fp.span };
}
