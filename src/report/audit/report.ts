// The audit report every formatter receives: already assessed, already masked.

import type { Diagnostic } from '../../core/diagnostics.js';
import type { Finding, RuleMeta } from '../../assess/types.js';

export interface AuditCrewSummary {
  root: string;
  name: string;
  shareCrew: boolean;
  shareCrewSource: string | null;
  crewaiVersion: string;
}

export interface AuditReport {
  tool: { name: 'crewtel'; version: string };
  crewaiVersion: string;
  crewaiVersionSource: string;
  notes: string[];
  crews: AuditCrewSummary[];
  /** reported findings (not suppressed) */
  findings: Finding[];
  /** findings accepted by inline comments, the config (allowlist, accept-advisories) or the baseline; each has `suppressed` */
  suppressed: Finding[];
  errors: Diagnostic[];
  warnings: Diagnostic[];
  rules: RuleMeta[];
  failOn: string;
  /** release advisories count toward failOn only when this is set (--fail-on-advisories or the config) */
  failOnAdvisories: boolean;
  summary: {
    files: number;
    crews: number;
    findings: number;
    bySeverity: { high: number; medium: number; low: number };
    suppressed: number;
    baselined: number;
    /** accepted by the config (allowlist, accept-advisories) */
    accepted?: number;
    /** reported findings that are release advisories */
    advisories?: number;
    /** findings that fail the run (at or above failOn; advisories only with failOnAdvisories) */
    failing?: number;
  };
}
