// A kickoff of each crew and flow, replayed against the catalog at the crew's
// release: which spans CrewAI would emit and with which values. Values from the
// user's files are shown as CrewAI sends them; run-time values as <placeholders>.

import type { Agent, Crew, Flow, Task, Tool } from '../model/types.js';
import { builtinTool } from '../model/toolNames.js';
import { compareVersions } from '../release/version.js';
import { catalogAt, type AttributeDef, type SpanDef } from './catalog/index.js';
import type { Gate, InnerKeyDef } from './catalog/types.js';
import { agentKey, crewKey, taskKey } from './keys.js';
import { pyJsonDumps, pyStr } from './pyjson.js';
import { toolNameAt } from './sanitizeToolName.js';

export type AttributeValue = string | number | boolean;

export interface SimulatedAttribute {
  key: string;
  value: AttributeValue;
  gate: Gate;
  /** the user field the value comes from (e.g. agents.researcher.role), 'agents'/'tasks' for JSON lists, null for run-time values */
  source: string | null;
  fromUser: boolean;
}

export interface SimulatedSpan {
  name: string;
  trigger: string;
  /** the crew or flow this span belongs to */
  subject: string;
  version: string;
  attributes: SimulatedAttribute[];
}

export interface SimulateInput {
  crews: Crew[];
  flows: Flow[];
  /** release for crews without their own, and for flows */
  version: string;
  /** force the mode; otherwise each crew's own share_crew */
  shareCrew?: boolean;
  /** --inputs: fill {placeholders}; otherwise each crew's statically known inputs */
  inputs?: Record<string, unknown>;
  projectId?: string;
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_-]*)\}/g;

/** Kickoff interpolation: {name} → str(value); unknown names stay (CrewAI would raise). */
export function interpolate(text: string, inputs: Record<string, unknown> | undefined): string {
  if (!inputs || Object.keys(inputs).length === 0) return text;
  return text.replace(PLACEHOLDER, (m, name: string) => (name in inputs ? pyStr(inputs[name]) : m));
}

export function simulateKickoff(input: SimulateInput): SimulatedSpan[] {
  const spans: SimulatedSpan[] = [];
  let processSpansDone = false;
  for (const crew of input.crews) {
    const version = crew.release?.version ?? input.version;
    const shares = input.shareCrew ?? crew.shareCrew.value;
    const inputs = input.inputs ?? staticInputs(crew);
    const ctx = new CrewContext(crew, version, shares, inputs, input.projectId);
    spans.push(...ctx.crewSpans(!processSpansDone));
    processSpansDone = true;
  }
  for (const flow of input.flows) spans.push(...flowSpans(flow, input.version, input.projectId));
  return spans;
}

function staticInputs(crew: Crew): Record<string, unknown> | undefined {
  if (!crew.inputs) return undefined;
  return Object.fromEntries(Object.entries(crew.inputs.values).map(([k, v]) => [k, v.value]));
}

function commonAttrs(span: SpanDef, projectId: string | undefined): SimulatedAttribute[] {
  const out: SimulatedAttribute[] = [];
  for (const a of span.attributes) {
    if (a.key === 'coding_agent') out.push(run(a, '<coding agent: claude_code|codex|cursor|…|unknown>'));
    if (a.key === 'runtime_context') out.push(run(a, '<ci|container|interactive|non_interactive|…>'));
    if (a.key === 'project_id' && projectId) out.push({ key: a.key, value: projectId, gate: a.gate, source: 'pyproject.toml [tool.crewai].project_id', fromUser: true });
  }
  return out;
}

function run(a: { key: string; gate: Gate }, value: AttributeValue): SimulatedAttribute {
  return { key: a.key, value, gate: a.gate, source: null, fromUser: false };
}

const RUN_PLACEHOLDERS: Record<string, string> = {
  'run:python_version': '<python_version>',
  'run:uuid4': '<uuid4>',
  'run:hostname': '<hostname>',
  'run:platform': '<platform.platform()>',
  'run:platform_release': '<platform.release()>',
  'run:platform_system': '<platform.system()>',
  'run:platform_version': '<platform.version()>',
  'run:cpus': '<os.cpu_count()>',
  'run:task_output': '<task output>',
  'run:crew_output': '<crew output>',
  'run:crew_tasks_output': '<[{id, description (filled), output}]>',
  'run:attempts': '<attempts>',
  'run:duration_ms': '<duration_ms>',
  'run:env_tool': '<cc_env|codex_env|cursor_env|default_env>',
};

