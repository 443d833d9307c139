// JSON crews (crew.jsonc + agents/<name>.jsonc) and crews defined inline in
// declarative flow.yaml files: both go through CrewAI's JSON crew loader, so both
// can set share_crew, memory, process, security_config and default inputs.

import { dirname, join, relative } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { displayPath, InlineString } from '../core/source.js';
import { get, getBool, getEntry, getString, walkStrings, type ConfigNode } from '../load/tree.js';
import { agentFromNode, fingerprintFrom, taskFromNode } from './entries.js';
import type { ToolContext } from './tools.js';
import type { Agent, Crew, CrewInputs, FieldString, Flow, Setting, Task } from './types.js';
import type { LoadedDoc } from './yamlCrews.js';
import type { BuiltCrew } from './buildCrew.js';
import { pushAll } from '../core/arrays.js';

export type ReadDoc = (abs: string) => LoadedDoc | undefined;

const CREW_KEYS = new Set([
  'name', 'agents', 'tasks', 'process', 'verbose', 'memory', 'inputs', 'share_crew', 'tracing', 'security_config',
  'planning', 'planning_llm', 'manager_llm', 'chat_llm', 'manager_agent', 'callbacks', 'function_calling_llm',
  'max_rpm', 'cache', 'knowledge_sources', 'embedder', 'output_log_file', 'stream', 'step_callback', 'task_callback',
  'prompt_file', 'before_kickoff_callbacks', 'after_kickoff_callbacks', 'skills', 'checkpoint', 'config', '$schema',
]);

/** A JSON crew file: agents are names of agents/<name>.jsonc files beside it. */
export function buildJsonCrew(doc: LoadedDoc, read: ReadDoc, ctx: ToolContext, cwd: string): BuiltCrew {
  const diagnostics: Diagnostic[] = [];
  const root = doc.root!;
  const dir = dirname(doc.abs);
  const id = displayPath(relative(cwd, doc.abs), cwd);
  if (root.kind === 'map') {
    for (const e of root.entries) {
      if (!CREW_KEYS.has(e.key)) diagnostics.push({ file: doc.file, ...e.keySpan.start, message: `unknown key "${e.key}" in JSON crew (CrewAI rejects unknown crew keys)`, severity: 'warning' });
    }
  }
  const agentNodes: { key: string; node: ConfigNode; file: string }[] = [];
  const agentsList = get(root, 'agents');
  if (agentsList?.kind === 'seq') {
    for (const item of agentsList.items) {
      if (item.kind !== 'str') continue;
      const name = item.value.value;
      const agentDoc = read(join(dir, 'agents', `${name}.jsonc`)) ?? read(join(dir, 'agents', `${name}.json`));
      if (!agentDoc) {
        diagnostics.push({ file: doc.file, ...item.span.start, message: `agent "${name}" has no agents/${name}.jsonc file`, severity: 'error' });
        continue;
      }
      if (agentDoc.root) agentNodes.push({ key: name, node: agentDoc.root, file: agentDoc.file });
    }
  }
  return crewFromDefinition(root, agentNodes, { id, root: dir, file: doc.file, name: getString(root, 'name')?.value ?? id, kind: 'json' }, ctx, diagnostics);
}

/** Inline crew in a flow: `agents` is a mapping name → definition, or a list of {name: …} / one-key mappings. */
export function buildInlineCrew(def: ConfigNode, meta: { id: string; root: string; file: string; name: string }, ctx: ToolContext): BuiltCrew {
  const agentNodes: { key: string; node: ConfigNode; file: string }[] = [];
  const agents = get(def, 'agents');
  if (agents?.kind === 'map') for (const e of agents.entries) agentNodes.push({ key: e.key, node: e.value, file: meta.file });
  else if (agents?.kind === 'seq') {
    for (const item of agents.items) {
      if (item.kind !== 'map') continue;
      const name = getString(item, 'name')?.value;
      if (name) agentNodes.push({ key: name, node: { ...item, entries: item.entries.filter((e) => e.key !== 'name') }, file: meta.file });
      else if (item.entries.length === 1) agentNodes.push({ key: item.entries[0].key, node: item.entries[0].value, file: meta.file });
    }
  }
  return crewFromDefinition(def, agentNodes, { ...meta, kind: 'inline' }, ctx, []);
}

