// What CrewAI accepts in agent and task configs (spec j). Unknown keys are warnings
// (real configs carry `steps`, `schema`, `personality`); wrong types are errors.

// zod/mini: the same validation, a fraction of the load time (crewtel starts on every CI run)
import * as z from 'zod/mini';
import type { Diagnostic } from '../core/diagnostics.js';
import { nodeAt, toPlain, type ConfigNode } from '../load/tree.js';

const str = z.string();
const bool = z.boolean();
const int = z.int();
const llm = z.union([z.string(), z.looseObject({ model: z.optional(z.string()) }), z.null()]);
const toolRef = z.union([z.string(), z.looseObject({})]);
const pythonRef = z.union([z.string(), z.looseObject({ python: z.string() })]);

const agentFields = {
  role: str,
  goal: str,
  backstory: str,
  cache: bool,
  verbose: bool,
  max_rpm: z.union([int, z.null()]),
  allow_delegation: bool,
  max_iter: int,
  max_tokens: z.union([int, z.null()]),
  callbacks: z.array(z.unknown()),
  llm,
  function_calling_llm: llm,
  use_system_prompt: bool,
  system_template: z.union([str, z.null()]),
  prompt_template: z.union([str, z.null()]),
  response_template: z.union([str, z.null()]),
  tools: z.union([z.array(toolRef), z.null()]),
  step_callback: z.unknown(),
  cache_handler: z.unknown(),
  allow_code_execution: bool,
  code_execution_mode: str,
  respect_context_window: bool,
  max_retry_limit: int,
  multimodal: bool,
  reasoning: bool,
  max_reasoning_attempts: z.union([int, z.null()]),
  knowledge_sources: z.unknown(),
  knowledge_storage: z.unknown(),
  knowledge_config: z.unknown(),
  embedder: z.unknown(),
  agent_knowledge_context: z.unknown(),
  crew_knowledge_context: z.unknown(),
  knowledge_search_query: z.unknown(),
  inject_date: bool,
  date_format: str,
  from_repository: z.union([str, z.null()]),
  guardrail: z.unknown(),
  guardrail_max_retries: int,
  security_config: z.unknown(),
  memory: z.unknown(),
  mcps: z.union([z.array(z.unknown()), z.null()]),
  apps: z.union([z.array(str), z.null()]),
  skills: z.unknown(),
  executor_class: z.unknown(),
  max_execution_time: z.union([int, z.null()]),
  allow_crewai_trigger_context: z.unknown(),
  // JSON crew agents
  settings: z.looseObject({}),
  type: pythonRef,
  name: str,
};

const taskFields = {
  name: str,
  description: str,
  expected_output: str,
  agent: z.union([str, z.null()]),
  context: z.union([z.array(z.union([str, z.looseObject({})])), z.null()]),
  tools: z.union([z.array(toolRef), z.null()]),
  callback: z.unknown(),
  callbacks: z.unknown(),
  output_json: z.unknown(),
  output_pydantic: z.unknown(),
  output_file: z.union([str, z.null()]),
  create_directory: bool,
  async_execution: bool,
  human_input: bool,
  markdown: bool,
  guardrail: z.unknown(),
  guardrails: z.unknown(),
  guardrail_max_retries: int,
  allow_crewai_trigger_context: z.unknown(),
  security_config: z.unknown(),
  type: pythonRef,
  input_files: z.unknown(),
  response_model: z.unknown(),
  converter_cls: z.unknown(),
  condition: z.unknown(),
  max_retries: z.unknown(),
};

export const agentConfigSchema = z.partial(z.object(agentFields));
export const taskConfigSchema = z.partial(z.object(taskFields));
export const KNOWN_AGENT_KEYS = new Set(Object.keys(agentFields));
export const KNOWN_TASK_KEYS = new Set(Object.keys(taskFields));

/**
 * Validates one agent/task entry; type errors become error diagnostics at the
 * offending value, unknown keys warnings at the key.
 */
export function validateEntry(
  node: ConfigNode,
  schema: z.ZodMiniType,
  known: Set<string>,
  what: string,
  file: string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (node.kind !== 'map') {
    out.push({ file, ...node.span.start, message: `${what} must be a mapping of settings`, severity: 'error' });
    return out;
  }
  for (const e of node.entries) {
    if (!known.has(e.key)) {
      out.push({ file, ...e.keySpan.start, message: `unknown key "${e.key}" in ${what} (CrewAI ignores it)`, severity: 'warning' });
    }
  }
  const res = schema.safeParse(toPlain(node));
  if (!res.success) {
    for (const issue of res.error.issues) {
      const at = nodeAt(node, issue.path) ?? node;
      const key = issue.path.join('.');
      out.push({ file, ...at.span.start, message: `${what}: "${key}" ${describeIssue(issue)}`, severity: 'error' });
    }
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `must be ${issue.expected}`;
  if (issue.code === 'invalid_union') return 'has the wrong type';
  return issue.message;
}
