import { VERSION } from '../../version.js';
import type { EnvReport } from './report.js';

const place = (s: { file: string; start: { line: number; column: number } }) => ({ file: s.file, line: s.start.line, column: s.start.column });

/**
 * The contract's env JSON (crewaiVersion, telemetry, disabledBy, variables[name, value,
 * source, honoured, reason]) plus channels, advisories, code switches and notes. Only the
 * three switches carry values; every other variable appears by name and source.
 */
export function formatEnvJson(r: EnvReport): string {
  return JSON.stringify(
    {
      tool: { name: 'crewtel', version: VERSION },
      crewaiVersion: r.crewaiVersion,
      crewaiVersionSource: r.crewaiVersionSource,
      crewaiVersionLocation: r.crewaiVersionLocation ?? null,
      crewaiVersionExact: r.crewaiVersionExact,
      telemetry: r.telemetry,
      disabledBy: r.disabledBy,
      variables: r.variables.map((v) => ({
        name: v.name,
        value: v.value,
        source: v.source,
        honoured: v.honoured,
        reason: v.reason,
        location: v.location ?? null,
        firstRelease: v.firstRelease,
        readByRelease: v.readByRelease,
        valueCounts: v.valueCounts,
        shadowed: v.shadowed.map((s) => ({ source: s.source, value: s.value ?? null, location: s.location ?? null, why: s.why })),
      })),
      projectKind: r.projectKind,
      precedence: r.precedence,
      ...(r.coverage ? { coverage: r.coverage } : {}),
      dotenvFile: r.dotenvFile ?? null,
      codeSwitches: r.codeSwitches.map((s) => ({
        variable: s.variable,
        value: s.value ?? null,
        kind: s.kind,
        ...place(s.location),
        afterImport: s.afterImport,
        effect: s.effect,
        effective: s.effective,
        reason: s.reason,
      })),
      channels: r.channels.map((c) => ({
        id: c.id,
        name: c.name,
        state: c.state,
        detail: c.detail,
        switch: c.switch,
        unaffectedByTelemetrySwitches: c.unaffectedByTelemetrySwitches,
        setVariables: (c.setVariables ?? []).map((v) => ({ name: v.name, source: v.source, location: v.location ?? null })),
      })),
      advisories: r.advisories.map((a) => ({ id: a.id, title: a.title, severity: a.severity, fixedIn: a.fixedIn ?? null, text: a.text })),
      notes: r.notes,
      errors: r.errors.map((e) => ({ file: e.file, line: e.line, column: e.column, message: e.message })),
    },
    null,
    2,
  );
}
