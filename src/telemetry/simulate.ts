// A kickoff of each crew and flow, replayed against the catalog at the modelled
// release: which spans CrewAI would emit, in order, and with which values. Values from
// the user's files are shown as CrewAI sends them (tool names transformed, MD5 keys
// computed, JSON encoded like Python's json.dumps); run-time values as <placeholders>.
//
// Each crew and each flow is previewed as its own run (its own process), so the
// once-per-process spans (Environment Context, Feature Usage coding_agent:…) appear
// once per crew/flow.
import type { Agent, Crew, Flow, Task } from '../model/types.js';
import { configuredTools, toolsForTask } from './attachedTools.js';
import { findSpan, type SpanAt } from './catalog/index.js';
import type { Gate, SpanFamily } from './catalog/types.js';
import { placeholderNames, toInputsMap, type KickoffInputs } from './interpolate.js';
import { pyStr } from './pyjson.js';
import { resolveAttribute, type AttributeValue, type CrewView, type ResolveContext } from './resolve.js';
import { atLeast, inRange } from './versionRange.js';
import { pushAll } from '../core/arrays.js';

export type { AttributeValue };

export interface SimulatedAttribute {
  key: string;
  /** as CrewAI sends it: str, int, float, bool, or a JSON string (json.dumps) */
  value: AttributeValue;
  gate: Gate;
  /** contract field path of the user value ('agents.researcher.role'), 'agents'/'tasks' for JSON lists, null for run-time values */
  source: string | null;
  /** the value (or part of it) is text from the user's files */
  fromUser: boolean;
  /** for gate 'conditional': the condition */
  condition?: string;
  /** 'after': recorded after kickoff filled {placeholders} */
  interpolated?: 'before' | 'after';
  /** --diff: keys inside a JSON list attribute that share_crew adds */
  innerKeysAdded?: string[];
}

export interface SimulatedSpan {
  name: string;
  trigger: string;
  family: SpanFamily;
  /** the crew or flow this span belongs to (crew id, flow name) */
  subject: string;
  crewId?: string;
  flowName?: string;
  /** the crew is agents outside any crew (ProjectModel.outside): CrewAI sends this only if they are used in a crew crewtel does not see */
  hypothetical?: true;
  /** the CrewAI release this span was simulated for */
  version: string;
  /** emitted only in some runs (tool spans, internal flows): why */
  condition?: string;
  attributes: SimulatedAttribute[];
}

export interface SimulateInput {
  crews: Crew[];
  flows: Flow[];
  /** the release to model (a crew that pins its own release uses that one) */
  version: string;
  /** force the mode; otherwise each crew's own share_crew setting */
  shareCrew?: boolean;
  /** kickoff inputs (--inputs); otherwise each crew's inputs found in the project, if any */
  inputs?: Record<string, unknown> | ReadonlyMap<string, unknown>;
  /** [tool.crewai].project_id of the working directory's pyproject.toml */
  projectId?: string;
}

export interface SimulationResult {
  spans: SimulatedSpan[];
  /** things the user should know: spans not exported at this release, missing inputs, … */
  notes: string[];
}

export function simulateKickoff(input: SimulateInput): SimulatedSpan[] {
  return simulate(input).spans;
}

export function simulate(input: SimulateInput): SimulationResult {
  const notes = new Set<string>();
  const spans: SimulatedSpan[] = [];
  const cliInputs = toInputsMap(input.inputs);
  for (const crew of input.crews) {
    const version = crew.release?.version ?? input.version;
    const share = input.shareCrew ?? crew.shareCrew.value;
    const found = cliInputs ? undefined : staticInputs(crew);
    const view = crewView(crew, cliInputs ?? found, cliInputs ? '--inputs' : found ? 'crew.inputs' : undefined);
    pushAll(spans, new Run(version, share, crew.id, notes, input.projectId).crew(view));
  }
  for (const flow of input.flows) {
    pushAll(spans, new Run(input.version, false, flow.name, notes, input.projectId).userFlow(flow));
  }
  return { spans, notes: [...notes] };
}

