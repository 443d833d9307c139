// What `audit` reports. A Finding carries only the (masked) match: the raw value
// stays in the model's SourceString, and the decision to reveal it is taken once,
// in assess, from --show-values.

import type { Entity } from '../scan/types.js';

export type Severity = 'high' | 'medium' | 'low';
export type Exposure = 'default' | 'share_crew' | 'not_emitted';
export type Category = 'pii' | 'secret' | 'config';

export interface Finding {
  ruleId: string;
  category: Category;
  entity?: Entity;
  severity: Severity;
  confidence: number;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  field: string;
  exposure: Exposure;
  attributes: string[];
  /** masked unless --show-values */
  match: string;
  message: string;
  /** crews whose telemetry would carry it */
  crews: string[];
  /**
   * set when only agents or tasks no crew uses hold it: the id of that group
   * (`<dir>#(outside crews)`, see ProjectModel.outside); `crews` is then empty
   */
  outsideCrew?: string;
  /** stable across edits above the finding: rule + file + field + hash of the value (never the value) */
  fingerprint: string;
  /** content findings: true for documentation values (reserved domains, documentation IP ranges, fictional phone ranges, placeholder secrets), always low */
  example?: boolean;
  /** set when an inline comment, the baseline or the config accepted it (accepted findings stay in the report) */
  suppressed?: Suppression;
}

export interface Suppression {
  kind: 'inline' | 'baseline' | 'config';
  /** the reason written after `--`, the config entry that accepted it; never the matched value */
  reason?: string;
}

export interface RuleMeta {
  id: string;
  category: Category;
  entity?: Entity;
  description: string;
  defaultSeverity: Severity;
}

export const SEVERITY_RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };
