// The team's policy from crewtel's config: rules switched off, severities changed,
// values and paths accepted. Applied while the raw value is still at hand (before
// masking), so an allowlist can match exact values without them reaching a report.
import picomatch from 'picomatch';
import type { CrewtelConfig } from '../config/schema.js';
import type { Finding, Severity } from './types.js';

export interface Policy {
  /** true when the finding should not be reported at all */
  disabled(ruleId: string): boolean;
  severity(ruleId: string, computed: Severity): Severity;
  /** an accepted value or path */
  allowed(file: string, value: string): boolean;
}

function ruleMatcher(patterns: string[]): (id: string) => boolean {
  const ms = patterns.map((p) => picomatch(p));
  return (id) => ms.some((m) => m(id));
}

export function makePolicy(config: CrewtelConfig): Policy {
  const disabled = ruleMatcher(config.disable ?? []);
  const severities = Object.entries(config.severity ?? {}).map(([pattern, sev]) => ({ match: picomatch(pattern), sev }));
  const values = new Set(config.allowlist?.values ?? []);
  const regexes = (config.allowlist?.regexes ?? []).map((r) => new RegExp(r));
  const paths = (config.allowlist?.paths ?? []).map((p) => picomatch(p, { dot: true }));
  return {
    disabled: (id) => disabled(id),
    severity: (id, computed) => severities.find((s) => s.match(id))?.sev ?? computed,
    allowed: (file, value) => values.has(value) || regexes.some((r) => r.test(value)) || paths.some((m) => m(file)),
  };
}

export const NO_POLICY: Policy = { disabled: () => false, severity: (_id, s) => s, allowed: () => false };

/** Applies rule switches and severity overrides to findings that have no raw value (config, advisories). */
export function applyRulePolicy(findings: Finding[], policy: Policy): Finding[] {
  return findings.filter((f) => !policy.disabled(f.ruleId)).map((f) => ({ ...f, severity: policy.severity(f.ruleId, f.severity) }));
}