class CrewContext {
  private readonly agents: Agent[];
  private readonly byKey: Map<string, Agent>;

  constructor(
    private readonly crew: Crew,
    private readonly version: string,
    private readonly shares: boolean,
    private readonly inputs: Record<string, unknown> | undefined,
    private readonly projectId: string | undefined,
  ) {
    this.byKey = new Map(crew.agents.map((a) => [a.key, a]));
    this.agents = crewAgentOrder(crew);
  }

  crewSpans(withProcessSpans: boolean): SimulatedSpan[] {
    const out: SimulatedSpan[] = [];
    const catalog = catalogAt(this.version);
    const find = (name: string) => catalog.find((s) => s.name === name);
    const emit = (def: SpanDef | undefined, task?: Task, tool?: Tool) => {
      if (!def) return;
      if (def.gate === 'share_crew' && !this.shares) return;
      out.push(this.span(def, task, tool));
    };
    emit(find('Crew Created'));
    emit(find('Crew Execution'));
    if (withProcessSpans) {
      const codingAgent = find('Feature Usage');
      if (codingAgent && compareVersions(this.version, '1.15.11') >= 0) out.push(featureSpan(codingAgent, 'coding_agent:<coding agent>', this.version, this.crew.id, this.projectId));
      emit(find('Environment Context'));
    }
    const feature = find('Feature Usage');
    if (feature && (this.crew.memory.value || this.crew.agents.some((a) => a.memory))) {
      for (const f of ['memory:save', 'memory:query']) out.push(featureSpan(feature, f, this.version, this.crew.id, this.projectId));
    }
    if (feature && this.crew.agents.some((a) => a.tools.some((t) => t.kind === 'mcp'))) {
      for (const f of ['mcp:connection', 'mcp:tool_execution']) out.push(featureSpan(feature, f, this.version, this.crew.id, this.projectId));
    }
    const executorFlows = compareVersions(this.version, '1.14.7') >= 0;
    for (const task of this.crew.tasks) {
      emit(find('Task Created'), task);
      emit(find('Task Execution'), task);
      if (executorFlows) out.push(...internalExecutorFlow(this.version, this.crew.id, this.projectId));
    }
    for (const tool of this.toolsUsed()) emit(find('Tool Usage'), undefined, tool);
    return out;
  }

  private span(def: SpanDef, task?: Task, tool?: Tool): SimulatedSpan {
    const attributes: SimulatedAttribute[] = [];
    for (const a of def.attributes) {
      if (a.gate === 'share_crew' && !this.shares) continue;
      if (['coding_agent', 'runtime_context', 'project_id'].includes(a.key)) continue;
      const v = this.value(a, task, tool);
      if (v !== undefined) attributes.push(v);
    }
    attributes.push(...commonAttrs(def, this.projectId));
    return { name: def.name, trigger: def.trigger, subject: this.crew.id, version: this.version, attributes };
  }

