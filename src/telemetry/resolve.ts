// One resolver per catalog ValueSource: the value CrewAI would send for an attribute
// (or a key inside crew_agents / crew_tasks), read from the model when it comes from
// the user's files, a <placeholder> when it is generated at run time, or undefined
// when CrewAI would not set it (a None value, an unmet condition).
import type { Agent, Crew, FingerprintConfig, Flow, Task, Tool } from '../model/types.js';
import type { AttributeDef, InnerKeyDef, Interpolation, ValueSource } from './catalog/types.js';
import { derivationAt, transformAt } from './catalog/index.js';
import { configuredTools, taskTools } from './attachedTools.js';
import { interpolateOnly, type KickoffInputs } from './interpolate.js';
import { agentKey, crewKey, missingKeyFields, taskKey } from './keys.js';
import { defaultModelPlaceholder, sentModelName } from './llmModel.js';
import { pyJsonDumps } from './pyjson.js';
import { applyNameTransform, sanitizeToolName } from './sanitizeToolName.js';
import { atLeast } from './versionRange.js';

export type AttributeValue = string | number | boolean;

export interface Resolved {
  value: AttributeValue;
  /** contract field path of the user value ('agents.researcher.role'), 'agents'/'tasks' for JSON lists, null for run-time values */
  source: string | null;
  /** the value (or part of it) is text from the user's files */
  fromUser: boolean;
}

/** Everything a resolver may read. */
export interface ResolveContext {
  version: string;
  share: boolean;
  crew?: CrewView;
  task?: Task;
  tool?: Tool;
  /** function_calling_llm in effect for a tool span */
  toolLlm?: string;
  flow?: { flow: Flow; origin: 'user' | 'internal'; nodeNames?: string; outcome?: string };
  feature?: string;
  projectId?: string;
  /** collects notes (missing inputs, unknown keys, …) */
  note(text: string): void;
}

/** A crew as kickoff sees it: agents in crew.agents order, inputs, lookups. */
export interface CrewView {
  crew: Crew;
  agents: Agent[];
  byKey: Map<string, Agent>;
  /** kickoff inputs (--inputs, else the ones found in the project) */
  inputs?: KickoffInputs;
  inputsSource?: string;
  /** the crew's texts contain {placeholders} */
  hasPlaceholders: boolean;
}

const RUN_PLACEHOLDERS: Partial<Record<ValueSource, string>> = {
  'run:python_version': '<python_version>',
  'run:hostname': '<hostname>',
  'run:uuid4': '<uuid4>',
  'run:platform': '<platform>',
  'run:platform_release': '<platform_release>',
  'run:platform_system': '<platform_system>',
  'run:platform_version': '<platform_version>',
  'run:cpus': '<cpu_count>',
  'run:crew_output': '<crew output>',
  'run:task_output': '<task output>',
  'run:attempts': '<attempts>',
  'run:duration_ms': '<duration_ms>',
  'run:error_type': '<exception class name>',
  'run:iterations': '<iterations>',
  'run:model_name': '<model_name>',
  'run:quality': '<quality>',
  'run:exec_time': '<exec_time>',
  'run:deployment_uuid': '<deployment uuid>',
  'run:log_type': 'deployment',
  'run:deploy_source': '<cli|tui>',
  'run:template_name': '<template name>',
  'run:hf_event_type': '<requested|received>',
  'run:hf_has_routing': '<has_routing>',
  'run:hf_num_outcomes': '<num_outcomes>',
  'run:hf_feedback_provided': '<feedback_provided>',
  'run:hf_outcome': '<outcome>',
  'run:env_tool': '<cc_env|codex_env|cursor_env|default_env>',
  'common:coding_agent': '<coding_agent>',
  'common:runtime_context': '<runtime_context>',
};

const ISO_LOCAL = '<iso-8601 local>';

const run = (value: AttributeValue): Resolved => ({ value, source: null, fromUser: false });
const user = (value: AttributeValue, source: string): Resolved => ({ value, source, fromUser: true });
const derived = (value: AttributeValue, source: string | null): Resolved => ({ value, source, fromUser: false });

