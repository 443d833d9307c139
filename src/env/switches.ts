// The variables that switch CrewAI's telemetry off, from which release each is read, how
// a value is judged, and when CrewAI looks at them (spec b). Data, not branches: a new
// release that changes any of this is an edit here.
import { inRange, type ReleaseRange } from '../telemetry/versionRange.js';

export interface SwitchDef {
  name: string;
  /** the first release whose telemetry reads the variable */
  firstRelease: string;
  commit: string;
  description: string;
}

export const TELEMETRY_SWITCHES: readonly SwitchDef[] = [
  { name: 'OTEL_SDK_DISABLED', firstRelease: '0.79.0', commit: '6193eb13f', description: 'OpenTelemetry SDK switch, read by CrewAI itself since 0.79.0' },
  { name: 'CREWAI_DISABLE_TELEMETRY', firstRelease: '0.114.0', commit: 'da42ec7eb', description: "CrewAI's own switch, read since 0.114.0" },
  { name: 'CREWAI_DISABLE_TRACKING', firstRelease: '0.140.0', commit: 'af9c01f5d', description: 'read since 0.140.0 (it also stopped the Scarf pixel while that existed)' },
];

export const SWITCH_NAMES = new Set(TELEMETRY_SWITCHES.map((s) => s.name));

/** CrewAI's test: `os.getenv(NAME, "false").lower() == "true"` — no stripping, so "1", "yes", " true" do not count. */
export function counts(value: string): boolean {
  return value.toLowerCase() === 'true';
}

/** opentelemetry-sdk ≥ 1.24.0 (OTEL_SDK_DISABLED only): `strip().lower() == "true"`, read when a TracerProvider is built. */
export function sdkCounts(value: string): boolean {
  return value.trim().toLowerCase() === 'true';
}

/** From 0.114.0 CrewAI requires opentelemetry-sdk ≥ 1.30.0, so the SDK's own OTEL_SDK_DISABLED check is always there. */
export const SDK_CHECK_GUARANTEED_SINCE = '0.114.0';

/** CrewAI's own import-time load_dotenv(): crew_base.py since v0.22.4, llm.py since 0.98.0 (spec i.6). */
export const LIBRARY_DOTENV_SINCE = '0.22.4';

export type CheckTiming = 'not-checked' | 'per-crew' | 'import' | 'per-instance' | 'per-operation';

/** When CrewAI evaluates the switches (spec b "When checked"). `until` is exclusive. */
export const CHECK_TIMING: readonly { releases: ReleaseRange; timing: CheckTiming; description: string }[] = [
  { releases: { until: '0.79.0' }, timing: 'not-checked', description: 'CrewAI does not check any switch' },
  {
    releases: { since: '0.79.0', until: '0.105.0' },
    timing: 'per-crew',
    description: 'read when each Crew is built (and by each ToolUsage); flow spans use a Telemetry object built when crewai.flow.flow is imported',
  },
  {
    releases: { since: '0.105.0', until: '0.121.0' },
    timing: 'import',
    description: 'read once at `import crewai` for crew, task and flow spans (the event-listener singleton); tool spans re-read it per ToolUsage',
  },
  {
    releases: { since: '0.121.0', until: '0.130.0' },
    timing: 'per-instance',
    description: 'read again each time a new owner (a ToolUsage, a CLI command) constructs Telemetry(); spans before that still go out',
  },
  {
    releases: { since: '0.130.0' },
    timing: 'per-operation',
    description: 'read at construction and again before every span operation (a switch set later stops further spans; unsetting it does not re-enable)',
  },
];

export function timingAt(version: string): (typeof CHECK_TIMING)[number] {
  return CHECK_TIMING.find((t) => inRange(version, t.releases)) ?? CHECK_TIMING[CHECK_TIMING.length - 1];
}
