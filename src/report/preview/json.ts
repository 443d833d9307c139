// The contract's preview JSON: crewaiVersion, shareCrew, telemetryEnabled,
// spans[{name, trigger, attributes[{key, value, gate, source}]}], plus fields a script
// may find useful (crews, notes, per-attribute fromUser/condition, per-span subject).
import type { PreviewReport } from './report.js';

export function formatPreviewJson(r: PreviewReport): string {
  return JSON.stringify(
    {
      crewaiVersion: r.crewaiVersion,
      crewaiVersionSource: r.crewaiVersionSource,
      shareCrew: r.shareCrew,
      telemetryEnabled: r.telemetryEnabled,
      diff: r.diff,
      // values that look like personal data or secrets are masked unless --show-values
      valuesMasked: r.valuesMasked !== false,
      maskedValues: r.valuesMasked || 0,
      crews: r.crews,
      ...(r.coverage ? { coverage: r.coverage } : {}),
      ...(r.outsideCrews ? { outsideCrews: r.outsideCrews } : {}),
      notes: r.notes,
      spans: r.spans.map((s) => ({
        name: s.name,
        trigger: s.trigger,
        subject: s.subject,
        ...(s.crewId !== undefined ? { crewId: s.crewId } : {}),
        ...(s.flowName !== undefined ? { flowName: s.flowName } : {}),
        ...(s.hypothetical ? { hypothetical: true } : {}),
        crewaiVersion: s.version,
        ...(s.condition !== undefined ? { condition: s.condition } : {}),
        attributes: s.attributes.map((a) => ({
          key: a.key,
          value: a.value,
          gate: a.gate,
          source: a.source,
          fromUser: a.fromUser,
          ...(a.condition !== undefined ? { condition: a.condition } : {}),
          ...(a.interpolated !== undefined ? { interpolated: a.interpolated } : {}),
          ...(a.innerKeysAdded !== undefined ? { innerKeysAdded: a.innerKeysAdded } : {}),
        })),
      })),
    },
    null,
    2,
  );
}