  private value(a: AttributeDef, task?: Task, tool?: Tool): SimulatedAttribute | undefined {
    const base = { key: a.key, gate: a.gate };
    const user = (value: AttributeValue, source: string): SimulatedAttribute => ({ ...base, value, source, fromUser: true });
    const derived = (value: AttributeValue, source: string | null = null): SimulatedAttribute => ({ ...base, value, source, fromUser: false });
    const agent = task?.agent ? this.byKey.get(task.agent) : undefined;
    switch (a.source) {
      case 'run:crewai_version':
        return derived(this.version);
      case 'crew.key':
        return derived(crewKey(this.agents, this.crew.tasks));
      case 'crew.fingerprint':
        return fingerprintValue(base, this.crew.fingerprint, 'crew.security_config');
      case 'crew.fingerprint_created_at':
        return this.crew.fingerprint?.createdAt ? user(this.crew.fingerprint.createdAt.value, 'crew.security_config.fingerprint.created_at') : derived('<iso-8601 local time>');
      case 'user:crew.fingerprint_metadata':
        return this.crew.fingerprint?.metadata?.length ? user('<json of fingerprint metadata>', 'crew.security_config.fingerprint.metadata') : undefined;
      case 'crew.process':
        return derived(this.crew.process.value, this.crew.process.origin === 'default' ? null : 'crew.process');
      case 'crew.memory':
        return derived(this.crew.memory.value, this.crew.memory.origin === 'default' ? null : 'crew.memory');
      case 'crew.language':
        return derived('en');
      case 'crew.task_count':
        return derived(this.crew.tasks.length, 'tasks');
      case 'crew.agent_count':
        return derived(this.agents.length, 'agents');
      case 'crew.agents':
        return user(pyJsonDumps(this.agents.map((ag) => this.agentObject(ag, a.inner ?? []))), 'agents');
      case 'crew.tasks':
        return user(pyJsonDumps(this.crew.tasks.map((t) => this.taskObject(t, a.inner ?? []))), 'tasks');
      case 'user:crew.inputs':
        return user(pyJsonDumps(this.inputs ?? {}), 'inputs');
      case 'task.key':
        return task ? derived(taskKey(task)) : undefined;
      case 'task.fingerprint':
        return fingerprintValue(base, task?.fingerprint, `tasks.${task?.key}.security_config`);
      case 'task.fingerprint_created_at':
        return task?.fingerprint?.createdAt ? user(task.fingerprint.createdAt.value, `tasks.${task.key}.security_config.fingerprint.created_at`) : derived('<iso-8601 local time>');
      case 'user:task.fingerprint_metadata':
        return task?.fingerprint?.metadata?.length ? user('<json of fingerprint metadata>', `tasks.${task.key}.security_config`) : undefined;
      case 'agent.fingerprint':
        if (tool) return undefined; // no call site passes an agent to tool spans
        return agent ? fingerprintValue(base, agent.fingerprint, `agents.${agent.key}.security_config`) : undefined;
      case 'user:task.agent_role':
        if (!agent?.role) return undefined;
        return user(a.interpolated === 'after' ? interpolate(agent.role.value, this.inputs) : agent.role.value, `agents.${agent.key}.role`);
      case 'user:task.description':
        return task?.description ? user(a.interpolated === 'after' ? interpolate(task.description.value, this.inputs) : task.description.value, `tasks.${task.key}.description`) : undefined;
      case 'user:task.expected_output':
        return task?.expectedOutput
          ? user(a.interpolated === 'after' ? interpolate(task.expectedOutput.value, this.inputs) : task.expectedOutput.value, `tasks.${task.key}.expected_output`)
          : undefined;
      case 'user:tool.name':
        return tool ? user(toolNameAt(tool.name, this.version, 'tool_name'), tool.nameSource ? `tools.${tool.ref}.name` : `tools.${tool.ref}`) : undefined;
      case 'agent.function_calling_llm':
        return undefined; // conditional: only with a function_calling_llm, which crewtel shows in crew_agents
      default:
        if (a.source.startsWith('run:')) return derived(RUN_PLACEHOLDERS[a.source] ?? `<${a.source.slice(4)}>`);
        return undefined;
    }
  }

  private agentObject(agent: Agent, inner: InnerKeyDef[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const k of inner) {
      if (k.gate === 'share_crew' && !this.shares) continue;
      out[k.key] = this.agentField(agent, k.source);
    }
    return out;
  }

  private agentField(agent: Agent, source: string): unknown {
    switch (source) {
      case 'agent.key':
        return agentKey(agent);
      case 'run:uuid4':
        return '<uuid4>';
      case 'user:agent.role':
        return agent.role?.value ?? null;
      case 'user:agent.goal':
        return agent.goal?.value ?? null;
      case 'user:agent.backstory':
        return agent.backstory?.value ?? null;
      case 'agent.verbose':
        return agent.verbose;
      case 'agent.max_iter':
        return agent.maxIter;
      case 'agent.max_rpm':
        return agent.maxRpm;
      case 'agent.i18n':
        return null;
      case 'agent.memory':
        return agent.memory;
      case 'agent.function_calling_llm':
        return agent.functionCallingLlm ?? '';
      case 'user:agent.llm':
        return agent.llm ?? '<default model (OPENAI_MODEL_NAME or gpt-4o-mini)>';
      case 'agent.allow_delegation':
        return agent.allowDelegation;
      case 'agent.allow_code_execution':
        return agent.allowCodeExecution;
      case 'agent.max_retry_limit':
        return agent.maxRetryLimit;
      case 'user:agent.tools_names':
        return agent.tools.filter((t) => t.kind !== 'mcp').map((t) => toolNameAt(t.name, this.version, 'tools_names'));
      case 'agent.fingerprint':
        return agent.fingerprint?.uuid?.value ?? (agent.fingerprint?.seed ? '<uuid5 of the seed>' : '<uuid4>');
      case 'agent.fingerprint_created_at':
        return agent.fingerprint?.createdAt?.value ?? '<iso-8601 local time>';
      default:
        return null;
    }
  }

