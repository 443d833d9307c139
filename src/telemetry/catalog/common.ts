// Attributes CommonAttributesSpanProcessor stamps on every span at span start (spec d),
// so they come first in each span's attribute list. Computed once per process.
import type { AttributeDef } from './types.js';

export const commonAttributes: AttributeDef[] = [
  {
    key: 'coding_agent',
    gate: 'default',
    source: 'common:coding_agent',
    interpolated: 'none',
    // 1.15.11: claude_code/codex/cursor + editor-terminal and non_interactive fallbacks; current table 1.15.14
    releases: { since: '1.15.11' },
  },
  { key: 'runtime_context', gate: 'default', source: 'common:runtime_context', interpolated: 'none', releases: { since: '1.15.14' } },
  {
    key: 'project_id',
    gate: 'conditional',
    condition: { text: 'pyproject.toml in the working directory (at import) has a non-blank [tool.crewai].project_id', holds: 'when-configured' },
    source: 'common:project_id',
    interpolated: 'none',
    releases: { since: '1.15.14' },
  },
];

/** Resource attribute service.name (the Resource is built directly: OTEL_SERVICE_NAME is not merged). */
export const SERVICE_NAME = 'crewAI-telemetry';
/** Instrumentation scope (tracer) name; no version. */
export const TRACER_NAME = 'crewai.telemetry';