/** The value of a span attribute in `ctx`, or undefined when CrewAI would not set it. */
export function resolveAttribute(def: AttributeDef, ctx: ResolveContext): Resolved | undefined {
  const view = ctx.crew;
  const task = ctx.task;
  const agent = task && view ? agentOf(task, view) : undefined;
  switch (def.source) {
    case 'run:crewai_version':
      return run(ctx.version);
    case 'run:feature':
      return ctx.feature === undefined ? undefined : run(ctx.feature);
    case 'common:project_id':
      return ctx.projectId?.trim() ? user(ctx.projectId.trim(), 'pyproject.toml [tool.crewai].project_id') : undefined;
    case 'crew.key':
      return view ? keyValue(crewKey(view.agents, view.crew.tasks), 'agents, tasks', 'the key of an agent or task with an unknown role/goal/backstory/description/expected_output') : undefined;
    case 'crew.process': {
      const p = view?.crew.process;
      return p ? (p.origin === 'default' ? derived(p.value, null) : user(p.value, 'crew.process')) : undefined;
    }
    case 'crew.memory': {
      const m = view?.crew.memory;
      return m ? (m.origin === 'default' ? derived(m.value, null) : user(m.value, 'crew.memory')) : undefined;
    }
    case 'crew.language':
      return run('en');
    case 'crew.task_count':
      return view ? derived(view.crew.tasks.length, 'tasks') : undefined;
    case 'crew.agent_count':
      return view ? derived(view.agents.length, 'agents') : undefined;
    case 'crew.fingerprint':
      return fingerprintId(view?.crew.fingerprint, 'crew.security_config.fingerprint', ctx.version);
    case 'crew.fingerprint_created_at':
      return fingerprintCreatedAt(view?.crew.fingerprint, 'crew.security_config.fingerprint.created_at', ctx.version);
    case 'crew.fingerprint_metadata':
      return fingerprintMetadata(view?.crew.fingerprint, 'crew.security_config.fingerprint.metadata');
    case 'crew.agents':
      return view ? jsonList(view.agents.map((a) => innerObject(def.inner ?? [], ctx, { agent: a })), 'agents') : undefined;
    case 'crew.tasks':
    case 'crew.tasks_output':
      return view ? jsonList(view.crew.tasks.map((t) => innerObject(def.inner ?? [], { ...ctx, task: t }, { task: t })), 'tasks') : undefined;
    case 'kickoff.inputs':
      return kickoffInputs(def, ctx);
    case 'task.key':
      return task ? keyValue(taskKey(task), `tasks.${task.key}`, `tasks.${task.key} lacks ${missingKeyFields(task).join(', ')}`) : undefined;
    case 'task.fingerprint':
      return task ? fingerprintId(task.fingerprint, `tasks.${task.key}.security_config.fingerprint`, ctx.version) : undefined;
    case 'task.fingerprint_created_at':
      return task ? fingerprintCreatedAt(task.fingerprint, `tasks.${task.key}.security_config.fingerprint.created_at`, ctx.version) : undefined;
    case 'task.fingerprint_metadata':
      return task ? fingerprintMetadata(task.fingerprint, `tasks.${task.key}.security_config.fingerprint.metadata`) : undefined;
    case 'task.agent_fingerprint':
      return agent ? fingerprintId(agent.fingerprint, `agents.${agent.key}.security_config.fingerprint`, ctx.version) : undefined;
    case 'task.agent_role':
      return agent?.role ? textValue(agent.role.value, def.interpolated, ctx, `agents.${agent.key}.role`) : agent ? run('<agent role>') : undefined;
    case 'task.description':
      return task?.description ? textValue(task.description.value, def.interpolated, ctx, `tasks.${task.key}.description`) : task ? run('<task description>') : undefined;
    case 'task.expected_output':
      return task?.expectedOutput ? textValue(task.expectedOutput.value, def.interpolated, ctx, `tasks.${task.key}.expected_output`) : task ? run('<expected output>') : undefined;
    case 'tool.name':
      return ctx.tool ? toolNameValue(ctx.tool, def, ctx.version) : undefined;
    case 'tool.llm':
      return ctx.toolLlm ? user(modelValue(ctx.toolLlm, def, ctx.version), 'function_calling_llm') : undefined;
    case 'tool.llm_attributes':
      return ctx.toolLlm || !def.condition ? run('<json of the function-calling LLM attributes>') : undefined;
    case 'tool.agent_fingerprint':
    case 'tool.agent_role':
      return undefined; // no call site passes an agent (spec c)
    case 'flow.name':
      return ctx.flow ? flowValue(ctx.flow.flow.name, ctx.flow, `flows.${ctx.flow.flow.name}.name`) : undefined;
    case 'flow.methods':
      if (!ctx.flow) return undefined;
      if (ctx.flow.nodeNames !== undefined) return run(ctx.flow.nodeNames);
      return flowValue(pyJsonDumps(ctx.flow.flow.methods.map((m) => m.name)), ctx.flow, `flows.${ctx.flow.flow.name}.methods`);
    case 'flow.origin':
      return ctx.flow ? run(ctx.flow.origin) : undefined;
    case 'flow.resumed':
    case 'flow.conversational':
      return ctx.flow ? run('false') : undefined;
    case 'flow.outcome':
      return ctx.flow ? run(ctx.flow.outcome ?? 'completed') : undefined;
    default: {
      const placeholder = RUN_PLACEHOLDERS[def.source];
      if (placeholder !== undefined) return def.gate === 'conditional' && def.condition?.holds !== 'always' && def.condition?.holds !== 'when-configured' ? undefined : run(placeholder);
      return undefined;
    }
  }
}

