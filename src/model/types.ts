// The project model: crews, agents, tasks, tools and flows, with the provenance of
// every user-authored string. Built by model/ from what load/ produced; read by
// telemetry/ (preview) and scan/ + assess/ (audit). Nothing here knows about YAML.

import type { SourceSpan, SourceString } from '../core/source.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { ReleaseInfo } from '../release/types.js';

/** A crew/agent setting and where its value came from. */
export interface Setting<T> {
  value: T;
  /** 'default' = CrewAI's default (nothing set); 'code' = Python; 'config' = YAML/JSON; 'cli' = forced by a flag */
  origin: 'default' | 'code' | 'config' | 'cli';
  location?: SourceSpan;
}

export type ToolKind =
  | 'crewai_tools' // a class from crewai_tools, name from crewai-tools-names.json
  | 'custom_class' // a BaseTool subclass in the project (name = its `name` default)
  | 'decorator' // @tool("name") or @tool on a function (name = function name)
  | 'builtin' // a tool CrewAI attaches itself (delegation, memory, ...)
  | 'mcp' // an MCP server attached via `mcps`; names are <server>_<tool> at run time
  | 'unresolved'; // named in config but not resolvable statically

export interface Tool {
  kind: ToolKind;
  /** the tool's `name` as CrewAI sees it, before sanitising (what the release transforms) */
  name: string;
  /** where the name is written, when the user wrote it (custom tools, decorators, MCP servers) */
  nameSource?: SourceString;
  /** how the tool was referenced: class name, function name, YAML string */
  ref: string;
  /** where it was attached (the YAML list item, the Python call) */
  location?: SourceSpan;
  /** for MCP servers: the server name part CrewAI puts before each tool name */
  mcpServerName?: string;
}

export interface Agent {
  /** YAML key / @agent method name / JSON agent file name */
  key: string;
  file: string;
  role?: SourceString;
  goal?: SourceString;
  backstory?: SourceString;
  llm?: string;
  functionCallingLlm?: string;
  tools: Tool[];
  allowDelegation: boolean;
  allowCodeExecution: boolean;
  multimodal: boolean;
  verbose: boolean;
  maxIter: number;
  maxRpm: number | null;
  maxRetryLimit: number;
  memory: boolean;
  /** security_config.fingerprint given as a string seed or dict (sent verbatim since 0.186.0) */
  fingerprint?: FingerprintConfig;
  location?: SourceSpan;
}

export interface FingerprintConfig {
  /** a seed string (uuid5 of it is sent) or a dict's uuid_str (sent verbatim) */
  uuid?: SourceString;
  seed?: SourceString;
  createdAt?: SourceString;
  metadata?: SourceString[];
  location?: SourceSpan;
}

export interface Task {
  key: string;
  file: string;
  name?: SourceString;
  description?: SourceString;
  expectedOutput?: SourceString;
  /** key of the agent executing the task */
  agent?: string;
  /** keys of context tasks */
  context: string[];
  tools: Tool[];
  asyncExecution: boolean;
  humanInput: boolean;
  fingerprint?: FingerprintConfig;
  location?: SourceSpan;
}

export interface FlowMethod {
  name: string;
  location?: SourceSpan;
  nameSource?: SourceString;
}

export interface Flow {
  /** Flow class name or declarative flow `name` (sent as flow_name) */
  name: string;
  nameSource?: SourceString;
  file: string;
  methods: FlowMethod[];
  suppressFlowEvents: boolean;
  kind: 'python' | 'declarative';
  location?: SourceSpan;
}

export interface CrewInputs {
  /** kickoff inputs found statically (main.py kickoff(inputs={...}), JSON crew "inputs") */
  values: Record<string, SourceString>;
  location?: SourceSpan;
}

export interface Crew {
  /** stable id: path of the crew's root relative to cwd (e.g. src/demo) or file#name for inline crews */
  id: string;
  /** directory that holds the crew (for YAML crews: the package dir that holds config/) */
  root: string;
  kind: 'yaml' | 'json' | 'inline';
  /** human name: crew class name, JSON crew `name`, or the folder name */
  name: string;
  agents: Agent[];
  tasks: Task[];
  process: Setting<'sequential' | 'hierarchical'>;
  memory: Setting<boolean>;
  shareCrew: Setting<boolean>;
  tracing: Setting<boolean | null>;
  fingerprint?: FingerprintConfig;
  inputs?: CrewInputs;
  /** every file that contributed (config files, crew.py) */
  files: string[];
  /** Python file that defines the crew class, when found */
  codeFile?: string;
  /** the CrewAI release pinned by the project this crew belongs to (nearest lock/pyproject above its root) */
  release?: ReleaseInfo;
  /** how much of what the crew refers to crewtel resolved statically (absent: everything, as for JSON crews) */
  coverage?: Coverage;
  /**
   * not a crew the project builds: the agents and tasks its Python defines that no crew crewtel
   * resolved uses, as the crew that would carry them (ProjectModel.outside)
   */
  outsideCrews?: true;
}

export interface CoverageCount {
  resolved: number;
  referenced: number;
}

/** Agents, tasks and tools a crew refers to, and how many of them were resolved statically. */
export interface Coverage {
  agents: CoverageCount;
  tasks: CoverageCount;
  tools: CoverageCount;
  /** each reference that could not be followed: what, why, where */
  unresolved: { kind: 'agent' | 'task' | 'tool'; what: string; why: string; location: SourceSpan }[];
}

export interface ProjectModel {
  /** absolute or cwd-relative paths the user asked about */
  roots: string[];
  /** pyproject.toml [tool.crewai].project_id when present (sent as a common attribute since 1.15.14) */
  projectId?: SourceString;
  crews: Crew[];
  /**
   * per project, the agents and tasks defined in its Python (outside test modules) that no crew
   * in `crews` reaches, each group modelled as a hypothetical crew (`outsideCrews: true`);
   * absent when there are none. Never counted among `crews`.
   */
  outside?: Crew[];
  flows: Flow[];
  /** every file read, for the summary */
  files: string[];
  /** the files among them that hold a `crewtel-ignore` marker (the only ones suppressions read again) */
  markedFiles?: string[];
  /** every user-authored string worth scanning, emitted or not */
  strings: FieldString[];
  diagnostics: Diagnostic[];
}

/**
 * Which model property a user-authored string fills; the telemetry catalog says
 * which spans carry each slot, so exposure is a lookup, not a branch per field.
 */
export type FieldSlot =
  | 'agent.role'
  | 'agent.goal'
  | 'agent.backstory'
  | 'agent.llm'
  | 'task.name'
  | 'task.description'
  | 'task.expected_output'
  | 'tool.name'
  | 'mcp.server'
  | 'flow.name'
  | 'flow.method'
  | 'crew.input'
  | 'crew.name'
  | 'fingerprint.id'
  | 'fingerprint.created_at'
  | 'fingerprint.metadata'
  | 'other';

/** A user-authored string, the contract's field path for it, and what it fills. */
export interface FieldString {
  /** contract field path: agents.<key>.<yaml key>, tasks.<key>.<yaml key>, tools.<ref>.name, flows.<class>.name, crew.<setting> */
  field: string;
  slot: FieldSlot;
  value: SourceString;
  crewId?: string;
}
