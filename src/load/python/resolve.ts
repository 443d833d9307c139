// Following values across a project's Python, statically (never executed): names through
// imports (relative, absolute, `from x import *`, `import m as a`), module-level values,
// factory functions and methods (`Agents().writer()`, `self.agents.writer()`), classes
// whose __init__ sets `self.x` or calls `super().__init__(role=…)`, lists and dicts of
// agents, configs the project loads itself (`yaml.safe_load(open(…))`), and strings built
// from constants, `+`, `.format`, `dedent` and f-strings. Every walk carries a visited
// set and a step budget: a cycle or a chain too long ends as `unresolved`, never a loop.

import { dirname, join, resolve as resolvePath, sep } from 'node:path';
import { commonPrefixLength } from '../../core/arrays.js';
import { moduleNames } from './relevant.js';
import { JoinedString, RuntimePart, SliceString, type SourceSpan, SourceString } from '../../core/source.js';
import type { ConfigNode } from '../tree.js';
import { lastName } from './syntax.js';
import type { PyClass, PyFunction, PyLiteral, PyMemberDefinition, PythonFacts } from './types.js';

export interface PyModule {
  facts: PythonFacts;
  /** absolute path of the file */
  abs: string;
}

/** What an expression stands for, as far as crewtel can tell. */
export type Value =
  | { t: 'str'; s: SourceString }
  | { t: 'lit'; lit: PyLiteral }
  | { t: 'member'; kind: 'agent' | 'task' | 'crew'; def: PyMemberDefinition; module: PyModule }
  | { t: 'instance'; cls: ClassRef }
  | { t: 'class'; cls: ClassRef }
  | { t: 'function'; fn: PyFunction; module: PyModule; self?: Value; cls?: ClassRef }
  | { t: 'module'; module: PyModule }
  | { t: 'list'; items: Value[]; location: SourceSpan }
  | { t: 'dict'; entries: { key: string; value: Value }[]; location: SourceSpan }
  | { t: 'config'; node: ConfigNode; file: string }
  | { t: 'unresolved'; what: string; why: string; location: SourceSpan };

export interface ClassRef {
  cls: PyClass;
  module: PyModule;
}

export interface Env {
  module: PyModule;
  fn?: PyFunction;
  /** arguments bound to the function's parameters */
  args?: Map<string, Value>;
  self?: Value;
  cls?: ClassRef;
}

const CREWAI_CLASSES: Record<string, 'agent' | 'task' | 'crew'> = { Agent: 'agent', Task: 'task', ConditionalTask: 'task', Crew: 'crew' };

/** Resolution of one crew's references: a fresh budget, and the modules it read. */
export class Resolution {
  steps = 0;
  readonly used = new Set<PyModule>();
  readonly configFiles = new Set<string>();
  private readonly active = new Set<string>();

  constructor(
    readonly project: PythonProject,
    readonly budget = 20_000,
  ) {}

  /** Guard for one evaluation step: false when the budget is spent or the same evaluation is already running. */
  enter(key: string): boolean {
    if (++this.steps > this.budget || this.active.has(key) || this.active.size > 60) return false;
    this.active.add(key);
    return true;
  }

  leave(key: string): void {
    this.active.delete(key);
  }
}

/** A member reached through a name is keyed by it (`writer = Agent(…)` → "writer"), the first name wins. */
function named(v: Value, key: string): Value {
  if (v.t === 'member' && !v.def.method && /^[A-Za-z_]\w*$/.test(key)) v.def.method = key;
  return v;
}

/** The values a task's `agent=` and `context=` stood for (members), beside the literal kwargs. */
export const memberRefs = new WeakMap<PyMemberDefinition, { agent?: Value; context?: Value }>();

const unresolved = (what: string, why: string, location: SourceSpan): Value => ({ t: 'unresolved', what, why, location });

const locationOf = (lit: PyLiteral): SourceSpan => (lit.kind === 'string' ? lit.value.span : lit.location);

const textOfLit = (lit: PyLiteral): string =>
  lit.kind === 'string' ? JSON.stringify(lit.value.value) : lit.kind === 'name' || lit.kind === 'unknown' || lit.kind === 'binop' || lit.kind === 'subscript' || lit.kind === 'attribute' ? lit.text : lit.kind === 'call' ? `${lit.callee}(…)` : lit.kind;

/** The project's Python modules, findable by every dotted name an import could use for them. */
export class PythonProject {
  private readonly byName = new Map<string, PyModule[]>();
  readonly modules: PyModule[];

