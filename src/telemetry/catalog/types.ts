// The telemetry catalog as data: every span CrewAI's anonymous telemetry emits, each
// attribute's gate, where its value comes from, and the releases that have it (spec
// crewai-telemetry.md sections c, d, e, f, g). A new CrewAI release is an edit of these
// tables; simulation (simulate.ts) and audit exposure (exposure.ts) only read them.
//
// Order matters: attributes are listed in the order CrewAI sets them, so a simulated
// span lists its attributes as the exporter would. When a release moved an attribute,
// it appears twice with disjoint release ranges.

import type { FieldSlot } from '../../model/types.js';
import type { ReleaseRange } from '../versionRange.js';

/**
 * default: sent whenever telemetry is on; share_crew: only with share_crew=True;
 * conditional: sent when `condition` holds (see `Condition`).
 */
export type Gate = 'default' | 'share_crew' | 'conditional';

export interface Condition {
  /** what must hold, in the spec's words */
  text: string;
  /**
   * how often it holds for a crew configured in files: 'always' (effectively default,
   * e.g. every crewai.Agent has a fingerprint), 'when-configured' (the user's config
   * decides, e.g. fingerprint metadata), 'run-time' (depends on the run), 'never' (no
   * call site passes it at that release). Exposure counts all but 'never'.
   */
  holds: 'always' | 'when-configured' | 'run-time' | 'never';
}

/** When the value is read relative to kickoff filling {placeholders} (spec e). */
export type Interpolation = 'before' | 'after' | 'none';

/** How a release writes a tool name (spec f). 'sanitize' is truncation before 1.10.1, hash suffix since. */
export type NameTransform = 'raw' | 'casefold' | 'sanitize';

/**
 * Where a value comes from. `run:*` values are generated at run time and previewed as
 * <placeholders>; the others are read from the model (crew, agent, task, tool, flow,
 * kickoff inputs). The simulator has one resolver per source.
 */
export type ValueSource =
  // process / run time
  | 'run:crewai_version'
  | 'run:python_version'
  | 'run:hostname'
  | 'run:uuid4'
  | 'run:platform'
  | 'run:platform_release'
  | 'run:platform_system'
  | 'run:platform_version'
  | 'run:cpus'
  | 'run:crew_output'
  | 'run:task_output'
  | 'run:attempts'
  | 'run:duration_ms'
  | 'run:error_type'
  | 'run:iterations'
  | 'run:model_name'
  | 'run:quality'
  | 'run:exec_time'
  | 'run:deployment_uuid'
  | 'run:log_type'
  | 'run:deploy_source'
  | 'run:template_name'
  | 'run:hf_event_type'
  | 'run:hf_has_routing'
  | 'run:hf_num_outcomes'
  | 'run:hf_feedback_provided'
  | 'run:hf_outcome'
  | 'run:env_tool'
  | 'run:feature'
  | 'common:coding_agent'
  | 'common:runtime_context'
  | 'common:project_id'
  // crew
  | 'crew.key'
  | 'crew.process'
  | 'crew.memory'
  | 'crew.language'
  | 'crew.task_count'
  | 'crew.agent_count'
  | 'crew.fingerprint'
  | 'crew.fingerprint_created_at'
  | 'crew.fingerprint_metadata'
  | 'crew.agents'
  | 'crew.tasks'
  | 'crew.tasks_output'
  | 'kickoff.inputs'
  // task (span attributes and crew_tasks inner keys)
  | 'task.key'
  | 'task.fingerprint'
  | 'task.fingerprint_created_at'
  | 'task.fingerprint_metadata'
  | 'task.description'
  | 'task.expected_output'
  | 'task.async_execution'
  | 'task.human_input'
  | 'task.agent_role'
  | 'task.agent_key'
  | 'task.agent_fingerprint'
  | 'task.context'
  | 'task.tools_names'
  // agent (crew_agents inner keys)
  | 'agent.key'
  | 'agent.role'
  | 'agent.goal'
  | 'agent.backstory'
  | 'agent.memory'
  | 'agent.verbose'
  | 'agent.max_iter'
  | 'agent.max_rpm'
  | 'agent.i18n'
  | 'agent.function_calling_llm'
  | 'agent.function_calling_llm_raw'
  | 'agent.function_calling_llm_attributes'
  | 'agent.llm'
  | 'agent.llm_attributes'
  | 'agent.allow_delegation'
  | 'agent.allow_code_execution'
  | 'agent.max_retry_limit'
  | 'agent.tools_names'
  | 'agent.fingerprint'
  | 'agent.fingerprint_created_at'
  // tool spans
  | 'tool.name'
  | 'tool.llm'
  | 'tool.llm_attributes'
  | 'tool.agent_fingerprint'
  | 'tool.agent_role'
  // flows
  | 'flow.name'
  | 'flow.methods'
  | 'flow.origin'
  | 'flow.resumed'
  | 'flow.conversational'
  | 'flow.outcome';

