// The crews a project's Python builds, resolved across its modules: for every Crew(...)
// call outside crew classes, the agents and tasks it is given (followed through
// imports, factories, classes, lists, loaded configs), and for @CrewBase classes the
// @agent/@task methods whose values live elsewhere. What cannot be followed is kept,
// with where and why, so the model can report coverage.

import type { SourceSpan } from '../../core/source.js';
import { classMember, evaluate, isCrewaiCallee, memberOfDefinition, memberRefs, withAttrAppends, moduleEnv, type PyModule, type PythonProject, Resolution, toLiteral, type Value } from './resolve.js';
import type { PyCrewCall, PyCrewClass, PyLiteral, PyMemberDefinition } from './types.js';

export interface UnresolvedRef {
  kind: 'agent' | 'task';
  /** the expression as written */
  what: string;
  why: string;
  location: SourceSpan;
}

export interface ResolvedCrew {
  call: PyCrewCall;
  agents: PyMemberDefinition[];
  tasks: PyMemberDefinition[];
  /** how many agents / tasks the crew refers to (resolved or not) */
  referenced: { agents: number; tasks: number };
  unresolved: UnresolvedRef[];
  /** project files the crew is built from (modules read while resolving, configs loaded) */
  files: string[];
  configFiles: string[];
  /** every definition the crew reaches (its agents and tasks, their tasks' agents and context, its manager_agent), as `siteOf` keys */
  sites: string[];
}

/** The items of a list-ish value (a list, a single member), unresolved ones kept. */
function items(v: Value): Value[] {
  if (v.t === 'list') return v.items.flatMap(items);
  return [v];
}

const describe = (v: Value, fallback: PyLiteral): { what: string; why: string; location: SourceSpan } => {
  const location = fallback.kind === 'string' ? fallback.value.span : fallback.location;
  if (v.t === 'unresolved') return { what: v.what, why: v.why, location: v.location.file ? v.location : location };
  if (v.t === 'lit' && v.lit.kind === 'call') return { what: `${v.lit.callee}(…)`, why: `${v.lit.callee}() is outside the project`, location: v.lit.location };
  return { what: v.t, why: `a ${v.t} where an Agent or Task was expected`, location };
};