function agentOf(task: Task, view: CrewView): Agent | undefined {
  return task.agent ? view.byKey.get(task.agent) : undefined;
}

function keyValue(key: string | undefined, source: string, why: string): Resolved {
  return key ? derived(key, source) : run(`<md5: ${why}>`);
}

/** A user text recorded before (raw template) or after kickoff fills {placeholders}. */
function textValue(raw: string, when: Interpolation, ctx: ResolveContext, source: string): Resolved {
  if (when !== 'after') return user(raw, source);
  const filled = interpolateOnly(raw, ctx.crew?.inputs);
  if (filled.missing) ctx.note(`{${filled.missing}} in ${source} has no input: CrewAI would raise KeyError and the kickoff fail; shown unfilled`);
  return user(filled.value, source);
}

function flowValue(value: string, flow: NonNullable<ResolveContext['flow']>, source: string): Resolved {
  return flow.origin === 'internal' ? run(value) : user(value, source);
}

function jsonList(objects: { value: Record<string, unknown>; fromUser: boolean }[], source: string): Resolved {
  return { value: pyJsonDumps(objects.map((o) => o.value)), source, fromUser: objects.some((o) => o.fromUser) };
}

/** One object of crew_agents / crew_tasks / crew_tasks_output: the inner keys of this release and mode. */
function innerObject(inner: InnerKeyDef[], ctx: ResolveContext, of: { agent?: Agent; task?: Task }): { value: Record<string, unknown>; fromUser: boolean } {
  const value: Record<string, unknown> = {};
  let fromUser = false;
  for (const k of inner) {
    if (k.gate === 'share_crew' && !ctx.share) continue;
    const r = resolveInner(k, ctx, of);
    value[k.key] = r.value;
    fromUser ||= r.fromUser;
  }
  return { value, fromUser };
}

