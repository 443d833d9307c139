// A crew from its config entries and, when there is one, its @CrewBase class:
// explicit Python kwargs win over YAML (spec j), the @agent/@task methods decide
// membership and order, the @crew method's Crew(...) call decides the settings.

import type { Diagnostic } from '../core/diagnostics.js';
import type { SourceString } from '../core/source.js';
import type { PyCrewCall, PyLiteral, PyMemberDefinition } from '../load/python/types.js';
import type { ConfigNode, MapNode } from '../load/tree.js';
import { agentFromNode, taskFromNode } from './entries.js';
import { mcpServerName, mcpTool, toolFromPy, type ToolContext } from './tools.js';
import type { Agent, Coverage, Crew, FieldSlot, FieldString, Setting, Task } from './types.js';
import type { LoadedDoc } from './yamlCrews.js';
import { pushAll } from '../core/arrays.js';

export interface BuiltCrew {
  crew: Crew;
  strings: FieldString[];
  diagnostics: Diagnostic[];
}

export interface CrewSource {
  id: string;
  root: string;
  name: string;
  kind: Crew['kind'];
  agentDocs: LoadedDoc[];
  taskDocs: LoadedDoc[];
  /** @agent / @task definitions of the Python class, when known */
  pyAgents?: PyMemberDefinition[];
  pyTasks?: PyMemberDefinition[];
  pyCrew?: PyCrewCall;
  codeFile?: string;
  /** other files the crew is built from (imported modules, configs the code loads) */
  extraFiles?: string[];
  /** references the Python resolver could not follow */
  unresolved?: Coverage['unresolved'];
}

/** Resolved = modelled; referenced = modelled + what could not be followed (tools: those named but not known). */
function coverageOf(agents: Agent[], tasks: Task[], unresolved: Coverage['unresolved']): Coverage {
  const tools = [...agents.flatMap((a) => a.tools), ...tasks.flatMap((t) => t.tools ?? [])];
  const unknownTools = tools.filter((t) => t.kind === 'unresolved');
  const all = [...unresolved, ...unknownTools.map((t) => ({ kind: 'tool' as const, what: t.ref, why: 'a tool crewtel cannot identify statically', location: t.location ?? { file: '', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } }))];
  const count = (kind: 'agent' | 'task', n: number) => ({ resolved: n, referenced: n + unresolved.filter((u) => u.kind === kind).length });
  return { agents: count('agent', agents.length), tasks: count('task', tasks.length), tools: { resolved: tools.length - unknownTools.length, referenced: tools.length }, unresolved: all };
}

interface Entry {
  key: string;
  node: ConfigNode;
  file: string;
}

function entriesOf(docs: LoadedDoc[]): Entry[] {
  const out: Entry[] = [];
  for (const d of docs) {
    if (d.root?.kind !== 'map') continue;
    for (const e of d.root.entries) out.push({ key: e.key, node: e.value, file: d.file });
  }
  return out;
}

const EMPTY = (span: ConfigNode['span']): MapNode => ({ kind: 'map', entries: [], span });

export function buildCrew(src: CrewSource, ctx: ToolContext): BuiltCrew {
  const strings: FieldString[] = [];
  const diagnostics: Diagnostic[] = [];
  const agentEntries = entriesOf(src.agentDocs);
  const taskEntries = entriesOf(src.taskDocs);

  // Python decides membership and order when there is a class; otherwise the config files do
  const agents = buildMembers(agentEntries, src.pyAgents, (key, node, file) => agentFromNode(key, node, file, ctx, src.id), (a, py) => applyPyAgent(a, py, ctx, strings, src.id), strings, diagnostics);
  const tasks = buildMembers(taskEntries, src.pyTasks, (key, node, file) => taskFromNode(key, node, file, ctx, src.id), (t, py) => applyPyTask(t, py, ctx, strings, src.id), strings, diagnostics);

  for (const t of tasks) {
    if (t.agent && !agents.some((a) => a.key === t.agent)) {
      const at = t.location?.start ?? { line: 1, column: 1 };
      diagnostics.push({ file: t.file, ...at, message: `task "${t.key}" names agent "${t.agent}", which no agents config or @agent method defines`, severity: 'warning' });
    }
  }

  const crew: Crew = {
    id: src.id,
    root: src.root,
    kind: src.kind,
    name: src.name,
    agents,
    tasks,
    process: { value: 'sequential', origin: 'default' },
    memory: { value: false, origin: 'default' },
    shareCrew: { value: false, origin: 'default' },
    tracing: { value: null, origin: 'default' },
    files: [...new Set([...src.agentDocs, ...src.taskDocs].map((d) => d.file).concat(src.codeFile ? [src.codeFile] : [], src.extraFiles ?? []))],
    codeFile: src.codeFile,
    coverage: coverageOf(agents, tasks, src.unresolved ?? []),
  };
  if (src.pyCrew) applyPyCrew(crew, src.pyCrew);
  return { crew, strings, diagnostics };
}