  private taskObject(task: Task, inner: InnerKeyDef[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const agent = task.agent ? this.byKey.get(task.agent) : undefined;
    for (const k of inner) {
      if (k.gate === 'share_crew' && !this.shares) continue;
      switch (k.source) {
        case 'task.key':
          out[k.key] = taskKey(task);
          break;
        case 'run:uuid4':
          out[k.key] = '<uuid4>';
          break;
        case 'user:task.description':
          out[k.key] = task.description?.value ?? null;
          break;
        case 'user:task.expected_output':
          out[k.key] = task.expectedOutput?.value ?? null;
          break;
        case 'task.async_execution':
          out[k.key] = task.asyncExecution;
          break;
        case 'task.human_input':
          out[k.key] = task.humanInput;
          break;
        case 'user:task.agent_role':
          out[k.key] = agent?.role?.value ?? 'None';
          break;
        case 'task.agent_key':
          out[k.key] = agent ? agentKey(agent) : null;
          break;
        case 'user:task.context': {
          const ctx = task.context.map((c) => this.crew.tasks.find((t) => t.key === c)?.description?.value).filter((d) => d !== undefined);
          out[k.key] = task.context.length ? ctx : null;
          break;
        }
        case 'user:task.tools_names':
          out[k.key] = task.tools.filter((t) => t.kind !== 'mcp').map((t) => toolNameAt(t.name, this.version, 'tools_names'));
          break;
        case 'task.fingerprint':
          out[k.key] = task.fingerprint?.uuid?.value ?? '<uuid4>';
          break;
        case 'task.fingerprint_created_at':
          out[k.key] = task.fingerprint?.createdAt?.value ?? '<iso-8601 local time>';
          break;
        default:
          out[k.key] = null;
      }
    }
    return out;
  }

  /** Tools that can reach Tool Usage spans: configured, MCP, and the built-ins CrewAI attaches (spec f). */
  private toolsUsed(): Tool[] {
    const seen = new Map<string, Tool>();
    const add = (t: Tool) => {
      const k = `${t.kind}:${t.name}`;
      if (!seen.has(k)) seen.set(k, t);
    };
    for (const a of this.crew.agents) a.tools.forEach(add);
    for (const t of this.crew.tasks) t.tools.forEach(add);
    const old = compareVersions(this.version, '0.32.0') < 0;
    const delegation = this.crew.process.value === 'hierarchical' || (this.crew.agents.some((a) => a.allowDelegation) && this.crew.agents.length > 1);
    if (delegation) {
      for (const cls of ['DelegateWorkTool', 'AskQuestionTool']) {
        const name = builtinTool(cls).name;
        add({ kind: 'builtin', name: old ? name.replace('coworker', 'co-worker') : name, ref: cls });
      }
    }
    if ((this.crew.memory.value || this.crew.agents.some((a) => a.memory)) && compareVersions(this.version, '1.10.0') >= 0) {
      for (const cls of ['RecallMemoryTool', 'RememberTool']) add({ kind: 'builtin', name: builtinTool(cls).name, ref: cls });
    }
    if (this.crew.agents.some((a) => a.multimodal) && compareVersions(this.version, '0.95.0') >= 0) {
      add({ kind: 'builtin', name: builtinTool('AddImageTool').name, ref: 'AddImageTool' });
    }
    return [...seen.values()];
  }
}

function fingerprintValue(base: { key: string; gate: Gate }, fp: Crew['fingerprint'], source: string): SimulatedAttribute {
  if (fp?.uuid) return { ...base, value: fp.uuid.value, source: `${source}.fingerprint.uuid_str`, fromUser: true };
  if (fp?.seed) return { ...base, value: '<uuid5 of the fingerprint seed>', source: `${source}.fingerprint`, fromUser: false };
  return { ...base, value: '<uuid4>', source: null, fromUser: false };
}

/** crew.agents order (spec j): agents reached through tasks in task order (one per role), then the rest. */
export function crewAgentOrder(crew: Crew): Agent[] {
  if (crew.kind !== 'yaml') return crew.agents;
  const byKey = new Map(crew.agents.map((a) => [a.key, a]));
  const out: Agent[] = [];
  const roles = new Set<string>();
  const push = (a: Agent | undefined) => {
    if (!a || out.includes(a)) return;
    const role = a.role?.value ?? a.key;
    if (roles.has(role)) return;
    roles.add(role);
    out.push(a);
  };
  for (const t of crew.tasks) push(t.agent ? byKey.get(t.agent) : undefined);
  for (const a of crew.agents) push(a);
  return out;
}

function featureSpan(def: SpanDef, feature: string, version: string, subject: string, projectId?: string): SimulatedSpan {
  const attributes: SimulatedAttribute[] = [
    { key: 'crewai_version', value: version, gate: 'default', source: null, fromUser: false },
    { key: 'feature', value: feature, gate: 'default', source: null, fromUser: false },
    ...commonAttrs(def, projectId),
  ];
  return { name: def.name, trigger: def.trigger, subject, version, attributes };
}

/** Since 1.14.7 every task runs in AgentExecutor, a Flow whose Flow Execution span is sent (spec c). */
function internalExecutorFlow(version: string, subject: string, projectId?: string): SimulatedSpan[] {
  const flow: Flow = { name: 'AgentExecutor', file: '', kind: 'python', suppressFlowEvents: true, methods: [{ name: '<AgentExecutor methods>' }] };
  return flowSpans(flow, version, projectId, 'internal', subject).map((s) => ({
    ...s,
    trigger: 'each task an agent executes (the default AgentExecutor is a Flow)',
    attributes: s.attributes.map((a) => ({ ...a, fromUser: false, source: null })),
  }));
}

export function flowSpans(flow: Flow, version: string, projectId?: string, origin: 'user' | 'internal' = 'user', subject = flow.name): SimulatedSpan[] {
  const catalog = catalogAt(version);
  const out: SimulatedSpan[] = [];
  const names = ['Flow Creation', 'Flow Execution', 'Flow Completed'];
  for (const name of names) {
    const def = catalog.find((s) => s.name === name);
    if (!def) continue;
    if (flow.suppressFlowEvents && name === 'Flow Creation') continue;
    if (flow.suppressFlowEvents && compareVersions(version, '1.14.7') < 0) continue;
    const attributes: SimulatedAttribute[] = [];
    for (const a of def.attributes) {
      const base = { key: a.key, gate: a.gate };
      switch (a.source) {
        case 'run:crewai_version':
          attributes.push({ ...base, value: version, source: null, fromUser: false });
          break;
        case 'user:flow.name':
          attributes.push({ ...base, value: flow.name, source: `flows.${flow.name}.name`, fromUser: true });
          break;
        case 'user:flow.methods':
          attributes.push({ ...base, value: pyJsonDumps(flow.methods.map((m) => m.name)), source: `flows.${flow.name}.methods`, fromUser: true });
          break;
        case 'flow.origin':
          attributes.push({ ...base, value: origin, source: null, fromUser: false });
          break;
        case 'flow.resumed':
        case 'flow.conversational':
          attributes.push({ ...base, value: 'false', source: null, fromUser: false });
          break;
        case 'flow.outcome':
          attributes.push({ ...base, value: 'completed', source: null, fromUser: false });
          break;
        case 'run:duration_ms':
          attributes.push({ ...base, value: '<duration_ms>', source: null, fromUser: false });
          break;
        default:
          break;
      }
    }
    attributes.push(...commonAttrs(def, projectId));
    out.push({ name: def.name, trigger: def.trigger, subject, version, attributes });
  }
  return out;
}