/** crew.agents order (spec j): for @CrewBase crews, agents reached through tasks in task order, then the rest, one per role. */
export function crewAgentOrder(crew: Crew): Agent[] {
  if (crew.kind !== 'yaml') return crew.agents;
  const byKey = new Map(crew.agents.map((a) => [a.key, a]));
  const out: Agent[] = [];
  const roles = new Set<string>();
  const push = (a: Agent | undefined) => {
    if (!a || out.includes(a)) return;
    // CrewBase dedups by role; an agent whose role crewtel does not know counts as its own
    const role = a.role?.value ?? `\0${a.key}`;
    if (roles.has(role)) return;
    roles.add(role);
    out.push(a);
  };
  for (const t of crew.tasks) push(t.agent ? byKey.get(t.agent) : undefined);
  for (const a of crew.agents) push(a);
  return out;
}

function staticInputs(crew: Crew): KickoffInputs | undefined {
  const entries = Object.entries(crew.inputs?.values ?? {});
  return entries.length ? new Map(entries.map(([k, v]) => [k, v.value])) : undefined;
}

function crewView(crew: Crew, inputs: KickoffInputs | undefined, inputsSource: string | undefined): CrewView {
  const texts = [
    ...crew.agents.flatMap((a) => [a.role, a.goal, a.backstory]),
    ...crew.tasks.flatMap((t) => [t.description, t.expectedOutput]),
  ];
  return {
    crew,
    agents: crewAgentOrder(crew),
    byKey: new Map(crew.agents.map((a) => [a.key, a])),
    inputs,
    inputsSource,
    hasPlaceholders: texts.some((s) => s !== undefined && placeholderNames(s.value).length > 0),
  };
}

const INTERNAL_FLOW = 'origin "internal" since 1.15.15; before that indistinguishable from user flows';

/** One simulated run: spans in emission order for one crew or flow. */
class Run {
  private readonly spans: SimulatedSpan[] = [];
  private envContextDone = false;
  private codingAgentDone = false;

  constructor(
    private readonly version: string,
    private readonly share: boolean,
    private readonly subject: string,
    private readonly notes: Set<string>,
    private readonly projectId: string | undefined,
  ) {}

  crew(view: CrewView): SimulatedSpan[] {
    const ctx = this.context({ crew: view });
    this.envContext(ctx);
    this.emit('Crew Created', ctx);
    this.codingAgent(ctx);
    this.emit('Crew Execution', ctx);
    this.inputNotes(view);
    const mcp = view.crew.agents.some((a) => a.tools.some((t) => t.kind === 'mcp'));
    if (mcp) this.feature('mcp:connection', ctx, 'an agent connected to its MCP servers');
    const used = new Set<string>();
    for (const task of view.crew.tasks) this.task(view, task, ctx, used);
    this.delegatedTools(view, ctx, used);
    if (atLeast(this.version, '1.9.0') && used.size) this.notes.add('Tool spans are sent only for tool calls on the ReAct (text) path: since 1.9.0 an LLM with native function calling sends none');
    return this.spans;
  }

  userFlow(flow: Flow): SimulatedSpan[] {
    const ctx = this.context({ flow: { flow, origin: 'user' } });
    if (inRange(this.version, { since: '0.70.1', until: '0.105.0' })) {
      this.notes.add('In 0.70.1 – 0.102.x runtime flow spans are exported only if a Crew was built earlier in the same process (inferred, spec h.16)');
    }
    if (flow.suppressFlowEvents && !atLeast(this.version, '1.14.7')) return this.spans;
    if (!flow.suppressFlowEvents && this.emit('Flow Creation', ctx)) this.codingAgent(ctx);
    this.emit('Flow Execution', ctx);
    this.envContext(ctx);
    this.emit('Flow Completed', ctx);
    return this.spans;
  }