function crewFromDefinition(
  root: ConfigNode,
  agentNodes: { key: string; node: ConfigNode; file: string }[],
  meta: { id: string; root: string; file: string; name: string; kind: Crew['kind'] },
  ctx: ToolContext,
  diagnostics: Diagnostic[],
): BuiltCrew {
  const strings: FieldString[] = [];
  const agents: Agent[] = [];
  for (const a of agentNodes) {
    const built = agentFromNode(a.key, a.node, a.file, ctx, meta.id);
    agents.push(built.value);
    pushAll(strings, built.strings);
    pushAll(diagnostics, built.diagnostics);
  }
  const tasks: Task[] = [];
  const taskList = get(root, 'tasks');
  if (taskList?.kind === 'seq') {
    taskList.items.forEach((item, i) => {
      const key = getString(item, 'name')?.value ?? `task_${i + 1}`;
      const built = taskFromNode(key, item, meta.file, ctx, meta.id);
      tasks.push(built.value);
      pushAll(strings, built.strings);
      pushAll(diagnostics, built.diagnostics);
    });
  }
  const crewName = getString(root, 'name');
  if (crewName) strings.push({ field: 'crew.name', slot: 'crew.name', value: crewName, crewId: meta.id });
  const crew: Crew = {
    id: meta.id,
    root: meta.root,
    kind: meta.kind,
    name: meta.name,
    agents,
    tasks,
    process: configSetting(root, 'process', 'sequential', (v) => (v === 'hierarchical' ? 'hierarchical' : 'sequential')),
    memory: boolSetting(root, 'memory'),
    shareCrew: boolSetting(root, 'share_crew'),
    tracing: (() => {
      const e = getEntry(root, 'tracing');
      const b = getBool(root, 'tracing');
      return e && b !== undefined ? { value: b, origin: 'config', location: e.value.span } : { value: null, origin: 'default' };
    })() as Setting<boolean | null>,
    fingerprint: fingerprintFrom(get(root, 'security_config'), 'crew.security_config', strings, meta.id),
    inputs: inputsFrom(get(root, 'inputs'), strings, meta.id),
    files: [...new Set([meta.file, ...agentNodes.map((a) => a.file)])],
  };
  return { crew, strings, diagnostics };
}

function boolSetting(root: ConfigNode, key: string): Setting<boolean> {
  const e = getEntry(root, key);
  const b = getBool(root, key);
  if (!e) return { value: false, origin: 'default' };
  // memory may be an object (a Memory config): truthy
  return { value: b ?? (e.value.kind !== 'scalar' || e.value.value !== null), origin: 'config', location: e.value.span };
}

function configSetting<T>(root: ConfigNode, key: string, fallback: T, map: (v: string) => T): Setting<T> {
  const e = getEntry(root, key);
  const s = getString(root, key);
  if (!e || !s) return { value: fallback, origin: 'default' };
  return { value: map(s.value), origin: 'config', location: e.value.span };
}

function inputsFrom(node: ConfigNode | undefined, strings: FieldString[], crewId: string): CrewInputs | undefined {
  if (node?.kind !== 'map') return undefined;
  const values: CrewInputs['values'] = {};
  for (const s of walkStrings(node, [])) {
    values[s.path.join('.')] = s.value;
    strings.push({ field: `crew.inputs.${s.path.join('.')}`, slot: 'crew.input', value: s.value, crewId });
  }
  return { values, location: node.span };
}

/** A declarative flow: its name, method names (sent as node_names) and inline crews. */
export function buildDeclarativeFlow(
  doc: LoadedDoc,
  read: ReadDoc,
  ctx: ToolContext,
  cwd: string,
): { flow: Flow; crews: BuiltCrew[]; strings: FieldString[] } {
  const root = doc.root!;
  const name = getString(root, 'name');
  const methods = get(root, 'methods');
  const strings: FieldString[] = [];
  const flowName = name?.value ?? 'Flow';
  if (name) strings.push({ field: `flows.${flowName}.name`, slot: 'flow.name', value: name });
  // method names are sent as node_names on Flow Execution
  if (methods?.kind === 'map') {
    for (const m of methods.entries) strings.push({ field: `flows.${flowName}.methods.${m.key}`, slot: 'flow.method', value: new InlineString(m.key, m.keySpan) });
  }
  const flow: Flow = {
    name: flowName,
    nameSource: name,
    file: doc.file,
    kind: 'declarative',
    suppressFlowEvents: getBool(get(root, 'config'), 'suppress_flow_events') ?? false,
    methods: methods?.kind === 'map' ? methods.entries.map((e) => ({ name: e.key, location: e.keySpan })) : [],
    location: root.span,
  };
  const crews: BuiltCrew[] = [];
  if (methods?.kind === 'map') {
    for (const m of methods.entries) {
      for (const call of crewCalls(m.value)) {
        const from = getString(call, 'from_declaration');
        if (from) {
          const target = read(join(dirname(doc.abs), from.value));
          if (target?.root) crews.push(buildJsonCrew(target, read, ctx, cwd));
          continue;
        }
        const def = get(call, 'with');
        if (def?.kind === 'map') {
          const id = `${doc.file}#${m.key}`;
          crews.push(buildInlineCrew(def, { id, root: dirname(doc.abs), file: doc.file, name: `${flowName}.${m.key}` }, ctx));
        }
      }
    }
  }
  return { flow, crews, strings };
}

/** Every `call: crew` action under a method (including steps of `each`). */
function* crewCalls(node: ConfigNode): Generator<ConfigNode> {
  if (node.kind === 'map') {
    if (getString(node, 'call')?.value === 'crew') yield node;
    for (const e of node.entries) yield* crewCalls(e.value);
  } else if (node.kind === 'seq') {
    for (const i of node.items) yield* crewCalls(i);
  }
}
