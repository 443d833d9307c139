// The audit report every formatter receives: already assessed, already masked.

import type { Diagnostic } from '../../core/diagnostics.js';
import type { Finding, RuleMeta } from '../../assess/types.js';
import type { CoverageReport } from '../../model/coverage.js';

export interface AuditCrewSummary {
  root: string;
  name: string;
  shareCrew: boolean;
  shareCrewSource: string | null;
  crewaiVersion: string;
  /** agents, tasks and tools resolved statically out of those referenced (docs/cli-contract-extensions.md) */
  coverage?: CoverageReport;
}

export interface AuditReport {
  tool: { name: 'crewtel'; version: string };
  crewaiVersion: string;
  crewaiVersionSource: string;
  notes: string[];
  crews: AuditCrewSummary[];
  /** agents and tasks no crew uses, per project, scanned as the hypothetical crew that would carry them (absent when there are none) */
  outsideCrews?: ReturnType<typeof import('../../model/outside.js').outsideEntry>[];
  /** "2 agents defined outside any crew were scanned as if used (…)", for the human formats */
  outsideLine?: string;
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
    coverage?: CoverageReport;
    /** agents and tasks outside any crew that were scanned (present only when there are some); not counted in `crews` */
    outsideCrews?: { agents: number; tasks: number };
    /** accepted by the config (allowlist, accept-advisories) */
    accepted?: number;
    /** reported findings that are release advisories */
    advisories?: number;
    /** findings that fail the run (at or above failOn; advisories only with failOnAdvisories) */
    failing?: number;
  };
  /** --fail-on-unresolved (or fail-on-unresolved: true): a reference crewtel could not follow fails the gate */
  failOnUnresolved?: boolean;
}
