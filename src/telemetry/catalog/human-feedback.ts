// Human Feedback (spec c; history g 1.8.0).
import type { SpanDef } from './types.js';

export const humanFeedback: SpanDef = {
  name: 'Human Feedback',
  family: 'human-feedback',
  trigger: 'a flow @human_feedback step asks for or receives feedback',
  gate: 'default',
  condition: { text: 'the flow has a @human_feedback step that runs', holds: 'run-time' },
  releases: { since: '1.8.0' },
  attributes: [
    { key: 'crewai_version', gate: 'default', source: 'run:crewai_version', interpolated: 'none', releases: { since: '1.15.16' } },
    { key: 'event_type', gate: 'default', source: 'run:hf_event_type', interpolated: 'none' },
    { key: 'has_routing', gate: 'default', source: 'run:hf_has_routing', interpolated: 'none' },
    { key: 'num_outcomes', gate: 'default', source: 'run:hf_num_outcomes', interpolated: 'none' },
    {
      key: 'feedback_provided',
      gate: 'conditional',
      condition: { text: 'received events only', holds: 'run-time' },
      source: 'run:hf_feedback_provided',
      interpolated: 'none',
    },
    {
      key: 'outcome',
      gate: 'conditional',
      condition: { text: 'a received event with an outcome: both built-in emitters pass None', holds: 'never' },
      source: 'run:hf_outcome',
      interpolated: 'none',
    },
  ],
};
