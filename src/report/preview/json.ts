import type { PreviewReport } from './report.js';

/** The contract's preview JSON (crewaiVersion, shareCrew, telemetryEnabled, spans[…]) plus crews and notes. */
export function formatPreviewJson(r: PreviewReport): string {
  return JSON.stringify(
    {
      crewaiVersion: r.crewaiVersion,
      crewaiVersionSource: r.crewaiVersionSource,
      shareCrew: r.shareCrew,
      telemetryEnabled: r.telemetryEnabled,
      diff: r.diff,
      notes: r.notes,
      crews: r.crews,
      spans: r.spans.map((s) => ({
        name: s.name,
        trigger: s.trigger,
        subject: s.subject,
        crewaiVersion: s.version,
        attributes: s.attributes.map((a) => ({ key: a.key, value: a.value, gate: a.gate, source: a.source, fromUser: a.fromUser })),
      })),
    },
    null,
    2,
  );
}
