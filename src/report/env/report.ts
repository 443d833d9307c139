import type { Advisory } from '../../env/advisories.js';
import type { Channel } from '../../env/channels.js';
import type { CodeSwitch, VariableState } from '../../env/evaluate.js';

export interface EnvReport {
  crewaiVersion: string;
  crewaiVersionSource: string;
  telemetry: 'enabled' | 'disabled';
  disabledBy: string[];
  variables: VariableState[];
  channels: Channel[];
  advisories: Advisory[];
  codeSwitches: CodeSwitch[];
  dotenvFiles: string[];
  notes: string[];
}