/** Agents or tasks: from @agent/@task definitions (with their config entry) or from the config entries alone. */
function buildMembers<T>(
  entries: Entry[],
  pyDefs: PyMemberDefinition[] | undefined,
  fromNode: (key: string, node: ConfigNode, file: string) => { value: T; strings: FieldString[]; diagnostics: Diagnostic[] },
  applyPy: (member: T, py: PyMemberDefinition) => void,
  strings: FieldString[],
  diagnostics: Diagnostic[],
): T[] {
  const defs: { key: string; entry?: Entry; py?: PyMemberDefinition }[] = pyDefs
    ? pyDefs.map((py) => ({ key: py.method, entry: lastEntry(entries, py.configKey ?? py.method), py }))
    : entries.map((entry) => ({ key: entry.key, entry }));
  return defs.map((def) => {
    const file = def.entry?.file ?? def.py?.location.file ?? '';
    const node = def.entry?.node ?? EMPTY(def.py!.location);
    const built = fromNode(def.entry?.key ?? def.key, node, file);
    if (def.py) applyPy(built.value, def.py);
    pushAll(strings, built.strings);
    pushAll(diagnostics, built.diagnostics);
    return built.value;
  });
}

function lastEntry(entries: Entry[], key: string): Entry | undefined {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i].key === key) return entries[i];
  return undefined;
}

const PY_AGENT_STRINGS: Record<string, { prop: 'role' | 'goal' | 'backstory'; slot: FieldSlot }> = {
  role: { prop: 'role', slot: 'agent.role' },
  goal: { prop: 'goal', slot: 'agent.goal' },
  backstory: { prop: 'backstory', slot: 'agent.backstory' },
};

function literalBool(lit: PyLiteral | undefined): boolean | undefined {
  return lit?.kind === 'bool' ? lit.value : undefined;
}

function literalString(lit: PyLiteral | undefined): SourceString | undefined {
  return lit?.kind === 'string' ? lit.value : undefined;
}

function applyPyAgent(agent: Agent, py: PyMemberDefinition, ctx: ToolContext, strings: FieldString[], crewId: string): void {
  for (const [kw, { prop, slot }] of Object.entries(PY_AGENT_STRINGS)) {
    const s = literalString(py.kwargs[kw]);
    if (!s) continue;
    agent[prop] = s;
    strings.push({ field: `agents.${agent.key}.${kw}`, slot, value: s, crewId });
  }
  const llm = py.kwargs.llm;
  if (llm?.kind === 'string') agent.llm = llm.value.value;
  else if (llm?.kind === 'call') {
    const model = llm.kwargs.model ?? llm.args[0];
    if (model?.kind === 'string') agent.llm = model.value.value;
  }
  const b = (k: string) => literalBool(py.kwargs[k]);
  agent.allowDelegation = b('allow_delegation') ?? agent.allowDelegation;
  agent.allowCodeExecution = b('allow_code_execution') ?? agent.allowCodeExecution;
  agent.multimodal = b('multimodal') ?? agent.multimodal;
  agent.verbose = b('verbose') ?? agent.verbose;
  agent.memory = b('memory') ?? agent.memory;
  const tools = py.kwargs.tools;
  if (tools?.kind === 'list') {
    agent.tools = tools.items.flatMap((t) => toolsFromPyItem(t, ctx, strings, crewId));
  }
  const mcps = py.kwargs.mcps;
  if (mcps?.kind === 'list') pushAll(agent.tools, mcpFromPy(mcps.items, `agents.${agent.key}.mcps`, strings, crewId));
}