  constructor(
    facts: PythonFacts[],
    cwd: string,
    /** loads a YAML/JSON config the code opens itself (absolute path), undefined when there is none */
    readonly loadConfig: (abs: string) => ConfigNode | undefined,
  ) {
    this.modules = facts.map((f) => ({ facts: f, abs: resolvePath(cwd, f.file) }));
    for (const m of this.modules) {
      // every suffix: `agents`, `crew.agents`, `src.crew.agents` (src/ layout, flat layout, sys.path)
      for (const name of moduleNames(m.abs)) {
        const list = this.byName.get(name);
        if (list) list.push(m);
        else this.byName.set(name, [m]);
      }
    }
  }

  /** The module an import names, seen from `from`: the candidate nearest to the importing file. */
  find(name: string, from: PyModule): PyModule | undefined {
    const candidates = this.byName.get(name);
    if (!candidates?.length) return undefined;
    if (candidates.length === 1) return candidates[0];
    const dir = dirname(from.abs).split(sep);
    let best: PyModule | undefined;
    let bestScore = -1;
    for (const c of candidates) {
      const common = commonPrefixLength(dir, dirname(c.abs).split(sep));
      if (common > bestScore) {
        best = c;
        bestScore = common;
      }
    }
    return best;
  }

  moduleOf(facts: PythonFacts): PyModule {
    // a Map, not a search: every crew and module asks, so a search was quadratic in the modules
    this.byFacts ??= new Map(this.modules.map((m) => [m.facts, m]));
    return this.byFacts.get(facts)!;
  }

  private byFacts?: Map<PythonFacts, PyModule>;
}

export function moduleEnv(module: PyModule, scope?: PyMemberDefinition['scope']): Env {
  const env: Env = { module };
  const cls = scope?.className ? module.facts.symbols.classes.get(scope.className) : undefined;
  if (cls) {
    env.cls = { cls, module };
    env.self = { t: 'instance', cls: env.cls };
  }
  const fnName = scope?.functionName;
  if (fnName) env.fn = cls ? cls.methods.get(fnName) : module.facts.symbols.functions.get(fnName);
  return env;
}

/** Evaluates an expression in an environment. */
export function evaluate(lit: PyLiteral, env: Env, r: Resolution): Value {
  r.used.add(env.module);
  const key = `${env.module.abs}:${locationOf(lit).start.line}:${locationOf(lit).start.column}:${locationOf(lit).end.column}:${env.fn?.name ?? ''}:${selfKey(env.self)}`;
  if (!r.enter(key)) return unresolved(textOfLit(lit), r.steps > r.budget ? 'too many steps to follow' : 'refers to itself', locationOf(lit));
  try {
    return evaluateInner(lit, env, r);
  } finally {
    r.leave(key);
  }
}

const selfKey = (v: Value | undefined): string => (v?.t === 'instance' ? `${v.cls.module.abs}#${v.cls.cls.name}` : '');

function evaluateInner(lit: PyLiteral, env: Env, r: Resolution): Value {
  switch (lit.kind) {
    case 'string':
      return { t: 'str', s: lit.value };
    case 'bool':
    case 'number':
    case 'none':
      return { t: 'lit', lit };
    case 'list':
      return { t: 'list', items: lit.items.map((i) => evaluate(i, env, r)), location: lit.location };
    case 'dict':
      return { t: 'dict', entries: lit.entries.map((e) => ({ key: e.key, value: evaluate(e.value, env, r) })), location: lit.location };
    case 'fstring':
      return {
        t: 'str',
        s: joined(
          lit.parts.map((p) => {
            if (p.kind === 'text') return p.value;
            const v = evaluate(p.expr, env, r);
            return v.t === 'str' ? v.s : new RuntimePart(p.text, p.location);
          }),
        ),
      };
    case 'binop':
      return binop(lit, env, r);
    case 'name':
      return dotted(lit.text, lit.location, env, r);
    case 'attribute':
      return getattr(evaluate(lit.object, env, r), lit.attr, lit.location, lit.text, r);
    case 'subscript':
      return subscript(evaluate(lit.object, env, r), evaluate(lit.key, env, r), lit, r);
    case 'call':
      return call(lit, env, r);
    case 'unknown':
      return unresolved(lit.text, 'an expression crewtel does not evaluate', lit.location);
  }
}

