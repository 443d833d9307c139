import type { EnvReport } from './report.js';

/** The contract's env JSON (crewaiVersion, telemetry, disabledBy, variables[…]) plus channels, advisories, code switches. */
export function formatEnvJson(r: EnvReport): string {
  return JSON.stringify(
    {
      crewaiVersion: r.crewaiVersion,
      crewaiVersionSource: r.crewaiVersionSource,
      telemetry: r.telemetry,
      disabledBy: r.disabledBy,
      variables: r.variables.map(({ name, value, source, location, honoured, reason }) => ({ name, value, source, location: location ?? null, honoured, reason })),
      codeSwitches: r.codeSwitches.map((s) => ({
        variable: s.variable,
        value: s.value ?? null,
        kind: s.kind,
        file: s.location.file,
        line: s.location.start.line,
        column: s.location.start.column,
        afterImport: s.afterImport,
        effective: s.effective,
        reason: s.reason,
      })),
      channels: r.channels,
      advisories: r.advisories.map((a) => ({ id: a.id, title: a.title, severity: a.severity, fixedIn: a.fixedIn ?? null, text: a.text })),
      dotenvFiles: r.dotenvFiles,
      notes: r.notes,
    },
    null,
    2,
  );
}