function resolveInner(k: InnerKeyDef, ctx: ResolveContext, of: { agent?: Agent; task?: Task }): { value: unknown; fromUser: boolean } {
  const { agent, task } = of;
  const view = ctx.crew!;
  const mine = (value: unknown) => ({ value, fromUser: true });
  const theirs = (value: unknown) => ({ value, fromUser: false });
  const taskAgent = task ? agentOf(task, view) : undefined;
  switch (k.source) {
    case 'run:uuid4':
      return theirs('<uuid4>');
    case 'run:task_output':
      return theirs('<task output>');
    case 'agent.key':
      return theirs(agent ? (agentKey(agent) ?? `<md5: agents.${agent.key} lacks ${missingKeyFields(agent).join(', ')}>`) : null);
    case 'agent.role':
      return agent?.role ? mine(textValue(agent.role.value, k.interpolated, ctx, `agents.${agent.key}.role`).value) : theirs('<agent role>');
    case 'agent.goal':
      return agent?.goal ? mine(textValue(agent.goal.value, k.interpolated, ctx, `agents.${agent.key}.goal`).value) : theirs('<agent goal>');
    case 'agent.backstory':
      return agent?.backstory ? mine(textValue(agent.backstory.value, k.interpolated, ctx, `agents.${agent.key}.backstory`).value) : theirs('<agent backstory>');
    case 'agent.memory':
      return theirs(agent?.memory ?? false);
    case 'agent.verbose':
      return theirs(agent?.verbose ?? false);
    case 'agent.max_iter':
      return theirs(agent?.maxIter ?? null);
    case 'agent.max_rpm':
      return theirs(agent?.maxRpm ?? null);
    case 'agent.i18n':
      return theirs(null); // the default I18N has no prompt file
    case 'agent.function_calling_llm_attributes':
      return theirs(agent?.functionCallingLlm ? '<json of the function-calling LLM attributes (name, model_name, model, temperature, …, class)>' : '{}');
    case 'agent.function_calling_llm_raw':
      return agent?.functionCallingLlm ? mine(agent.functionCallingLlm) : theirs(null);
    case 'agent.function_calling_llm':
      return agent?.functionCallingLlm ? mine(modelValue(agent.functionCallingLlm, k, ctx.version)) : theirs('');
    case 'agent.llm':
      // no llm: create_llm reads the release's environment variables, else its default model
      return agent?.llm ? mine(modelValue(agent.llm, k, ctx.version)) : theirs(defaultModelPlaceholder(ctx.version));
    case 'agent.llm_attributes':
      return theirs('<json of the LLM object attributes (name, model_name, model, temperature, …, class)>');
    case 'agent.allow_delegation':
      return theirs(agent?.allowDelegation ?? false);
    case 'agent.allow_code_execution':
      return theirs(agent?.allowCodeExecution ?? false);
    case 'agent.max_retry_limit':
      return theirs(agent?.maxRetryLimit ?? null);
    case 'agent.tools_names':
      return toolNamesList(agent ? configuredTools(agent.tools) : [], k, ctx.version);
    case 'agent.fingerprint':
      return theirs(agent ? fingerprintInner(agent.fingerprint, ctx.version) : null);
    case 'agent.fingerprint_created_at':
      return theirs(agent ? createdAtInner(agent.fingerprint, ctx.version) : null);
    case 'task.key':
      return theirs(task ? (taskKey(task) ?? `<md5: tasks.${task.key} lacks ${missingKeyFields(task).join(', ')}>`) : null);
    case 'task.description':
      return task?.description ? mine(textValue(task.description.value, k.interpolated, ctx, `tasks.${task.key}.description`).value) : theirs('<task description>');
    case 'task.expected_output':
      return task?.expectedOutput ? mine(textValue(task.expectedOutput.value, k.interpolated, ctx, `tasks.${task.key}.expected_output`).value) : theirs('<expected output>');
    case 'task.async_execution':
      return theirs(task?.asyncExecution ?? false);
    case 'task.human_input':
      return theirs(task?.humanInput ?? false);
    case 'task.agent_role':
      // task.agent.role if task.agent else "None"
      return taskAgent?.role ? mine(taskAgent.role.value) : theirs(task?.agent ? '<agent role>' : 'None');
    case 'task.agent_key':
      return theirs(taskAgent ? (agentKey(taskAgent) ?? `<md5: agents.${taskAgent.key} lacks ${missingKeyFields(taskAgent).join(', ')}>`) : null);
    case 'task.context': {
      if (!task || task.context.length === 0) return theirs(null);
      const descriptions = task.context.map((key) => view.crew.tasks.find((t) => t.key === key)?.description?.value ?? `<description of ${key}>`);
      return mine(descriptions);
    }
    case 'task.tools_names': {
      if (!task) return toolNamesList([], k, ctx.version);
      const inherits = derivationAt(k.derive, ctx.version) === 'inherit-agent-tools';
      return toolNamesList(inherits ? taskTools(task, taskAgent).tools : configuredTools(task.tools), k, ctx.version);
    }
    case 'task.fingerprint':
      return theirs(task ? fingerprintInner(task.fingerprint, ctx.version) : null);
    case 'task.fingerprint_created_at':
      return theirs(task ? createdAtInner(task.fingerprint, ctx.version) : null);
    default:
      return theirs(null);
  }
}

/** An llm / function_calling_llm string as the LLM object CrewAI builds from it holds it (`.model`). */
function modelValue(model: string, def: AttributeDef | InnerKeyDef, version: string): string {
  return derivationAt(def.derive, version) === 'llm-routing' ? sentModelName(model, version).value : model;
}