function joined(pieces: SourceString[]): SourceString {
  const nonEmpty = pieces.filter((p) => p.value.length > 0);
  if (nonEmpty.length === 0) return pieces[0] ?? new RuntimePart('', { file: '', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
  return nonEmpty.length === 1 ? nonEmpty[0] : new JoinedString(nonEmpty);
}

function binop(lit: Extract<PyLiteral, { kind: 'binop' }>, env: Env, r: Resolution): Value {
  const left = evaluate(lit.left, env, r);
  const right = evaluate(lit.right, env, r);
  if (lit.op === '+') {
    if (left.t === 'list' && right.t === 'list') return { t: 'list', items: [...left.items, ...right.items], location: lit.location };
    if (left.t === 'str' || right.t === 'str') return { t: 'str', s: joined([asText(left, lit.left), asText(right, lit.right)]) };
  }
  if (lit.op === '%' && left.t === 'str') return { t: 'str', s: left.s };
  return unresolved(lit.text, 'an operation on values crewtel cannot follow', lit.location);
}

/** A value inside a string: its text when known, else a run-time part shown as `{expr}`. */
function asText(v: Value, lit: PyLiteral): SourceString {
  return v.t === 'str' ? v.s : new RuntimePart(textOfLit(lit), locationOf(lit));
}

const BUILTIN_STRINGS = new Set(['str', 'dedent', 'cleandoc', 'strip']);

/** `a.b.c`: the head name, then attributes. */
function dotted(text: string, location: SourceSpan, env: Env, r: Resolution): Value {
  const parts = text.split('.');
  let v = name(parts[0], location, env, r);
  for (let i = 1; i < parts.length; i++) v = getattr(v, parts[i], location, parts.slice(0, i + 1).join('.'), r);
  return v;
}

function name(n: string, location: SourceSpan, env: Env, r: Resolution): Value {
  if (n === 'self' && env.self) return env.self;
  if (env.args?.has(n)) return env.args.get(n)!;
  if (env.fn) {
    const local = env.fn.values.get(n);
    if (local) return named(withAttrAppends(withAppends(evaluate(local, env, r), env.fn.appends.get(n), env, r), n, env.fn.appends, env, r), n);
    if (env.fn.params.includes(n)) return unresolved(n, 'a parameter whose argument crewtel cannot see', location);
  }
  return moduleName(n, location, env.module, r);
}

function withAppends(v: Value, appends: PyLiteral[] | undefined, env: Env, r: Resolution): Value {
  if (!appends?.length || v.t !== 'list') return v;
  return { t: 'list', items: [...v.items, ...appends.map((a) => evaluate(a, env, r))], location: v.location };
}

/**
 * `task.description += f"…{var}…"` where `task` is the Agent/Task bound to `n`: the field
 * becomes its value plus the appended text (constant parts located, `{var}` a run-time part).
 */
export function withAttrAppends(v: Value, n: string, appends: Map<string, PyLiteral[]>, env: Env, r: Resolution): Value {
  if (v.t !== 'member' || v.kind === 'crew') return v;
  for (const [key, rhs] of appends) {
    if (!key.startsWith(`${n}.`) || !key.endsWith('+=')) continue;
    const field = key.slice(n.length + 1, -2);
    if (!/^[A-Za-z_]\w*$/.test(field)) continue;
    for (const lit of rhs) {
      const base = v.def.kwargs[field];
      const right = evaluate(lit, env, r);
      const pieces = base ? [asText(evaluate(base, env, r), base), asText(right, lit)] : [asText(right, lit)];
      v.def.kwargs[field] = { kind: 'string', value: joined(pieces) };
    }
  }
  return v;
}

/** A name at module level: an assignment, a def, a class, an import, a star import. */
function moduleName(n: string, location: SourceSpan, module: PyModule, r: Resolution, seen = new Set<PyModule>()): Value {
  r.used.add(module);
  seen.add(module);
  const sym = module.facts.symbols;
  const value = sym.values.get(n);
  const menv: Env = { module };
  if (value) return named(withAttrAppends(withAppends(evaluate(value, menv, r), sym.appends.get(n), menv, r), n, sym.appends, menv, r), n);
  const fn = sym.functions.get(n);
  if (fn) return { t: 'function', fn, module };
  const cls = sym.classes.get(n);
  if (cls) return { t: 'class', cls: { cls, module } };
  for (let i = sym.imports.length - 1; i >= 0; i--) {
    const b = sym.imports[i];
    if (b.local !== n) continue;
    if (b.name === undefined) {
      const target = r.project.find(b.module, module);
      return target ? { t: 'module', module: target } : unresolved(n, `module ${b.module} is not part of the project`, location);
    }
    const target = r.project.find(b.module, module);
    // `from pkg import mod` may name a submodule
    const sub = r.project.find(`${b.module}.${b.name}`, module);
    if (!target && sub) return { t: 'module', module: sub };
    if (!target) return external(b.module, b.name, location);
    if (seen.has(target)) return unresolved(n, 'an import cycle', location);
    const v = moduleName(b.name, location, target, r, seen);
    if (v.t === 'unresolved' && sub) return { t: 'module', module: sub };
    return v;
  }
  for (const star of sym.starImports) {
    const target = r.project.find(star, module);
    if (!target || seen.has(target)) continue;
    const v = moduleName(n, location, target, r, seen);
    if (v.t !== 'unresolved') return v;
  }
  if (BUILTIN_STRINGS.has(n)) return { t: 'lit', lit: { kind: 'name', text: n, location } };
  return unresolved(n, `no definition of ${n} that crewtel can see`, location);
}

/** A name imported from outside the project: CrewAI's classes are known, the rest is opaque. */
function external(module: string, n: string, location: SourceSpan): Value {
  return { t: 'lit', lit: { kind: 'name', text: `${module}.${n}`, location } };
}

function getattr(v: Value, attr: string, location: SourceSpan, text: string, r: Resolution): Value {
  switch (v.t) {
    case 'module':
      return moduleName(attr, location, v.module, r);
    case 'instance': {
      for (const c of classChain(v.cls, r)) {
        const env: Env = { module: c.module, self: v, cls: c };
        const init = c.cls.methods.get('__init__');
        const set = init?.selfAttrs.get(attr);
        if (set && init) return named(evaluate(set, { ...env, fn: init }, r), attr);
        for (const m of c.cls.methods.values()) {
          const other = m.selfAttrs.get(attr);
          if (other) return named(evaluate(other, { ...env, fn: m }, r), attr);
        }
        const method = c.cls.methods.get(attr);
        if (method) return { t: 'function', fn: method, module: c.module, self: v, cls: c };
        const classAttr = c.cls.attrs.get(attr);
        if (classAttr) return evaluate(classAttr, env, r);
      }
      return unresolved(text, `${v.cls.cls.name} has no attribute ${attr} crewtel can see`, location);
    }
    case 'class': {
      const method = v.cls.cls.methods.get(attr);
      if (method) return { t: 'function', fn: method, module: v.cls.module, cls: v.cls };
      const classAttr = v.cls.cls.attrs.get(attr);
      if (classAttr) return evaluate(classAttr, { module: v.cls.module, cls: v.cls }, r);
      return unresolved(text, `${v.cls.cls.name}.${attr} is not defined in the class`, location);
    }
    case 'dict':
    case 'str':
    case 'list':
    case 'config':
      // methods of built-in values, applied by the call (`d.values()`, `"…".format(…)`)
      return { t: 'function', fn: builtinMethod(attr, location), module: r.project.modules[0], self: v };
    case 'lit':
      if (v.lit.kind === 'name') return { t: 'lit', lit: { kind: 'name', text: `${v.lit.text}.${attr}`, location } };
      return unresolved(text, 'an attribute of a value crewtel cannot follow', location);
    case 'member':
      // `task.description` etc. are handled where they are used; anything else is opaque
      return unresolved(text, `an attribute of an ${v.kind}`, location);
    default:
      return v.t === 'unresolved' ? v : unresolved(text, 'an attribute crewtel cannot follow', location);
  }
}

const builtinMethod = (name: string, location: SourceSpan): PyFunction => ({ name: `<builtin>.${name}`, params: [], returns: [], values: new Map(), appends: new Map(), selfAttrs: new Map(), location });

/** The class and its project base classes, nearest first (bounded). */
function classChain(start: ClassRef, r: Resolution): ClassRef[] {
  const out: ClassRef[] = [];
  const queue = [start];
  while (queue.length && out.length < 10) {
    const c = queue.shift()!;
    if (out.some((o) => o.cls === c.cls)) continue;
    out.push(c);
    for (const b of c.cls.bases) {
      const v = dotted(b.replace(/\[.*$/s, ''), c.cls.location, { module: c.module }, r);
      if (v.t === 'class') queue.push(v.cls);
    }
  }
  return out;
}

/** The CrewAI class (Agent, Task, Crew) a class is or derives from, if any. */
function crewaiKind(v: Value, r: Resolution): 'agent' | 'task' | 'crew' | undefined {
  if (v.t === 'lit' && v.lit.kind === 'name') {
    const kind = CREWAI_CLASSES[lastName(v.lit.text)];
    return kind && (/^crewai(\.|$)/.test(v.lit.text) || !v.lit.text.includes('.') || /\bcrewai\b/.test(v.lit.text)) ? kind : undefined;
  }
  if (v.t === 'class') {
    for (const c of classChain(v.cls, r)) {
      for (const b of c.cls.bases) {
        const base = dotted(b.replace(/\[.*$/s, ''), c.cls.location, { module: c.module }, r);
        if (base.t === 'lit') {
          const k = crewaiKind(base, r);
          if (k) return k;
        }
      }
    }
  }
  return undefined;
}

function call(lit: Extract<PyLiteral, { kind: 'call' }>, env: Env, r: Resolution): Value {
  const callee = lit.calleeExpr ? evaluate(lit.calleeExpr, env, r) : lit.callee ? dotted(lit.callee, lit.location, env, r) : unresolved('', 'no callee', lit.location);
  const kind = crewaiKind(callee, r);
  if (kind && callee.t === 'lit') return member(kind, lit, env, r);
  if (kind && callee.t === 'class') return subclassMember(kind, callee.cls, lit, env, r);
  if (callee.t === 'lit' && callee.lit.kind === 'name') return builtinCall(callee.lit.text, lit, env, r);
  if (callee.t === 'class') return { t: 'instance', cls: callee.cls };
  if (callee.t === 'function') {
    if (callee.fn.name.startsWith('<builtin>.')) return builtinMethodCall(callee.fn.name.slice(10), callee.self!, lit, env, r);
    return invoke(callee.fn, callee.module, bindArgs(callee.fn, lit, env, r, Boolean(callee.self || callee.cls)), callee.self, callee.cls, lit, r);
  }
  // `import yaml` … `yaml.safe_load(f)`: the library is outside the project, the loader is known
  if (callee.t === 'unresolved' && /^(yaml|json)\.(safe_load|load|full_load|unsafe_load)$/.test(lit.callee)) return builtinCall(lit.callee, lit, env, r);
  if (callee.t === 'unresolved') return unresolved(textOfLit(lit), callee.why, lit.location);
  return unresolved(textOfLit(lit), 'a call crewtel cannot follow', lit.location);
}

/** Arguments of a call bound to the function's parameters (`self` skipped for methods). */
function bindArgs(fn: PyFunction, lit: Extract<PyLiteral, { kind: 'call' }>, env: Env, r: Resolution, method: boolean): Map<string, Value> {
  const params = method ? fn.params.slice(1) : fn.params;
  const args = new Map<string, Value>();
  lit.args.forEach((a, i) => {
    if (params[i]) args.set(params[i], evaluate(a, env, r));
  });
  for (const [k, v] of Object.entries(lit.kwargs)) if (params.includes(k)) args.set(k, evaluate(v, env, r));
  return args;
}

/** The value a function returns: its first return that resolves. */
function invoke(fn: PyFunction, module: PyModule, args: Map<string, Value>, self: Value | undefined, cls: ClassRef | undefined, lit: PyLiteral, r: Resolution): Value {
  const env: Env = { module, fn, args, self, cls };
  let last: Value | undefined;
  for (const ret of fn.returns) {
    const v = evaluate(ret, env, r);
    if (v.t !== 'unresolved') return named(v, fn.name.replace(/^(create|make|build|get)_/, ''));
    last = v;
  }
  return last ?? unresolved(textOfLit(lit), `${fn.name}() returns nothing crewtel can see`, locationOf(lit));
}

/** Agent(...), Task(...), Crew(...): the keyword arguments resolved, `**spreads` merged. */
function member(kind: 'agent' | 'task' | 'crew', lit: Extract<PyLiteral, { kind: 'call' }>, env: Env, r: Resolution): Value {
  const kwargs: Record<string, PyLiteral> = Object.create(null);
  let key = '';
  for (const spread of [...(lit.spreads ?? []), ...(lit.kwargs.config ? [lit.kwargs.config] : [])]) {
    const v = evaluate(spread, env, r);
    if (!key && spread.kind === 'subscript' && spread.key.kind === 'string') key = spread.key.value.value;
    if (v.t === 'config') Object.assign(kwargs, configKwargs(v.node));
    else if (v.t === 'dict') for (const e of v.entries) kwargs[e.key] = toLiteral(e.value, spread);
  }
  const refs: { agent?: Value; context?: Value } = {};
  for (const [k, v] of Object.entries(lit.kwargs)) {
    if (k === 'config') continue;
    const value = evaluate(v, env, r);
    if (k === 'agent' || k === 'context') refs[k] = value;
    kwargs[k] = toLiteral(value, v);
  }
  const def: PyMemberDefinition = { method: /^[A-Za-z_]\w*$/.test(key) ? key : '', kwargs, location: lit.location };
  memberRefs.set(def, refs);
  return { t: 'member', kind, def, module: env.module };
}

/** Does `callee` (as written where `env` is) name CrewAI's Agent/Task/Crew, or a project subclass of one? */
export function isCrewaiCallee(callee: string, location: SourceSpan, env: Env, r: Resolution): boolean {
  const v = dotted(callee, location, env, r);
  // `import crewai` … `crewai.Agent(…)`: the package is outside the project
  if (v.t === 'unresolved') return /^crewai\./.test(callee);
  return crewaiKind(v, r) !== undefined;
}

/** An Agent(...)/Task(...) call read by the walk, evaluated in `env` as if reached there. */
export function memberOfDefinition(kind: 'agent' | 'task', def: PyMemberDefinition, env: Env, r: Resolution): Value {
  r.used.add(env.module);
  return member(kind, { kind: 'call', callee: kind === 'agent' ? 'Agent' : 'Task', args: [], kwargs: def.kwargs, spreads: def.spreads, location: def.location }, env, r);
}

/** `class Writer(Agent)`: what its __init__ passes to super().__init__, with the call's own arguments. */
function subclassMember(kind: 'agent' | 'task' | 'crew', cls: ClassRef, lit: Extract<PyLiteral, { kind: 'call' }>, env: Env, r: Resolution): Value {
  for (const c of classChain(cls, r)) {
    const init = c.cls.methods.get('__init__');
    if (!init?.superInit || init.superInit.kind !== 'call') continue;
    const args = bindArgs(init, lit, env, r, true);
    const inner = member(kind, { ...init.superInit, callee: 'Agent', calleeExpr: undefined }, { module: c.module, fn: init, args, cls: c }, r);
    if (inner.t === 'member') {
      // the subclass's own call can pass more (Writer(llm=…)) where __init__ takes **kwargs
      for (const [k, v] of Object.entries(lit.kwargs)) if (!(k in inner.def.kwargs) && !init.params.includes(k)) inner.def.kwargs[k] = toLiteral(evaluate(v, env, r), v);
      inner.def.definedAt = inner.def.location;
      inner.def.location = lit.location;
    }
    return inner;
  }
  // a subclass that sets nothing itself: its call's keyword arguments are the member's
  return member(kind, lit, env, r);
}

/**
 * `class Writer(Agent)` on its own: the member its `__init__` passes to `super().__init__(…)`,
 * as a bare `Writer()` would get it (parameters without a visible argument stay unresolved).
 * Undefined for classes that are not a project subclass of Agent or Task.
 */
export function classMember(cls: PyClass, module: PyModule, r: Resolution): Value | undefined {
  const ref: ClassRef = { cls, module };
  const kind = crewaiKind({ t: 'class', cls: ref }, r);
  if (kind !== 'agent' && kind !== 'task') return undefined;
  return subclassMember(kind, ref, { kind: 'call', callee: cls.name, args: [], kwargs: {}, location: cls.location }, { module }, r);
}

function builtinCall(callee: string, lit: Extract<PyLiteral, { kind: 'call' }>, env: Env, r: Resolution): Value {
  const fn = lastName(callee);
  const first = lit.args[0] ? evaluate(lit.args[0], env, r) : undefined;
  switch (fn) {
    case 'dedent':
    case 'cleandoc':
      return first?.t === 'str' ? { t: 'str', s: dedented(first.s, fn === 'cleandoc') } : (first ?? unresolved(textOfLit(lit), 'nothing to dedent', lit.location));
    case 'str':
      return first?.t === 'str' ? first : unresolved(textOfLit(lit), 'str() of a run-time value', lit.location);
    case 'list':
    case 'tuple':
      return first?.t === 'list' ? first : first?.t === 'dict' ? { t: 'list', items: first.entries.map((e) => ({ t: 'str', s: new RuntimePart(e.key, lit.location) })), location: lit.location } : (first ?? { t: 'list', items: [], location: lit.location });
    case 'dict':
      return { t: 'dict', entries: Object.entries(lit.kwargs).map(([key, v]) => ({ key, value: evaluate(v, env, r) })), location: lit.location };
    case 'safe_load':
    case 'load':
    case 'full_load':
    case 'unsafe_load':
      if (/yaml|json/i.test(callee) || fn === 'safe_load') return loadedConfig(lit, first, env, r);
      break;
  }
  // a call into a library (a tool class such as SerperDevTool(), an LLM): kept as written
  return { t: 'lit', lit };
}

function builtinMethodCall(method: string, self: Value, lit: Extract<PyLiteral, { kind: 'call' }>, env: Env, r: Resolution): Value {
  if (self.t === 'dict' && method === 'values') return { t: 'list', items: self.entries.map((e) => e.value), location: lit.location };
  if (self.t === 'dict' && method === 'get' && lit.args[0]) {
    const k = evaluate(lit.args[0], env, r);
    const hit = k.t === 'str' ? self.entries.find((e) => e.key === k.s.value) : undefined;
    if (hit) return hit.value;
  }
  if (self.t === 'config' && (method === 'get' || method === '__getitem__') && lit.args[0]) return subscript(self, evaluate(lit.args[0], env, r), lit, r);
  if (self.t === 'config' && method === 'values' && self.node.kind === 'map') return { t: 'list', items: self.node.entries.map((e) => ({ t: 'config', node: e.value, file: self.file })), location: lit.location };
  if (self.t === 'str') {
    if (method === 'format') return { t: 'str', s: formatted(self.s, lit, env, r) };
    if (method === 'strip' || method === 'lstrip' || method === 'rstrip') return { t: 'str', s: stripped(self.s, method) };
    return self;
  }
  return unresolved(textOfLit(lit), `.${method}() on a value crewtel cannot follow`, lit.location);
}

/** `"… {name} …".format(name=…)`: known arguments filled in, the others run-time parts. */
function formatted(template: SourceString, lit: Extract<PyLiteral, { kind: 'call' }>, env: Env, r: Resolution): SourceString {
  const pieces: SourceString[] = [];
  let at = 0;
  let positional = 0;
  const text = template.value;
  for (const m of text.matchAll(/\{\{|\}\}|\{([A-Za-z_]\w*|\d*)(?:![rsa])?(?::[^{}]*)?\}/g)) {
    if (m[0] === '{{' || m[0] === '}}') continue;
    if (m.index > at) pieces.push(new SliceString(template, at, m.index));
    const key = m[1];
    const arg = key === '' ? lit.args[positional++] : /^\d+$/.test(key) ? lit.args[Number(key)] : lit.kwargs[key];
    const v = arg ? evaluate(arg, env, r) : undefined;
    pieces.push(v?.t === 'str' ? v.s : new RuntimePart(arg ? textOfLit(arg) : key, arg ? locationOf(arg) : template.locate(m.index, m.index + m[0].length)));
    at = m.index + m[0].length;
  }
  if (at < text.length) pieces.push(new SliceString(template, at, text.length));
  return joined(pieces);
}

function stripped(s: SourceString, how: string): SourceString {
  let from = 0;
  let to = s.value.length;
  if (how !== 'rstrip') while (from < to && /\s/.test(s.value[from])) from++;
  if (how !== 'lstrip') while (to > from && /\s/.test(s.value[to - 1])) to--;
  return from === 0 && to === s.value.length ? s : new SliceString(s, from, to);
}

/** textwrap.dedent / inspect.cleandoc: common leading whitespace removed, each line still located. */
function dedented(s: SourceString, clean: boolean): SourceString {
  const lines = s.value.split('\n');
  const indents = lines.filter((l, i) => l.trim() && (!clean || i > 0)).map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  const pieces: SourceString[] = [];
  let at = 0;
  lines.forEach((line, i) => {
    const lead = clean && i === 0 ? /^[ \t]*/.exec(line)![0].length : Math.min(cut, /^[ \t]*/.exec(line)![0].length);
    pieces.push(new SliceString(s, at + lead, at + line.length + (i < lines.length - 1 ? 1 : 0)));
    at += line.length + 1;
  });
  let out = joined(pieces);
  if (clean) out = stripped(out, 'strip');
  return out;
}

/** `yaml.safe_load(open("config/agents.yaml"))`, `yaml.safe_load(f)` with `f = open(…)`. */
function loadedConfig(lit: Extract<PyLiteral, { kind: 'call' }>, first: Value | undefined, env: Env, r: Resolution): Value {
  const path = configPath(lit.args[0], env, r);
  if (!path) return unresolved(textOfLit(lit), 'a config whose path crewtel cannot see', lit.location);
  // relative paths are relative to where Python runs: try the module's folder and its parents
  for (let dir = dirname(env.module.abs), i = 0; i < 5; i++, dir = dirname(dir)) {
    const abs = path.startsWith(sep) ? path : join(dir, path);
    const node = r.project.loadConfig(abs);
    if (node) {
      r.configFiles.add(abs);
      return { t: 'config', node, file: abs };
    }
    if (path.startsWith(sep)) break;
  }
  void first;
  return unresolved(textOfLit(lit), `${path} is not in the project`, lit.location);
}

/** The path a config is opened from: `open(p)`, `Path(p).read_text()`, os.path.join(…) of strings. */
function configPath(arg: PyLiteral | undefined, env: Env, r: Resolution, depth = 0): string | undefined {
  if (!arg || depth > 6) return undefined;
  if (arg.kind === 'name' && env.fn) {
    const local = env.fn.values.get(arg.text);
    if (local) return configPath(local, env, r, depth + 1);
  }
  if (arg.kind === 'name') {
    const v = arg.text.includes('.') ? undefined : env.module.facts.symbols.values.get(arg.text);
    if (v) return configPath(v, { module: env.module }, r, depth + 1);
  }
  if (arg.kind === 'call') {
    const fn = lastName(arg.callee);
    if (fn === 'open' || fn === 'Path' || fn === 'read_text' || fn === 'join' || fn === 'joinpath') {
      const parts = [...(arg.calleeExpr?.kind === 'attribute' ? [arg.calleeExpr.object] : []), ...arg.args];
      const strings = parts.flatMap((p) => {
        const s = p.kind === 'call' ? configPath(p, env, r, depth + 1) : undefined;
        if (s) return [s];
        const v = evaluate(p, env, r);
        return v.t === 'str' && !/\.py$/.test(v.s.value) ? [v.s.value] : [];
      });
      return strings.length ? join(...strings) : undefined;
    }
  }
  const v = evaluate(arg, env, r);
  return v.t === 'str' ? v.s.value : undefined;
}

function subscript(obj: Value, key: Value, lit: PyLiteral, r: Resolution): Value {
  const text = textOfLit(lit);
  if (obj.t === 'dict' && key.t === 'str') return obj.entries.find((e) => e.key === key.s.value)?.value ?? unresolved(text, `no key ${key.s.value}`, locationOf(lit));
  if (obj.t === 'list' && key.t === 'lit' && key.lit.kind === 'number') return obj.items[key.lit.value < 0 ? obj.items.length + key.lit.value : key.lit.value] ?? unresolved(text, 'index out of range', locationOf(lit));
  if (obj.t === 'config' && key.t === 'str' && obj.node.kind === 'map') {
    for (let i = obj.node.entries.length - 1; i >= 0; i--) {
      const e = obj.node.entries[i];
      if (e.key === key.s.value) return e.value.kind === 'str' ? { t: 'str', s: e.value.value } : { t: 'config', node: e.value, file: obj.file };
    }
    return unresolved(text, `${key.s.value} is not a key of the loaded config`, locationOf(lit));
  }
  void r;
  return obj.t === 'unresolved' ? obj : unresolved(text, 'an item of a value crewtel cannot follow', locationOf(lit));
}

/** A loaded config mapping as keyword arguments (`Agent(**cfg["writer"])`). */
function configKwargs(node: ConfigNode): Record<string, PyLiteral> {
  const out: Record<string, PyLiteral> = Object.create(null);
  if (node.kind !== 'map') return out;
  for (const e of node.entries) out[e.key] = configLiteral(e.value);
  return out;
}

function configLiteral(node: ConfigNode): PyLiteral {
  switch (node.kind) {
    case 'str':
      return { kind: 'string', value: node.value };
    case 'scalar':
      return typeof node.value === 'boolean' ? { kind: 'bool', value: node.value, location: node.span } : typeof node.value === 'number' ? { kind: 'number', value: node.value, location: node.span } : { kind: 'none', location: node.span };
    case 'seq':
      return { kind: 'list', items: node.items.map(configLiteral), location: node.span };
    case 'map':
      return { kind: 'dict', entries: node.entries.map((e) => ({ key: e.key, value: configLiteral(e.value) })), location: node.span };
  }
}

/**
 * A value back as the literal buildCrew reads: strings (located, run-time parts kept),
 * lists, dicts, booleans; members and tools keep their call; the rest as written.
 */
export function toLiteral(v: Value, written: PyLiteral): PyLiteral {
  switch (v.t) {
    case 'str':
      return { kind: 'string', value: v.s };
    case 'lit':
      return v.lit.kind === 'name' ? written : v.lit;
    case 'list':
      return { kind: 'list', items: v.items.map((i, n) => toLiteral(i, written.kind === 'list' ? (written.items[n] ?? written) : written)), location: v.location };
    case 'dict':
      return { kind: 'dict', entries: v.entries.map((e) => ({ key: e.key, value: toLiteral(e.value, written) })), location: v.location };
    case 'config':
      return configLiteral(v.node);
    case 'member':
      return { kind: 'call', callee: v.kind === 'agent' ? 'Agent' : v.kind === 'task' ? 'Task' : 'Crew', args: [], kwargs: v.def.kwargs, location: v.def.location };
    case 'instance':
      // a tool instance `SearchTool()` is recognised by its class name
      return { kind: 'call', callee: v.cls.cls.name, args: [], kwargs: {}, location: written.kind === 'string' ? written.value.span : written.location };
    default:
      return written;
  }
}
