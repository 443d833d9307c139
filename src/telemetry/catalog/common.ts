// Attributes stamped on every span by CommonAttributesSpanProcessor (spec d).
import type { AttributeDef } from './types.js';

export const commonAttributes: AttributeDef[] = [
  { key: 'coding_agent', gate: 'default', source: 'run:coding_agent', releases: { since: '1.15.11' } },
  { key: 'runtime_context', gate: 'default', source: 'run:runtime_context', releases: { since: '1.15.14' } },
  { key: 'project_id', gate: 'conditional', condition: 'pyproject.toml in the working directory has [tool.crewai].project_id', source: 'user:project_id', releases: { since: '1.15.14' } },
];

export const SERVICE_NAME = 'crewAI-telemetry';
export const TRACER_NAME = 'crewai.telemetry';