/** A user field an attribute carries, optionally only in some releases (audit exposure). */
export type SlotRef = FieldSlot | { slot: FieldSlot; releases: ReleaseRange };

/**
 * A value CrewAI computes from the configuration before telemetry reads it
 * (docs/telemetry-values.md): 'inherit-agent-tools' — Task.check_tools gives a task
 * without tools of its own its agent's tools; 'llm-routing' — the LLM(...) factory
 * rewrites the model string (llmModel.ts holds the per-release routing table).
 */
export type Derivation = 'inherit-agent-tools' | 'llm-routing';

export interface DerivationStep {
  releases: ReleaseRange;
  derive: Derivation;
}

/** Per-release form of a value (tool name transform). */
export interface TransformStep {
  releases: ReleaseRange;
  transform: NameTransform;
}

interface ValueDef {
  key: string;
  gate: Gate;
  source: ValueSource;
  releases?: ReleaseRange;
  /** for gate 'conditional' */
  condition?: Condition;
  /** user fields this value carries (audit: which attributes expose a field) */
  slots?: SlotRef[];
  /** recorded before or after kickoff fills {placeholders}; 'none' for values no interpolation touches */
  interpolated: Interpolation;
  /** tool names: how each release writes them */
  transform?: TransformStep[];
  /** what CrewAI derives from the configured value before telemetry reads it, by release */
  derive?: DerivationStep[];
  /** the value is a list (tools_names, context, node_names): exposure labels end in [] */
  list?: boolean;
}

/** A key inside each object of a JSON list attribute (crew_agents, crew_tasks, crew_tasks_output). */
export type InnerKeyDef = ValueDef;

export interface AttributeDef extends ValueDef {
  /** JSON list of objects (crew_agents, crew_tasks): the keys of each object */
  inner?: InnerKeyDef[];
  /** JSON-encoded string attribute (json.dumps) */
  json?: boolean;
}

/** Release ranges in which a span is started but never sent, and why (spec g/h, inferred). */
export interface ReleaseNote {
  releases: ReleaseRange;
  note: string;
}

export interface SpanRepeat extends ReleaseNote {
  /** how many copies of the span are exported per trigger */
  times: number;
}

export type SpanFamily = 'crew' | 'task' | 'tool' | 'flow' | 'feature' | 'env' | 'human-feedback' | 'test' | 'cli';

export interface SpanDef {
  name: string;
  family: SpanFamily;
  /** what makes CrewAI emit it (at the newest release) */
  trigger: string;
  /** older triggers, where they differ */
  triggerHistory?: ReleaseNote[];
  /** releases in which the span is emitted at all */
  releases?: ReleaseRange;
  /** whole-span gate: Crew Execution is share_crew only */
  gate: Gate;
  /** when the span is emitted only in some runs (tool spans, human feedback, …) */
  condition?: Condition;
  attributes: AttributeDef[];
  /** started but never ended, so never exported, in these releases */
  notExported?: ReleaseNote[];
  /** exported more than once per trigger in these releases */
  repeats?: SpanRepeat[];
  /**
   * the common attributes (common.ts) are stamped on this span only from this release
   * (CLI spans: 1.15.15, when the CLI emitter got its own processor); default: their own ranges
   */
  commonAttributesSince?: string;
}
