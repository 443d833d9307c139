// Environment Context (spec c; history g 1.11.1).
import type { SpanDef } from './types.js';

export const environmentContext: SpanDef = {
  name: 'Environment Context',
  family: 'env',
  trigger: 'once per execution context, at Crew.kickoff (before Crew Created), agent task preparation, or flow start',
  gate: 'default',
  releases: { since: '1.11.1' },
  attributes: [
    { key: 'crewai_version', gate: 'default', source: 'run:crewai_version', interpolated: 'none' },
    { key: 'tool', gate: 'default', source: 'run:env_tool', interpolated: 'none' },
  ],
};
