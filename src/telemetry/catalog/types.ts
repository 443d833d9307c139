// The telemetry catalog: spans and attributes CrewAI emits, with gates, value
// sources and release ranges (spec sections c, d, g). A new CrewAI release is an edit
// here, not a code change.
import type { FieldSlot } from '../../model/types.js';
import type { ReleaseRange } from '../versionRange.js';

export type Gate = 'default' | 'share_crew' | 'conditional';

/**
 * Where a value comes from. `user:*` sources are strings from the project's files;
 * `run:*` sources are generated at run time and shown as placeholders.
 */
export type ValueSource = string;

export interface InnerKeyDef {
  key: string;
  gate: Gate;
  source: ValueSource;
  releases?: ReleaseRange;
  slot?: FieldSlot;
}

export interface AttributeDef {
  key: string;
  gate: Gate;
  source: ValueSource;
  releases?: ReleaseRange;
  /** which user field the value carries (for audit exposure) */
  slot?: FieldSlot;
  /** the condition for `conditional` gates */
  condition?: string;
  /** recorded before or after kickoff fills {placeholders} */
  interpolated?: 'before' | 'after';
  /** JSON list attributes: the keys of each element */
  inner?: InnerKeyDef[];
  /** JSON attributes with inner keys are arrays of objects; scalar lists (node_names) are `list` */
  json?: 'objects' | 'list' | 'value';
}

export interface SpanDef {
  name: string;
  trigger: string;
  /** when during a kickoff simulation the span appears */
  emittedBy: 'crew' | 'task' | 'tool' | 'flow' | 'process' | 'cli' | 'test' | 'none';
  releases?: ReleaseRange;
  /** whole-span gate (Crew Execution is share_crew only) */
  gate: Gate;
  attributes: AttributeDef[];
}
