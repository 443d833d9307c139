import type { Diagnostic } from '../../core/diagnostics.js';
import type { Advisory } from '../../env/advisories.js';
import type { CoverageReport } from '../../model/coverage.js';
import type { Channel } from '../../env/channels.js';
import type { CodeSwitch } from '../../env/codeSwitches.js';
import type { ProjectKind, VariableState } from '../../env/evaluate.js';

/** Everything `crewtel env` reports; formatters turn it into text and never compute. */
export interface EnvReport {
  /** agents, tasks and tools of the project's crews resolved statically */
  coverage?: CoverageReport;
  crewaiVersion: string;
  crewaiVersionSource: string;
  /** file:line:col of the pin, when there is one */
  crewaiVersionLocation?: string;
  /** the version is known exactly (lock, == pin, --crewai-version) rather than picked from a range */
  crewaiVersionExact: boolean;
  telemetry: 'enabled' | 'disabled';
  disabledBy: string[];
  variables: VariableState[];
  channels: Channel[];
  advisories: Advisory[];
  codeSwitches: CodeSwitch[];
  /** the project's .env that was read (display path) */
  dotenvFile?: string;
  projectKind: ProjectKind;
  /** the precedence between shell, .env and code that crewtel assumed */
  precedence: string;
  notes: string[];
  errors: Diagnostic[];
}
