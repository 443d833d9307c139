// The variables that switch CrewAI's telemetry off, and from which release each is
// read (spec b). Only the string `true` (any case, no spaces) counts.
import type { ReleaseRange } from '../telemetry/versionRange.js';

export interface SwitchDef {
  name: string;
  firstRelease: string;
  description: string;
}

export const TELEMETRY_SWITCHES: SwitchDef[] = [
  { name: 'OTEL_SDK_DISABLED', firstRelease: '0.79.0', description: 'OpenTelemetry SDK switch, read by CrewAI since 0.79.0' },
  { name: 'CREWAI_DISABLE_TELEMETRY', firstRelease: '0.114.0', description: "CrewAI's own switch since 0.114.0" },
  { name: 'CREWAI_DISABLE_TRACKING', firstRelease: '0.140.0', description: 'since 0.140.0 (also stopped the Scarf pixel while it existed)' },
];

/** When CrewAI evaluates the switches (spec b "When checked"). */
export const CHECK_TIMING: { releases: ReleaseRange; timing: 'import' | 'per-crew' | 'per-instance' | 'per-operation' }[] = [
  { releases: { since: '0.79.0', until: '0.105.0' }, timing: 'per-crew' },
  { releases: { since: '0.105.0', until: '0.121.0' }, timing: 'import' },
  { releases: { since: '0.121.0', until: '0.130.0' }, timing: 'per-instance' },
  { releases: { since: '0.130.0' }, timing: 'per-operation' },
];

export function counts(value: string): boolean {
  return value.toLowerCase() === 'true';
}
