// Values CrewAI computes from the configuration before telemetry reads them, as
// release-ranged steps the catalog attaches to attributes (resolve.ts applies them;
// the sources are cited in docs/telemetry-values.md).
import { TELEMETRY_SINCE } from '../versionRange.js';
import type { DerivationStep } from './types.js';

/**
 * A task without tools of its own gets its agent's tools (Task.check_tools, a model
 * validator at every release with telemetry; the agent comes in through the task's
 * config under @CrewBase), so crew_tasks[].tools_names repeats the agent's names.
 */
export const INHERIT_AGENT_TOOLS: DerivationStep[] = [{ releases: { since: TELEMETRY_SINCE }, derive: 'inherit-agent-tools' }];

/** llm / function_calling_llm are the `.model` of the LLM object, rewritten by LLM(...)'s provider routing since 1.0.0 (llmModel.ts). */
export const LLM_ROUTING_STEP: DerivationStep[] = [{ releases: { since: '1.0.0' }, derive: 'llm-routing' }];
