// What crewtel learns from one Python file, statically (never executed).
// Produced by load/python (a real parser: @lezer/python), consumed by model/ and env/.

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
  /** a call like SerperDevTool() or MCPServerStdio(command=..., args=[...]) */
  | { kind: 'call'; callee: string; args: PyLiteral[]; kwargs: Record<string, PyLiteral>; location: SourceSpan }
  /** a bare name or attribute (self.agents_config["x"] is kept as text) */
  | { kind: 'name'; text: string; location: SourceSpan }
  /** something else (f-string with expressions, arithmetic, ...) */
  | { kind: 'unknown'; text: string; location: SourceSpan };

/** An Agent(...) or Task(...) call inside an @agent / @task method. */
export interface PyMemberDefinition {
  /** the decorated method's name (@agent def researcher → "researcher") */
  method: string;
  /** key used in config=self.agents_config["x"] / self.tasks_config["x"] */
  configKey?: string;
  /** keyword arguments of the Agent/Task call (role=..., tools=[...], llm=..., context=[...]) */
  kwargs: Record<string, PyLiteral>;
  location: SourceSpan;
}

/** The Crew(...) call inside a @crew method (or anywhere in the module). */
export interface PyCrewCall {
  kwargs: Record<string, PyLiteral>;
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
  crew?: PyCrewCall;
  location: SourceSpan;
}

export interface PyFlowClass {
  className: string;
  /** base classes as written (Flow, Flow[State]) */
  bases: string[];
  /** every method with a flow decorator (@start, @listen, @router) and, since node_names lists them all, every other method too */
  methods: { name: string; decorated: boolean; location: SourceSpan }[];
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
  /** the inputs dict as written (literal dict, or a variable assigned a literal dict in the same scope) */
  inputs?: PyLiteral;
  location: SourceSpan;
}

/** An environment switch set from code. */
export interface PyEnvAssignment {
  variable: string;
  /** the value when it is a literal string */
  value?: string;
  kind: 'environ-set' | 'setdefault' | 'putenv' | 'load_dotenv';
  /** for load_dotenv: the path argument and override= when literal */
  dotenvPath?: string;
  override?: boolean;
  location: SourceSpan;
  /** does this statement run after `import crewai` / `from crewai… import …` at module level? */
  afterCrewaiImport: boolean;
  /** module-level statement (runs at import) rather than inside a function */
  moduleLevel: boolean;
}

export interface PythonFacts {
  file: string;
  /** first module-level import of crewai (any crewai / crewai.* module), if any */
  crewaiImport?: SourceSpan;
  /** every module-level import, in order (a project module that imports crewai imports it too) */
  moduleImports?: { module: string; location: SourceSpan }[];
  /** names imported from crewai_tools (class names), with alias → original */
  crewaiToolsImports: Record<string, string>;
  crewClasses: PyCrewClass[];
  flowClasses: PyFlowClass[];
  toolClasses: PyToolClass[];
  toolFunctions: PyToolFunction[];
  /** Agent(...) / Task(...) / Crew(...) calls outside @CrewBase classes (plain scripts) */
  looseAgents: PyMemberDefinition[];
  looseTasks: PyMemberDefinition[];
  looseCrews: PyCrewCall[];
  kickoffs: PyKickoff[];
  envAssignments: PyEnvAssignment[];
  diagnostics: Diagnostic[];
}
