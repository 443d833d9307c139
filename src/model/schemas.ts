// What CrewAI accepts in agent and task configs (spec j). Unknown keys are warnings
// (real configs carry `steps`, `schema`, `personality`); wrong types are errors.

// zod/mini: the same validation, a fraction of the load time (crewtel starts on every CI run)
import * as z from 'zod/mini';
import type { Diagnostic } from '../core/diagnostics.js';
import { nodeAt, toPlain, type ConfigNode } from '../load/tree.js';

const str = z.string();
const bool = z.boolean();
const int = z.int();
const any = z.unknown();
const strOrNull = z.union([str, z.null()]);
const intOrNull = z.union([int, z.null()]);
const llm = z.union([z.string(), z.looseObject({ model: z.optional(z.string()) }), z.null()]);
const toolRef = z.union([z.string(), z.looseObject({})]);
const pythonRef = z.union([z.string(), z.looseObject({ python: z.string() })]);

const agentFields = {
  role: str,
  goal: str,
  backstory: str,
  cache: bool,
  verbose: bool,
  max_rpm: intOrNull,
  allow_delegation: bool,
  max_iter: int,
  max_tokens: intOrNull,
  callbacks: z.array(any),
  llm,
  function_calling_llm: llm,
  use_system_prompt: bool,
  system_template: strOrNull,
  prompt_template: strOrNull,
  response_template: strOrNull,
  tools: z.union([z.array(toolRef), z.null()]),
  step_callback: any,
  cache_handler: any,
  allow_code_execution: bool,
  code_execution_mode: str,
  respect_context_window: bool,
  max_retry_limit: int,
  multimodal: bool,
  reasoning: bool,
  max_reasoning_attempts: intOrNull,
  knowledge_sources: any,
  knowledge_storage: any,
  knowledge_config: any,
  embedder: any,
  agent_knowledge_context: any,
  crew_knowledge_context: any,
  knowledge_search_query: any,
  inject_date: bool,
  date_format: str,
  from_repository: strOrNull,
  guardrail: any,
  guardrail_max_retries: int,
  security_config: any,
  memory: any,
  mcps: z.union([z.array(any), z.null()]),
  apps: z.union([z.array(str), z.null()]),
  skills: any,
  executor_class: any,
  max_execution_time: intOrNull,
  allow_crewai_trigger_context: any,
  // JSON crew agents
  settings: z.looseObject({}),
  type: pythonRef,
  name: str,
};

const taskFields = {
  name: str,
  description: str,
  expected_output: str,
  agent: strOrNull,
  context: z.union([z.array(z.union([str, z.looseObject({})])), z.null()]),
  tools: z.union([z.array(toolRef), z.null()]),
  callback: any,
  callbacks: any,
  output_json: any,
  output_pydantic: any,
  output_file: strOrNull,
  create_directory: bool,
  async_execution: bool,
  human_input: bool,
  markdown: bool,
  guardrail: any,
  guardrails: any,
  guardrail_max_retries: int,
  allow_crewai_trigger_context: any,
  security_config: any,
  type: pythonRef,
  input_files: any,
  response_model: any,
  converter_cls: any,
  condition: any,
  max_retries: any,
};

export const agentConfigSchema = z.partial(z.object(agentFields));
export const taskConfigSchema = z.partial(z.object(taskFields));
export const KNOWN_AGENT_KEYS = new Set(Object.keys(agentFields));
export const KNOWN_TASK_KEYS = new Set(Object.keys(taskFields));

/**
 * The fields whose schema is one plain type (text, true/false, an integer, anything, or text or an
 * integer that may be null), with a check that accepts exactly what zod accepts
 * (test/model/schemas.test.ts): most entries hold only such fields, and checking them directly is
 * ~10x cheaper than copying the entry out and parsing it with zod.
 */
type PlainCheck = (v: unknown) => boolean;
const PLAIN = new Map<z.ZodMiniType, PlainCheck>([
  [str, (v) => typeof v === 'string'],
  [bool, (v) => typeof v === 'boolean'],
  [int, (v) => Number.isSafeInteger(v)],
  [strOrNull, (v) => typeof v === 'string' || v === null],
  [intOrNull, (v) => v === null || Number.isSafeInteger(v)],
  [any, () => true],
]);
const plainChecks = (fields: Record<string, z.ZodMiniType>): Map<string, PlainCheck> =>
  new Map(Object.entries(fields).flatMap(([k, s]) => (PLAIN.has(s) ? [[k, PLAIN.get(s)!] as const] : [])));
const PLAIN_CHECKS = new Map<z.ZodMiniType, Map<string, PlainCheck>>([
  [agentConfigSchema, plainChecks(agentFields)],
  [taskConfigSchema, plainChecks(taskFields)],
]);

/** Does every entry pass its plain check (so zod would accept the whole entry too)? */
function plainlyValid(node: Extract<ConfigNode, { kind: 'map' }>, schema: z.ZodMiniType, known: Set<string>): boolean {
  const checks = PLAIN_CHECKS.get(schema);
  if (!checks) return false;
  for (const e of node.entries) {
    // toPlain would set the copy's prototype: zod's answer may differ, let it decide
    if (e.key === '__proto__') return false;
    if (!known.has(e.key)) continue; // zod ignores unknown keys
    const check = checks.get(e.key);
    if (!check || !check(toPlain(e.value))) return false;
  }
  return true;
}

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
  if (plainlyValid(node, schema, known)) return out;
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
