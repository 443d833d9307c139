// The team's policy from crewtel's config: rules switched off, severities changed,
// values and paths accepted. Applied while the raw value is still at hand (before
// masking), so an allowlist can match exact values without them reaching a report.
//
// - disable / severity keys are rule ids or globs (`pii/*`, `advisory/*`, `*`);
//   for severity, an exact id wins over a glob, and a longer glob over a shorter one.
// - allowlist.values: exact matched values; allowlist.regexes: searched in the matched
//   value (anchor with ^…$ for a whole-value match); allowlist.paths: globs over file
//   paths relative to the folder of the config file (like .gitignore).
import picomatch from 'picomatch';
import type { CrewtelConfig } from '../config/schema.js';
import { SEVERITY_RANK, type Finding, type Severity } from './types.js';

export interface Policy {
  /** true when the finding should not be reported at all */
  disabled(ruleId: string): boolean;
  severity(ruleId: string, computed: Severity): Severity;
  /** an accepted value or path (file as reported, relative to cwd) */
  allowed(file: string, value: string): boolean;
  /** which allowlist entry accepts it (`allowlist.paths: examples/**`), never naming the value itself */
  allowedBy(file: string, value: string): string | undefined;
  /** an accepted release advisory (`accept-advisories`), with the reason given there */
  acceptedAdvisory(ruleId: string, release: string): { reason?: string } | undefined;
}

export interface PolicyOptions {
  /** maps a reported file path to the path the allowlist globs are written against */
  pathForGlobs?: (file: string) => string;
}

export function ruleGlob(pattern: string): (id: string) => boolean {
  if (pattern === '*' || pattern === '**') return () => true;
  const m = picomatch(pattern);
  return (id) => m(id);
}

function ruleMatcher(patterns: string[]): (id: string) => boolean {
  const ms = patterns.map(ruleGlob);
  return (id) => ms.some((m) => m(id));
}

export function makePolicy(config: CrewtelConfig, opts: PolicyOptions = {}): Policy {
  const disabled = ruleMatcher(config.disable ?? []);
  const severities = Object.entries(config.severity ?? {})
    .map(([pattern, sev]) => ({ pattern, match: ruleGlob(pattern), sev, exact: !/[*?[\]{}!]/.test(pattern) }))
    .sort((a, b) => Number(b.exact) - Number(a.exact) || b.pattern.length - a.pattern.length);
  const values = new Set(config.allowlist?.values ?? []);
  const regexes = (config.allowlist?.regexes ?? []).map((r) => ({ source: r, re: new RegExp(r) }));
  const paths = (config.allowlist?.paths ?? []).map((p) => ({ glob: p, match: picomatch(p, { dot: true }) }));
  const pathFor = opts.pathForGlobs ?? ((f: string) => f);
  const accepted = (config['accept-advisories'] ?? []).map((a) => ({ match: ruleGlob(a.rule), release: a.release, reason: a.reason }));
  const allowedBy = (file: string, value: string): string | undefined => {
    if (value !== '') {
      if (values.has(value)) return 'allowlist.values';
      const r = regexes.find((x) => x.re.test(value));
      if (r) return `allowlist.regexes: ${r.source}`;
    }
    const p = paths.find((x) => x.match(pathFor(file)));
    return p ? `allowlist.paths: ${p.glob}` : undefined;
  };
  return {
    disabled: (id) => disabled(id),
    severity: (id, computed) => severities.find((s) => s.match(id))?.sev ?? computed,
    allowed: (file, value) => allowedBy(file, value) !== undefined,
    allowedBy,
    acceptedAdvisory: (id, release) => {
      const a = accepted.find((x) => x.match(id) && (x.release === '*' || x.release === release));
      return a ? { reason: a.reason } : undefined;
    },
  };
}

export const NO_POLICY: Policy = { disabled: () => false, severity: (_id, s) => s, allowed: () => false, allowedBy: () => undefined, acceptedAdvisory: () => undefined };

/** Applies rule switches and severity overrides to findings that have no raw value (config, advisories). */
export function applyRulePolicy(findings: Finding[], policy: Policy): Finding[] {
  return findings.filter((f) => !policy.disabled(f.ruleId)).map((f) => ({ ...f, severity: policy.severity(f.ruleId, f.severity) }));
}

/** Rule patterns in the config that match no known rule: probably typos, which would silently change nothing. */
export function unknownRulePatterns(config: CrewtelConfig, ruleIds: string[]): { path: (string | number)[]; pattern: string }[] {
  const out: { path: (string | number)[]; pattern: string }[] = [];
  const none = (p: string) => {
    const m = ruleGlob(p);
    return !ruleIds.some((id) => m(id));
  };
  (config.disable ?? []).forEach((p, i) => none(p) && out.push({ path: ['disable', i], pattern: p }));
  for (const p of Object.keys(config.severity ?? {})) if (none(p)) out.push({ path: ['severity', p], pattern: p });
  return out;
}

export type FailOn = Severity | 'never';

/** A release advisory: about the pinned CrewAI release, not about the user's text. */
export const isAdvisory = (f: Pick<Finding, 'ruleId'>): boolean => f.ruleId.startsWith('advisory/');

/** The findings that decide the exit code: at or above the threshold; advisories only when asked for. */
export function gatingFindings(findings: Finding[], failOn: string, advisories = false): Finding[] {
  if (failOn === 'never') return [];
  const threshold = SEVERITY_RANK[failOn as Severity] ?? SEVERITY_RANK.high;
  return findings.filter((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= threshold && (advisories || !isAdvisory(f)));
}

/** The gate: is any finding at or above the threshold? */
export function failsAt(findings: Finding[], failOn: string, advisories = false): boolean {
  return gatingFindings(findings, failOn, advisories).length > 0;
}