function applyPyTask(task: Task, py: PyMemberDefinition, ctx: ToolContext, strings: FieldString[], crewId: string): void {
  const d = literalString(py.kwargs.description);
  if (d) {
    task.description = d;
    strings.push({ field: `tasks.${task.key}.description`, slot: 'task.description', value: d, crewId });
  }
  const e = literalString(py.kwargs.expected_output);
  if (e) {
    task.expectedOutput = e;
    strings.push({ field: `tasks.${task.key}.expected_output`, slot: 'task.expected_output', value: e, crewId });
  }
  const agent = py.kwargs.agent;
  if (agent && agent.kind !== 'string') {
    const text = agent.kind === 'name' || agent.kind === 'unknown' ? agent.text : agent.kind === 'call' ? agent.callee : '';
    const m = /(?:self\.)?([A-Za-z_]\w*)\s*(?:\(\s*\))?$/.exec(text);
    if (m) task.agent = m[1];
  }
  const context = py.kwargs.context;
  if (context?.kind === 'list') {
    task.context = context.items.flatMap((i) => {
      const text = i.kind === 'name' || i.kind === 'unknown' ? i.text : i.kind === 'call' ? i.callee : '';
      const m = /(?:self\.)?([A-Za-z_]\w*)\s*(?:\(\s*\))?$/.exec(text);
      return m ? [m[1]] : [];
    });
  }
  task.asyncExecution = literalBool(py.kwargs.async_execution) ?? task.asyncExecution;
  task.humanInput = literalBool(py.kwargs.human_input) ?? task.humanInput;
  const tools = py.kwargs.tools;
  if (tools?.kind === 'list') task.tools = tools.items.flatMap((t) => toolsFromPyItem(t, ctx, strings, crewId));
}

/** A tool from a Python tools=[…] item; a name the user wrote is scanned as `tools.<ref>.name`. */
function toolsFromPyItem(lit: PyLiteral, ctx: ToolContext, strings: FieldString[], crewId: string) {
  const tool = toolFromPy(lit, ctx);
  if (!tool) return [];
  if (tool.nameSource) strings.push({ field: `tools.${tool.ref.replace(/\(.*$/, '')}.name`, slot: 'tool.name', value: tool.nameSource, crewId });
  return [tool];
}

function mcpFromPy(items: PyLiteral[], field: string, strings: FieldString[], crewId: string) {
  return items.flatMap((item, i) => pyMcpTool(item, `${field}[${i}]`, strings, crewId));
}


function pyMcpTool(item: PyLiteral, field: string, strings: FieldString[], crewId: string) {
  if (item.kind === 'string') {
    const [ref, tool] = item.value.value.split('#');
    const server = /^[a-z]+:\/\//i.test(ref) ? mcpServerName({ url: ref }) : ref;
    if (!server) return [];
    strings.push({ field, slot: 'mcp.server', value: item.value, crewId });
    return [mcpTool(server, item.value, item.value.value, item.value.span, tool)];
  }
  if (item.kind === 'call') {
    const url = literalString(item.kwargs.url);
    const command = literalString(item.kwargs.command);
    const argsLit = item.kwargs.args;
    const args = argsLit?.kind === 'list' ? argsLit.items.flatMap((a) => (a.kind === 'string' ? [a.value] : [])) : [];
    const server = mcpServerName({ url: url?.value, command: command?.value, args: args.map((a) => a.value) });
    if (!server) return [];
    const source = url ?? command;
    if (source) strings.push({ field, slot: 'mcp.server', value: source, crewId });
    args.forEach((a, j) => strings.push({ field: `${field}.args[${j}]`, slot: 'mcp.server', value: a, crewId }));
    return [mcpTool(server, source, item.callee, item.location)];
  }
  return [];
}

function setting<T>(value: T, lit: PyLiteral): Setting<T> {
  const location = lit.kind === 'string' ? lit.value.span : 'location' in lit ? lit.location : undefined;
  return { value, origin: 'code', location };
}

function applyPyCrew(crew: Crew, call: PyCrewCall): void {
  const k = call.kwargs;
  if (k.share_crew?.kind === 'bool') crew.shareCrew = setting(k.share_crew.value, k.share_crew);
  if (k.memory?.kind === 'bool') crew.memory = setting(k.memory.value, k.memory);
  else if (k.memory && k.memory.kind !== 'none') crew.memory = setting(true, k.memory);
  if (k.tracing?.kind === 'bool') crew.tracing = setting<boolean | null>(k.tracing.value, k.tracing);
  const p = k.process;
  if (p) {
    const text = p.kind === 'string' ? p.value.value : p.kind === 'name' || p.kind === 'unknown' ? p.text : '';
    if (/hierarchical/.test(text)) crew.process = setting('hierarchical', p);
    else if (/sequential/.test(text)) crew.process = setting('sequential', p);
  }
}

