// Feature Usage (spec c "Feature Usage"; history g 1.13.0, 1.15.x).
import type { ReleaseRange } from '../versionRange.js';
import type { SpanDef } from './types.js';

export const featureUsage: SpanDef = {
  name: 'Feature Usage',
  family: 'feature',
  trigger: 'one span per feature occurrence (see FEATURES)',
  gate: 'default',
  releases: { since: '1.13.0' },
  attributes: [
    { key: 'crewai_version', gate: 'default', source: 'run:crewai_version', interpolated: 'none' },
    { key: 'feature', gate: 'default', source: 'run:feature', interpolated: 'none' },
  ],
};

export interface FeatureDef {
  /** the `feature` value; `<…>` parts come from fixed sets */
  feature: string;
  releases: ReleaseRange;
  trigger: string;
}

/** Every `feature` value and when it exists. All fixed literals: no user text. */
export const FEATURES: readonly FeatureDef[] = [
  { feature: 'coding_agent:<name>', releases: { since: '1.15.11' }, trigger: 'once per process, after the first Crew Created or runtime Flow Creation' },
  ...['planning:creation', 'planning:replan', 'planning:goal_achieved_early'].map((feature) => ({ feature, releases: { since: '1.13.0' }, trigger: 'agent reasoning / plan events' })),
  ...['skill:discovery', 'skill:loaded', 'skill:load_failed', 'skill:activated'].map((feature) => ({ feature, releases: { since: '1.13.0' }, trigger: 'skill events' })),
  ...['a2a:delegation', 'a2a:conversation'].map((feature) => ({ feature, releases: { since: '1.13.0' }, trigger: 'A2A delegation / conversation completed' })),
  ...['mcp:connection', 'mcp:connection_failed', 'mcp:config_fetch_failed', 'mcp:tool_execution', 'mcp:tool_execution_failed'].map((feature) => ({
    feature,
    releases: { since: '1.13.0' },
    trigger: 'MCP connection / tool events',
  })),
  ...['memory:save', 'memory:query', 'memory:retrieval'].map((feature) => ({ feature, releases: { since: '1.13.0' }, trigger: 'memory events' })),
  { feature: 'guardrail:execution', releases: { since: '1.13.0' }, trigger: 'each LLM guardrail completion' },
  { feature: 'hooks:registered', releases: { since: '1.13.0' }, trigger: 'crew kickoff with a global before/after LLM or tool hook registered' },
  { feature: 'hooks:<point>', releases: { since: '1.15.11' }, trigger: 'each hook dispatch where hooks exist for the point' },
  { feature: 'hooks:aborted', releases: { since: '1.15.11' }, trigger: 'a hook aborted' },
  { feature: 'flow:conversation_turn', releases: { since: '1.15.0' }, trigger: 'a conversational flow turn completed' },
  { feature: 'cli_usage:deploy', releases: { since: '1.15.1' }, trigger: 'run-TUI deploy button' },
  { feature: 'cli_usage:view_traces', releases: { since: '1.15.1' }, trigger: 'run-TUI view-traces button' },
  ...['flow:conversation_turn_failed', 'flow:input_requested', 'flow:input_received', 'flow:hitl_paused'].map((feature) => ({
    feature,
    releases: { since: '1.15.15' },
    trigger: 'conversational / human-in-the-loop flow events',
  })),
  { feature: 'deploy:pushed', releases: { since: '1.15.16' }, trigger: 'after Start Deployment (CLI)' },
  { feature: 'deploy:created', releases: { since: '1.15.16' }, trigger: 'after Create Crew Deployment (CLI)' },
  { feature: 'tracing:ephemeral_sent', releases: { since: '1.15.16' }, trigger: 'an anonymous AMP trace batch was sent' },
  { feature: 'tracing:authenticated_sent', releases: { since: '1.15.16' }, trigger: 'an authenticated AMP trace batch was sent' },
];
