// assess: matches + catalog + crew mode → findings with exposure and severity,
// deduplicated (one agents.yaml shared by several crews is one finding), sorted by
// location, masked once here.

import type { LoadedProject } from '../model/project.js';
import { configFindings } from './configFindings.js';
import { contentFindings } from './contentFindings.js';
import { releaseFindings } from './releaseFindings.js';
import { SEVERITY_RANK, type Finding } from './types.js';
import { applyRulePolicy, NO_POLICY, type Policy } from './policy.js';
import { maskText } from './maskText.js';
import { compareText } from '../core/compare.js';

export interface AssessOptions {
  showValues: boolean;
  policy?: Policy;
  /** extra config findings computed elsewhere (advisories, code switches) */
  extra?: Finding[];
}

export function assess(project: LoadedProject, opts: AssessOptions): Finding[] {
  const { model, release } = project;
  const crews = new Map(model.crews.map((c) => [c.id, c]));
  const policy = opts.policy ?? NO_POLICY;
  const findings = [
    ...contentFindings(model.strings, { crews, defaultVersion: release.version, showValues: opts.showValues, policy }),
    ...applyRulePolicy([...configFindings(model.crews, model.strings, release.version), ...releaseFindings(project), ...(opts.extra ?? [])], policy)
      .map((f) => acceptedByConfig(f, policy, release.version))
      // field paths hold YAML keys: masked like values
      .map((f) => (opts.showValues ? f : { ...f, field: maskText(f.field) })),
  ];
  return sortFindings(mergeDuplicates(findings));
}

/** Config and release findings the config accepts stay in the report, marked. */
function acceptedByConfig(f: Finding, policy: Policy, release: string): Finding {
  const byAllowlist = policy.allowedBy(f.file, f.match);
  if (byAllowlist) return { ...f, suppressed: { kind: 'config', reason: byAllowlist } };
  const advisory = f.ruleId.startsWith('advisory/') ? policy.acceptedAdvisory(f.ruleId, release) : undefined;
  if (advisory) return { ...f, suppressed: { kind: 'config', reason: advisory.reason ?? `accept-advisories (${release})` } };
  return f;
}

function mergeDuplicates(findings: Finding[]): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.file}\0${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, { ...f, attributes: [...f.attributes], crews: [...f.crews] });
      continue;
    }
    if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[prev.severity]) {
      prev.severity = f.severity;
      prev.exposure = f.exposure;
      prev.message = f.message;
    }
    prev.attributes = [...new Set([...prev.attributes, ...f.attributes])];
    prev.crews = [...new Set([...prev.crews, ...f.crews])];
    prev.confidence = Math.max(prev.confidence, f.confidence);
  }
  return [...byKey.values()];
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId),
  );
}
