// What crewtel learns from one Python file, statically (never executed).
// Produced by load/python (a real parser: tree-sitter-python), consumed by model/ and env/.

import type { SourceSpan, SourceString } from '../../core/source.js';
import type { Diagnostic } from '../../core/diagnostics.js';

/** A Python literal crewtel could evaluate statically. */
export type PyLiteral =
  | { kind: 'string'; value: SourceString }
  | { kind: 'bool'; value: boolean; location: SourceSpan }
  | { kind: 'number'; value: number; location: SourceSpan }
  | { kind: 'none'; location: SourceSpan }
  | { kind: 'list'; items: PyLiteral[]; location: SourceSpan }
  | { kind: 'dict'; entries: { key: string; keySource?: SourceString; value: PyLiteral }[]; location: SourceSpan }
  /**
   * a call like SerperDevTool() or MCPServerStdio(command=..., args=[...]); `callee` is the callee as
   * written, `calleeExpr` its expression when it is not a plain dotted name (`Agents().writer`,
   * `"…".format`), `spreads` the `**expr` arguments
   */
  | { kind: 'call'; callee: string; calleeExpr?: PyLiteral; args: PyLiteral[]; kwargs: Record<string, PyLiteral>; spreads?: PyLiteral[]; location: SourceSpan }
  /** an f-string with `{expr}` fields: constant parts keep their SourceString, fields are run-time values */
  | { kind: 'fstring'; parts: PyFStringPart[]; location: SourceSpan }
  /** `a + b`, `a % b` */
  | { kind: 'binop'; op: string; left: PyLiteral; right: PyLiteral; text: string; location: SourceSpan }
  /** `obj[key]` (text as written) */
  | { kind: 'subscript'; object: PyLiteral; key: PyLiteral; text: string; location: SourceSpan }
  /** `expr.name` where expr is not a plain dotted name (`Agents().writer`) */
  | { kind: 'attribute'; object: PyLiteral; attr: string; text: string; location: SourceSpan }
  /** a bare name, attribute or subscript, as written (self.agents_config["x"] is kept as text) */
  | { kind: 'name'; text: string; location: SourceSpan }
  /** something else (f-string with expressions, arithmetic, ...) */
  | { kind: 'unknown'; text: string; location: SourceSpan };

export type PyFStringPart = { kind: 'text'; value: SourceString } | { kind: 'field'; expr: PyLiteral; text: string; location: SourceSpan };

export interface PyCallScope {
  className?: string;
  functionName?: string;
}

/** A function or method, as far as resolving values needs it. */
export interface PyFunction {
  name: string;
  params: string[];
  /** every `return expr` in source order */
  returns: PyLiteral[];
  /** the last value assigned to each local name (`x = …`), and `x += …` as a binop */
  values: Map<string, PyLiteral>;
  /** `x.append(v)` / `x.extend([...])` on local or self names, in order */
  appends: Map<string, PyLiteral[]>;
  /** `self.x = …` (in any method; __init__'s are what instances carry) */
  selfAttrs: Map<string, PyLiteral>;
  /** the call `super().__init__(...)` / `Base.__init__(self, ...)`, when made */
  superInit?: PyLiteral;
  location: SourceSpan;
}

export interface PyClass {
  name: string;
  bases: string[];
  decorators: string[];
  methods: Map<string, PyFunction>;
  /** class-level `name = value` */
  attrs: Map<string, PyLiteral>;
  location: SourceSpan;
}

/** What a module binds at module level, for resolving names across modules (never executed). */
export interface PyModuleSymbols {
  /** module-level `x = …` (the last one), with `x += …`/`x.append(…)` folded in as far as statically visible */
  values: Map<string, PyLiteral>;
  appends: Map<string, PyLiteral[]>;
  functions: Map<string, PyFunction>;
  classes: Map<string, PyClass>;
  /** `from m import n as l` → { local: l, module: m, name: n }; `import a.b as l` → { local: l, module: a.b } */
  imports: { local: string; module: string; name?: string; location: SourceSpan }[];
  /** `from m import *` */
  starImports: string[];
}

/** An Agent(...) or Task(...) call inside an @agent / @task method (or in a script). */
export interface PyMemberDefinition {
  /**
   * the decorated method's name (@agent def researcher → "researcher"); in scripts the name
   * the call is bound to (see PythonFacts.looseAgents). `memberRef` (index.ts) turns a
   * reference such as `self.researcher()` into the same form.
   */
  method: string;
  /** key used in config=self.agents_config["x"] / self.tasks_config["x"] (or a `**self.agents_config["x"]` spread); a literal key only */
  configKey?: string;
  /** where that key is written */
  configKeySource?: SourceString;
  /**
   * Tasks: the agent the task names, as a member name: `agent=self.researcher()` and
   * `agent=researcher` → "researcher" (the kwarg itself stays in `kwargs` as written).
   */
  agentRef?: string;
  /** Tasks: `context=[self.a(), b]` → ["a", "b"] */
  contextRefs?: string[];
  /** the class called, as written (`Agent`, `crewai.Agent`, `CrewAgent`) */
  callee?: string;
  /** keyword arguments of the Agent/Task call (role=..., tools=[...], llm=..., context=[...]) */
  kwargs: Record<string, PyLiteral>;
  /** `**expr` arguments (`Agent(**cfg["writer"])`), for the resolver */
  spreads?: PyLiteral[];
  /** the class and function the call is written in (for resolving the names it uses) */
  scope?: PyCallScope;
  /** the Agent/Task call; the method name when the method has none crewtel can see */
  location: SourceSpan;
  /**
   * where the member is defined when that is not `location`: for `class Writer(Agent)` the
   * `super().__init__(…)` call, while `location` is the `Writer(…)` call. What tells two
   * references to the same definition apart from two definitions (see load/python/crews.ts `siteOf`).
   */
  definedAt?: SourceSpan;
}