  private task(view: CrewView, task: Task, crewCtx: ResolveContext, used: Set<string>): void {
    const ctx = { ...crewCtx, task };
    this.emit('Task Created', ctx);
    this.emit('Task Execution', ctx);
    const agent = task.agent ? view.byKey.get(task.agent) : undefined;
    const memory = Boolean(agent?.memory || view.crew.memory.value);
    if (memory) {
      this.internalFlow('RecallFlow', ctx, 'the agent recalls memory before the task (memory on)');
      this.feature('memory:query', ctx, 'memory recall before the task (memory on)');
      this.feature('memory:retrieval', ctx, 'memory retrieval for the task prompt (memory on)');
    }
    const executor = atLeast(this.version, '1.14.7');
    if (executor) this.internalFlowStart('AgentExecutor', ctx, 'the agent runs the task in AgentExecutor, a Flow (default executor since 1.14.5)');
    for (const { tool, attachedBecause } of toolsForTask(view.crew, task, agent, view.agents.length, this.version)) {
      const id = `${tool.kind}:${tool.name}`;
      if (used.has(id)) continue;
      used.add(id);
      const why = attachedBecause ? `; attached by CrewAI: ${attachedBecause}` : '';
      this.emit('Tool Usage', { ...ctx, tool, toolLlm: agent?.functionCallingLlm }, undefined, `each successful call of this tool${why}`);
      if (tool.kind === 'mcp') this.feature('mcp:tool_execution', ctx, 'an MCP tool call completed');
    }
    if (executor) this.internalFlowEnd('AgentExecutor', ctx, 'the agent finishes the task');
    if (memory) {
      this.internalFlow('EncodingFlow', ctx, 'the task result is saved to memory (memory on)');
      this.feature('memory:save', ctx, 'the task result saved to memory (memory on)');
    }
  }

  /**
   * Work delegated to a coworker runs with the coworker's own tools (DelegateWorkTool
   * → coworker.execute_task), so those can be called even when no task lists them.
   */
  private delegatedTools(view: CrewView, ctx: ResolveContext, used: Set<string>): void {
    const hierarchical = view.crew.process.value === 'hierarchical';
    const delegates = hierarchical || (view.agents.length > 1 && view.crew.tasks.some((t) => t.agent && view.byKey.get(t.agent)?.allowDelegation));
    if (!delegates) return;
    for (const agent of view.agents) {
      for (const tool of configuredTools(agent.tools)) {
        const id = `${tool.kind}:${tool.name}`;
        if (used.has(id)) continue;
        used.add(id);
        const trigger = `each successful call of this tool when ${agent.role?.value ?? agent.key} works on delegated work`;
        this.emit('Tool Usage', { ...ctx, tool, toolLlm: agent.functionCallingLlm }, undefined, trigger);
      }
    }
  }

  private context(extra: Partial<ResolveContext>): ResolveContext {
    return {
      version: this.version,
      share: this.share,
      projectId: this.projectId,
      note: (text) => this.notes.add(text),
      ...extra,
    };
  }

  /** Emit a span of the catalog at this release (if it exists and the mode sends it); true when emitted. */
  private emit(name: string, ctx: ResolveContext, condition?: string, trigger?: string): boolean {
    const def = findSpan(this.version, name);
    if (!def || (def.gate === 'share_crew' && !this.share)) return false;
    if (def.notExportedAt) {
      this.notes.add(`${name} is not sent by ${this.version}: ${def.notExportedAt.note}`);
      return false;
    }
    const span = this.build(def, ctx, condition ?? def.condition?.text, trigger);
    const times = def.repeatAt?.times ?? 1;
    if (def.repeatAt) this.notes.add(`${this.version}: ${def.repeatAt.note}`);
    for (let i = 0; i < times; i++) this.spans.push(i === 0 ? span : structuredClone(span));
    return true;
  }