function toolNamesList(tools: Tool[], k: InnerKeyDef, version: string): { value: string[]; fromUser: boolean } {
  const transform = transformAt(k.transform, version) ?? 'raw';
  return {
    value: tools.map((t) => (t.kind === 'unresolved' ? `<name of ${t.ref}>` : applyNameTransform(t.name, transform, version))),
    fromUser: tools.some((t) => t.nameSource !== undefined),
  };
}

function toolNameValue(tool: Tool, def: AttributeDef, version: string): Resolved {
  const transform = transformAt(def.transform, version) ?? 'raw';
  if (tool.kind === 'mcp') return mcpToolName(tool, transform, version);
  if (tool.kind === 'unresolved') return run(`<name of ${tool.ref}>`);
  const value = applyNameTransform(tool.name, transform, version);
  if (tool.kind === 'builtin') return derived(value, `built-in ${tool.ref}`);
  return tool.nameSource ? user(value, `tools.${tool.ref}.name`) : derived(value, `tools.${tool.ref}`);
}

/**
 * MCP tools are named <server>_<tool> at run time (spec f): the server part is known,
 * the tool part is not. Sanitised, about the first 55 characters of the server survive.
 */
function mcpToolName(tool: Tool, transform: ReturnType<typeof transformAt>, version: string): Resolved {
  const server = tool.mcpServerName ?? tool.name;
  const source = `tools.${tool.ref}`;
  const toolPart = tool.name.startsWith(`${server}_`) ? tool.name.slice(server.length + 1) : '<tool>';
  if (toolPart !== '<tool>') {
    return user(applyNameTransform(`${server}_${toolPart}`, transform ?? 'raw', version), source);
  }
  if (transform !== 'sanitize') return user(`${applyNameTransform(server, transform ?? 'raw', version)}_<tool>`, source);
  const s = sanitizeToolName(server);
  // a short server name leaves room for the tool name; a long one is cut to 55 + hash (or 64 before 1.10.1)
  if (s.length <= 40) return user(`${s}_<tool>`, source);
  return user(atLeast(version, '1.10.1') ? `${s.slice(0, 55).replace(/_+$/, '')}_<sha256[:8]>` : `${s.slice(0, 64).replace(/_+$/, '')}`, source);
}

/** Kickoff inputs as json.dumps writes them. */
function kickoffInputs(def: AttributeDef, ctx: ResolveContext): Resolved | undefined {
  const view = ctx.crew;
  const inputs = view?.inputs;
  if (inputs && inputs.size > 0) return user(pyJsonDumps(inputs), view?.inputsSource ?? 'inputs');
  if (view?.hasPlaceholders) return run('<json of the kickoff inputs>');
  // empty / no inputs: omitted while CrewAI wrote `json.dumps(inputs) if inputs else None`
  if (def.condition) return undefined;
  return run(def.key === 'inputs' && !atLeast(ctx.version, '0.41.0') ? 'null' : '{}');
}

/** crew/task/agent fingerprint uuid: a dict's uuid_str is sent verbatim since 0.186.0 (h.20). */
function fingerprintId(fp: FingerprintConfig | undefined, source: string, version: string): Resolved {
  if (fp?.uuid && atLeast(version, '0.186.0')) return user(fp.uuid.value, `${source}.uuid_str`);
  if (fp?.seed) return derived('<uuid5 of the fingerprint seed>', source);
  return run('<uuid4>');
}

function fingerprintCreatedAt(fp: FingerprintConfig | undefined, source: string, version: string): Resolved {
  if (fp?.createdAt && atLeast(version, '0.186.0')) return user(fp.createdAt.value, source);
  return run(ISO_LOCAL);
}

function fingerprintMetadata(fp: FingerprintConfig | undefined, source: string): Resolved | undefined {
  return fp?.metadata?.length ? user('<json of the fingerprint metadata>', source) : undefined;
}

function fingerprintInner(fp: FingerprintConfig | undefined, version: string): string {
  if (fp?.uuid && atLeast(version, '0.186.0')) return fp.uuid.value;
  return fp?.seed ? '<uuid5 of the fingerprint seed>' : '<uuid4>';
}

function createdAtInner(fp: FingerprintConfig | undefined, version: string): string {
  return fp?.createdAt && atLeast(version, '0.186.0') ? fp.createdAt.value : ISO_LOCAL;
}
