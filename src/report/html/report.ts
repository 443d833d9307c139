// What the HTML page receives: everything already computed (by cli/run/report.ts from
// the same audit, env and preview data the other formats print), masked, grouped and
// laid out. The page formatter only turns it into markup.
import type { CrewFlow, FlowMark } from '../../assess/flow.js';
import type { Finding, Severity } from '../../assess/types.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { Channel } from '../../env/channels.js';
import type { VariableState } from '../../env/evaluate.js';
import type { AuditReport } from '../audit/report.js';
import type { Drawing } from './layout.js';

export interface FindingRow {
  finding: Finding;
  /** what the team can do about it */
  advice: string;
  /** the rule's explanation */
  rule: string;
}

export interface FieldGroup {
  field: string;
  /** sent by default / only with share_crew / never, or 'crew setting' for settings such as share_crew */
  label: string;
  rows: FindingRow[];
}

export interface CrewFindings {
  /** crew id, or '' for findings of the project (release pin, settings outside a crew) */
  crewId: string;
  name: string;
  counts: Record<Severity, number>;
  fields: FieldGroup[];
}

export interface AcceptedRow {
  finding: Finding;
  kind: 'inline' | 'baseline' | 'config';
  /** the reason written with the acceptance; undefined when none was recorded */
  reason?: string;
  /** who can see the accepted value: where it still travels */
  visibleTo: string;
}

export interface AdvisoryRow {
  id: string;
  title: string;
  severity: Severity;
  fixedIn?: string;
  text: string;
  /** where audit reported it (the version pin), when it did */
  reportedAt?: string;
}

export interface PreviewRow {
  key: string;
  gate: string;
  /** shown value: run-time placeholders and crewtel-computed values as is; your text masked unless --show-values */
  value: string;
  /** the value is text from the project's files */
  fromUser: boolean;
  /** the fields it comes from */
  source: string | null;
}

export interface PreviewCrew {
  crewId: string;
  name: string;
  spans: { name: string; trigger: string; condition?: string; rows: PreviewRow[] }[];
}

export interface Coverage {
  crews: number;
  agents: number;
  tasks: number;
  /** crews with no agent or no task found statically */
  incompleteCrews: string[];
  /** tools named in config that could not be resolved to the name CrewAI sends */
  unresolvedTools: number;
  /** what could not be seen, in the words of the warnings */
  notes: string[];
}

export interface TelemetrySection {
  telemetry: 'enabled' | 'disabled';
  disabledBy: string[];
  variables: VariableState[];
  channels: Channel[];
  precedence: string;
  /** a sentence: what the switches do for the pinned release */
  effect: string;
}

export interface HtmlReport {
  /** 'report' (everything) or 'audit' (audit --format html: the findings alone) */
  kind: 'report' | 'audit';
  tool: { name: 'crewtel'; version: string };
  /** the command line that produced the page, as typed (arguments quoted when needed) */
  command: string;
  /** YYYY-MM-DD */
  generated: string;
  showValues: boolean;
  verdict: { status: 'fail' | 'pass' | 'error'; headline: string; details: string[] };
  scope: {
    paths: string[];
    crews: number;
    files: number;
    crewaiVersion: string;
    crewaiVersionSource: string;
    /** file:line:col of the pin */
    crewaiVersionLocation?: string;
    crewaiVersionExact: boolean;
    notes: string[];
    coverage?: Coverage;
    summary: AuditReport['summary'];
    failOn: string;
  };
  /** drawn crews (capped); the rest are in `undrawn` */
  drawings: { flow: CrewFlow; drawing: Drawing }[];
  undrawn: { crewId: string; name: string; findings: number; byBand: Record<'default' | 'share_crew' | 'never', number> }[];
  /** crews with findings, by field, with attributes and advice */
  findings: CrewFindings[];
  /** crews past the detailed ones (large monorepos): the same findings, one compact row each */
  compactFindings: CrewFindings[];
  accepted: AcceptedRow[];
  telemetry?: TelemetrySection;
  advisories: AdvisoryRow[];
  preview?: { shareCrew: false; crews: PreviewCrew[]; omitted: number; notes: string[] };
  errors: Diagnostic[];
  warnings: number;
}

export type { FlowMark };