  private build(def: SpanAt, ctx: ResolveContext, condition: string | undefined, trigger: string | undefined): SimulatedSpan {
    const attributes: SimulatedAttribute[] = [];
    for (const a of def.attributes) {
      if (a.gate === 'share_crew' && !this.share) continue;
      const r = resolveAttribute(a, ctx);
      if (!r) continue;
      const attr: SimulatedAttribute = { key: a.key, value: r.value, gate: a.gate, source: r.source, fromUser: r.fromUser };
      if (a.gate === 'conditional' && a.condition) attr.condition = a.condition.text;
      if (a.interpolated === 'after' || (a.interpolated === 'before' && r.fromUser)) attr.interpolated = a.interpolated;
      attributes.push(attr);
    }
    return {
      name: def.name,
      trigger: trigger ?? def.triggerAt,
      family: def.family,
      subject: this.subject,
      ...(ctx.crew ? { crewId: ctx.crew.crew.id } : {}),
      ...(ctx.flow && ctx.flow.origin === 'user' ? { flowName: ctx.flow.flow.name } : {}),
      version: this.version,
      ...(condition ? { condition } : {}),
      attributes,
    };
  }

  private envContext(ctx: ResolveContext): void {
    if (this.envContextDone) return;
    this.envContextDone = true;
    this.emit('Environment Context', ctx, undefined, 'once per execution context: at crew kickoff (before Crew Created) or flow start');
  }

  private codingAgent(ctx: ResolveContext): void {
    if (this.codingAgentDone) return;
    this.codingAgentDone = true;
    if (atLeast(this.version, '1.15.11')) this.feature('coding_agent:<coding_agent>', ctx, 'once per process, after the first Crew Created or Flow Creation');
  }

  private feature(feature: string, ctx: ResolveContext, trigger: string): void {
    this.emit('Feature Usage', { ...ctx, feature }, undefined, trigger);
  }

  /** CrewAI's own flows (agent executor, memory) run with suppress_flow_events but still send Flow Execution since 1.14.7. */
  private internalFlow(name: string, ctx: ResolveContext, why: string): void {
    this.internalFlowStart(name, ctx, why);
    this.internalFlowEnd(name, ctx, why);
  }

  private internalFlowStart(name: string, ctx: ResolveContext, why: string): void {
    if (!atLeast(this.version, '1.14.7')) return;
    const flow: Flow = { name, file: '', kind: 'python', suppressFlowEvents: true, methods: [] };
    const fctx = { ...ctx, flow: { flow, origin: 'internal' as const, nodeNames: `<JSON list of ${name}'s method names>` } };
    this.emit('Flow Execution', fctx, `${why}; ${INTERNAL_FLOW}`, `${name} kickoff (CrewAI-internal flow)`);
  }

  private internalFlowEnd(name: string, ctx: ResolveContext, why: string): void {
    if (!atLeast(this.version, '1.14.7')) return;
    const flow: Flow = { name, file: '', kind: 'python', suppressFlowEvents: true, methods: [] };
    const fctx = { ...ctx, flow: { flow, origin: 'internal' as const } };
    this.emit('Flow Completed', fctx, `${why}; ${INTERNAL_FLOW}`, `${name} finished (CrewAI-internal flow)`);
  }

  private inputNotes(view: CrewView): void {
    if (!view.inputs?.size) {
      if (view.hasPlaceholders) this.notes.add('{placeholders} are shown unfilled: pass --inputs JSON to see the values CrewAI records after interpolation');
      return;
    }
    const sample = [...view.inputs].map(([k, v]) => `${k}=${pyStr(v)}`).slice(0, 3).join(', ');
    if (view.inputsSource === 'crew.inputs') this.notes.add(`{placeholders} are filled with the kickoff inputs found in the project (${sample}); pass --inputs to use others`);
    if (inRange(this.version, { since: '1.0.0', until: '1.7.0' })) {
      this.notes.add(`${this.version}: Crew Created races input interpolation, so role/agent_role there may carry raw or filled values (spec e)`);
    }
    if (atLeast(this.version, '0.41.0')) {
      this.notes.add('Crew Created shows the raw templates of a first kickoff; kicking off the same Crew object again sends the previous run\'s filled-in values (spec h.10)');
    }
  }
}