/** Unique keys: a second "writer" becomes "writer_2"; a member without a name is `<kind>_<n>`. */
function keyed(defs: PyMemberDefinition[], kind: string): PyMemberDefinition[] {
  const seen = new Map<string, number>();
  defs.forEach((d, i) => {
    const base = d.method || `${kind}_${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    d.method = n === 1 ? base : `${base}_${n}`;
  });
  return defs;
}

/** The same Agent(...)/Task(...) call reached twice (crew list and task.agent) is one member. */
const where = (d: PyMemberDefinition): string => `${d.location.file}:${d.location.start.line}:${d.location.start.column}`;

/** Where a member is defined (the Agent(...) call, a subclass's super().__init__(...)): one key per definition, however it is reached. */
export const siteOf = (d: PyMemberDefinition): string => {
  const at = d.definedAt ?? d.location;
  return `${at.file}:${at.start.line}:${at.start.column}`;
};

/**
 * A task's agent= / context= as member names, so the model can pair them: `agents` and `tasks`
 * are the members of the same crew. With `dropForeign`, an agent= that is not one of `agents`
 * (a crew's agent, a parameter) is dropped: the model would otherwise look for an agent of that
 * name in the group and warn that there is none.
 */
function linkTasks(agents: PyMemberDefinition[], tasks: PyMemberDefinition[], dropForeign = false): PyMemberDefinition[] {
  const agentAt = new Map(agents.map((a) => [where(a), a]));
  const taskAt = new Map(tasks.map((t) => [where(t), t]));
  return tasks.map((t) => {
    const refs = memberRefs.get(t) ?? {};
    const out: PyMemberDefinition = { ...t, kwargs: { ...t.kwargs } };
    const agent = refs.agent?.t === 'member' ? agentAt.get(where(refs.agent.def)) : undefined;
    if (agent) {
      out.agentRef = agent.method;
      out.kwargs.agent = { kind: 'name', text: agent.method, location: t.kwargs.agent && t.kwargs.agent.kind !== 'string' ? t.kwargs.agent.location : t.location };
    } else if (dropForeign) delete out.kwargs.agent;
    if (refs.context) {
      const names = items(refs.context).flatMap((c) => (c.t === 'member' ? [taskAt.get(where(c.def))?.method ?? (dropForeign ? '' : c.def.method)] : []));
      out.contextRefs = names.filter(Boolean);
      out.kwargs.context = { kind: 'list', items: out.contextRefs.map((n) => ({ kind: 'name', text: n, location: t.location })), location: t.location };
    }
    return out;
  });
}

/** The definitions a crew's members reach: themselves, a task's agent and context tasks. */
function reachedSites(defs: PyMemberDefinition[], out: Set<string>): void {
  for (const d of defs) {
    out.add(siteOf(d));
    const refs = memberRefs.get(d);
    for (const v of [refs?.agent, ...(refs?.context ? items(refs.context) : [])]) if (v?.t === 'member') out.add(siteOf(v.def));
  }
}

export function resolveScriptCrew(project: PythonProject, module: PyModule, call: PyCrewCall): ResolvedCrew {
  const r = new Resolution(project);
  const env = moduleEnv(module, call.scope);
  const unresolvedRefs: UnresolvedRef[] = [];
  const collect = (kind: 'agent' | 'task', lit: PyLiteral | undefined): PyMemberDefinition[] => {
    if (!lit) return [];
    const out: PyMemberDefinition[] = [];
    for (const v of items(evaluate(lit, env, r))) {
      if (v.t === 'member' && v.kind === kind) out.push(v.def);
      else unresolvedRefs.push({ kind, ...describe(v, lit) });
    }
    return out;
  };
  const tasks = keyed(collect('task', call.kwargs.tasks), 'task');
  let agents = collect('agent', call.kwargs.agents);
  // without agents=, the crew's agents are its tasks' agents
  if (!call.kwargs.agents) {
    for (const t of tasks) {
      const a = memberRefs.get(t)?.agent;
      if (a?.t === 'member' && a.kind === 'agent' && !agents.some((x) => where(x) === where(a.def))) agents.push(a.def);
    }
  }
  agents = keyed(agents, 'agent');
  const linked = linkTasks(agents, tasks);
  const sites = new Set<string>();
  reachedSites([...agents, ...tasks], sites);
  // a hierarchical crew's manager_agent is the crew's too (not in crew_agents, but no agent outside any crew)
  if (call.kwargs.manager_agent) for (const v of items(evaluate(call.kwargs.manager_agent, env, r))) if (v.t === 'member') sites.add(siteOf(v.def));
  // the crew's settings (share_crew=SHARE, memory=…) resolved too
  const kwargs: Record<string, PyLiteral> = { ...call.kwargs };
  for (const k of ['share_crew', 'memory', 'process', 'tracing']) {
    const lit = call.kwargs[k];
    if (lit && lit.kind === 'name') kwargs[k] = toLiteral(evaluate(lit, env, r), lit);
  }
  return {
    call: { ...call, kwargs },
    agents,
    tasks: linked,
    referenced: { agents: agents.length + unresolvedRefs.filter((u) => u.kind === 'agent').length, tasks: tasks.length + unresolvedRefs.filter((u) => u.kind === 'task').length },
    unresolved: unresolvedRefs,
    files: [...r.used].map((m) => m.facts.file),
    configFiles: [...r.configFiles],
    sites: [...sites],
  };
}

const STRING_FIELDS = ['role', 'goal', 'backstory', 'description', 'expected_output', 'tools', 'llm', 'mcps'];

/**
 * @agent / @task methods of a crew class whose values are not literals written there
 * (`role=ROLES["writer"]`, `return self.factory.writer()`, `return writer_agent`):
 * resolved in the method's own scope. Returns the files read.
 */
export function resolveCrewClassMembers(project: PythonProject, module: PyModule, cls: PyCrewClass): { files: string[]; unresolved: UnresolvedRef[] } {
  const r = new Resolution(project);
  const unresolvedRefs: UnresolvedRef[] = [];
  const classFacts = module.facts.symbols.classes.get(cls.className);
  const fix = (kind: 'agent' | 'task', defs: PyMemberDefinition[]) => {
    for (const def of defs) {
      const env = moduleEnv(module, { className: cls.className, functionName: def.method });
      const hasCall = Object.keys(def.kwargs).length > 0 || def.configKey !== undefined;
      if (!hasCall) {
        // the method returns an agent built elsewhere
        const fn = classFacts?.methods.get(def.method);
        const ret = fn?.returns[0];
        if (!ret) continue;
        const v = evaluate(ret, env, r);
        if (v.t === 'member' && v.kind === kind) {
          def.kwargs = v.def.kwargs;
          def.location = v.def.location;
          if (v.def.definedAt) def.definedAt = v.def.definedAt;
        } else unresolvedRefs.push({ kind, ...describe(v, ret) });
        continue;
      }
      // `t = Task(...)`, `t.description += f"…"`, `return t`
      const fn = classFacts?.methods.get(def.method);
      const ret = fn?.returns[0];
      if (fn && ret?.kind === 'name') withAttrAppends({ t: 'member', kind, def, module }, ret.text, fn.appends, env, r);
      for (const k of STRING_FIELDS) {
        const lit = def.kwargs[k];
        if (!lit || lit.kind === 'string' || lit.kind === 'bool' || lit.kind === 'none') continue;
        const v = evaluate(lit, env, r);
        if (v.t === 'str' || v.t === 'list' || v.t === 'config') def.kwargs[k] = toLiteral(v, lit);
      }
    }
  };
  fix('agent', cls.agents);
  fix('task', cls.tasks);
  return { files: [...r.used].map((m) => m.facts.file), unresolved: unresolvedRefs };
}

/** An agent or task no crew reaches, with the module that defines it. */
export interface OutsideMember {
  kind: 'agent' | 'task';
  def: PyMemberDefinition;
  module: PyModule;
}

/** A member with none of these as text crewtel can read has nothing to show or scan. */
const TEXT_FIELDS: Record<'agent' | 'task', string[]> = { agent: ['role', 'goal', 'backstory'], task: ['description', 'expected_output', 'name'] };

/**
 * Agents and tasks the project's Python defines that no crew reaches (`used`: the crews'
 * `sites`): every CrewAI Agent(...)/Task(...) call outside crew classes (module level,
 * `self.x = Agent(…)`, factory functions and methods even when nothing calls them, items of a
 * list) and every project subclass of Agent/Task, each evaluated where it is written (a
 * parameter whose argument is not visible stays a run-time value). Members whose fields are all
 * unknown are left out. In module order, each definition once.
 */
export function resolveOutsideMembers(project: PythonProject, modules: PyModule[], used: ReadonlySet<string>): { members: OutsideMember[]; files: string[] } {
  const members: OutsideMember[] = [];
  // the sites taken here; `used` is not copied (it holds every crew's sites, and this runs once per project)
  const seen = new Set<string>();
  const taken = (site: string): boolean => used.has(site) || seen.has(site);
  const files = new Set<string>();
  const keep = (v: Value | undefined, module: PyModule, name: string) => {
    if (v?.t !== 'member' || v.kind === 'crew') return;
    const site = siteOf(v.def);
    if (taken(site)) return;
    seen.add(site);
    if (!TEXT_FIELDS[v.kind].some((k) => v.def.kwargs[k]?.kind === 'string')) return;
    if (name) v.def.method = name;
    members.push({ kind: v.kind, def: v.def, module });
  };
  for (const module of modules) {
    for (const [kind, defs] of [
      ['agent', module.facts.looseAgents],
      ['task', module.facts.looseTasks],
    ] as const) {
      for (const def of defs) {
        if (taken(siteOf(def))) continue;
        const r = new Resolution(project);
        const env = moduleEnv(module, def.scope);
        // an `Agent` that is not CrewAI's (another framework's class of the same name) is not one
        if (def.callee && isCrewaiCallee(def.callee, def.location, env, r)) keep(memberOfDefinition(kind, def, env, r), module, def.method);
        for (const m of r.used) files.add(m.facts.file);
      }
    }
    for (const cls of module.facts.symbols.classes.values()) {
      const r = new Resolution(project);
      keep(classMember(cls, module, r), module, cls.name);
      for (const m of r.used) files.add(m.facts.file);
    }
  }
  return { members, files: [...files] };
}

/** Outside members as one group's agents and tasks: keyed, tasks paired with the group's agents. */
export function outsideGroup(members: Pick<OutsideMember, 'kind' | 'def'>[]): { agents: PyMemberDefinition[]; tasks: PyMemberDefinition[] } {
  const agents = keyed(
    members.filter((m) => m.kind === 'agent').map((m) => m.def),
    'agent',
  );
  const tasks = keyed(
    members.filter((m) => m.kind === 'task').map((m) => m.def),
    'task',
  );
  return { agents, tasks: linkTasks(agents, tasks, true) };
}