/** The Crew(...) call inside a @crew method (or anywhere in the module). */
export interface PyCrewCall {
  kwargs: Record<string, PyLiteral>;
  scope?: PyCallScope;
  location: SourceSpan;
}

export interface PyCrewClass {
  className: string;
  /** true when decorated with @CrewBase */
  crewBase: boolean;
  /** agents_config / tasks_config class attributes as written (default config/agents.yaml, config/tasks.yaml) */
  agentsConfig?: SourceString;
  tasksConfig?: SourceString;
  /** @agent methods in source order */
  agents: PyMemberDefinition[];
  /** @task methods in source order */
  tasks: PyMemberDefinition[];
  /** @tool methods on the crew class (names usable from YAML `tools:` lists) */
  toolMethods: { name: string; location: SourceSpan }[];
  /** the first @crew method's Crew(...) call */
  crew?: PyCrewCall;
  /** every @crew method's Crew(...) call, in source order (a class may build several crews) */
  crews?: { method: string; call: PyCrewCall }[];
  location: SourceSpan;
}

export interface PyFlowClass {
  className: string;
  /** base classes as written (Flow, Flow[State]) */
  bases: string[];
  /**
   * every method of the class body in source order, decorated or not (`__init__` and helpers
   * too). CrewAI's node_names lists only the `registered` ones: Flow.__init__ keeps public
   * methods that carry flow metadata. Inherited methods are not merged in.
   */
  methods: {
    name: string;
    /** carries a flow decorator: @start, @listen, @router, @persist, @human_feedback */
    decorated: boolean;
    /**
     * CrewAI registers it as a flow method (and so lists it in node_names): decorated and
     * not starting with `_` (Flow.__init__ skips private names).
     */
    registered?: boolean;
    location: SourceSpan;
  }[];
  /** name = "..." class attribute, when given */
  name?: SourceString;
  suppressFlowEvents: boolean;
  location: SourceSpan;
}

/** A BaseTool subclass defined in the project. */
export interface PyToolClass {
  className: string;
  bases: string[];
  /** the `name` field default (name: str = "…"), as written */
  name?: SourceString;
  location: SourceSpan;
}

/** A function decorated with @tool / @tool("Name"). */
export interface PyToolFunction {
  functionName: string;
  /** the explicit name given to @tool("…"), when any */
  name?: SourceString;
  location: SourceSpan;
}

/** A kickoff(...) call with statically visible inputs. */
export interface PyKickoff {
  /**
   * the inputs dict as written (literal dict, `dict(k=...)`, or a variable assigned one earlier
   * in the same function or at module level); kickoff_for_each gives one PyKickoff per dict
   */
  inputs?: PyLiteral;
  /** kickoff, kickoff_async, akickoff, kickoff_for_each, kickoff_for_each_async */
  method?: string;
  /** the object kicked off, as written (`crew`, `PoemFlow()`, `Research().crew()`) */
  receiver?: string;
  location: SourceSpan;
}

/** An environment switch set from code. */
export interface PyEnvAssignment {
  /** the variable set ("*" for load_dotenv, which may set any) */
  variable: string;
  /** the value when it is a literal string (or a name bound to one earlier) */
  value?: string;
  kind: 'environ-set' | 'setdefault' | 'putenv' | 'load_dotenv';
  /** for load_dotenv: the path argument and override= when literal */
  dotenvPath?: string;
  override?: boolean;
  location: SourceSpan;
  /**
   * does this statement run after the module's first crewai import? Module-level statements
   * by position; statements in functions whenever the module imports crewai at all (a function
   * runs after the module finished importing)
   */
  afterCrewaiImport: boolean;
  /** module-level statement (runs at import) rather than inside a function */
  moduleLevel: boolean;
}

export interface PythonFacts {
  file: string;
  /**
   * first import of crewai (any crewai / crewai.* module, or crewai_tools, which imports crewai)
   * that runs when the module is imported: not inside a function, not under `if TYPE_CHECKING:`
   */
  crewaiImport?: SourceSpan;
  /**
   * every import that runs at module import, in order (a project module that imports crewai
   * imports it too): relative imports resolved against the file's folders (`from .crew import X`
   * in src/pkg/main.py → src.pkg.crew), and `from pkg import mod` also lists pkg.mod when `mod`
   * is lower case (it may be a submodule)
   */
  moduleImports?: { module: string; location: SourceSpan }[];
  /** names imported from crewai_tools anywhere in the file, local name (alias) → class name */
  crewaiToolsImports: Record<string, string>;
  crewClasses: PyCrewClass[];
  flowClasses: PyFlowClass[];
  toolClasses: PyToolClass[];
  toolFunctions: PyToolFunction[];
  /**
   * Agent(...) / Task(...) calls outside crew classes (plain scripts), with `method` the name
   * they are bound to: `researcher = Agent(...)` → "researcher", `self.writer = Agent(...)` →
   * "writer", `def researcher(): return Agent(...)` → "researcher", and every other such call
   * outside crew classes (in a list, a dict, an argument) with `method` ""; Crew(...) calls
   * anywhere outside crew classes
   */
  looseAgents: PyMemberDefinition[];
  looseTasks: PyMemberDefinition[];
  looseCrews: PyCrewCall[];
  kickoffs: PyKickoff[];
  envAssignments: PyEnvAssignment[];
  /** names bound at module level, functions and classes: what other modules can import */
  symbols: PyModuleSymbols;
  diagnostics: Diagnostic[];
}
