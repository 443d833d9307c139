// assess: matches + catalog + crew mode → findings with exposure and severity,
// deduplicated (one agents.yaml shared by several crews is one finding), sorted by
// location, masked once here.

import type { LoadedProject } from '../model/project.js';
import { configFindings } from './configFindings.js';
import { contentFindings } from './contentFindings.js';
import { releaseFacts, releaseFindings, type ReleaseFacts } from './releaseFindings.js';
import { SEVERITY_RANK, type Finding } from './types.js';
import { applyRulePolicy, NO_POLICY, type Policy } from './policy.js';
import { maskText } from './maskText.js';
import { lowered } from './exposure.js';
import { compareText } from '../core/compare.js';
import { interner } from '../core/intern.js';

export interface AssessOptions {
  showValues: boolean;
  policy?: Policy;
  /** extra config findings computed elsewhere (advisories, code switches) */
  extra?: Finding[];
}

export function assess(project: LoadedProject, opts: AssessOptions): Finding[] {
  return finishFindings([...assessStrings(project, opts), ...assessRelease(releaseFacts(project), opts)]);
}

/**
 * The findings in what a project's model holds (content and config), before they are merged
 * across the files crews share; a large tree's batches are assessed with this one at a time.
 */
export function assessStrings(project: LoadedProject, opts: AssessOptions): Finding[] {
  const { model, release } = project;
  const outside = model.outside ?? [];
  const outsideIds = new Set(outside.map((c) => c.id));
  // agents outside any crew are scanned like a crew's, as the crew that would carry them
  const crews = new Map([...model.crews, ...outside].map((c) => [c.id, c]));
  const policy = opts.policy ?? NO_POLICY;
  const config = markOutside(configFindings([...model.crews, ...outside], model.strings, release.version), outsideIds, true);
  return [
    // content severities are already a step lower there (assess/exposure.ts), before the config's overrides
    ...markOutside(contentFindings(model.strings, { crews, defaultVersion: release.version, showValues: opts.showValues, policy }), outsideIds, false),
    ...withPolicy(config, policy, release.version, opts.showValues),
  ];
}

/** Advisories and code switches for the release the tree is reported at (and `extra`). */
export function assessRelease(facts: ReleaseFacts, opts: AssessOptions): Finding[] {
  return withPolicy([...releaseFindings(facts), ...(opts.extra ?? [])], opts.policy ?? NO_POLICY, facts.release.version, opts.showValues);
}

/**
 * One finding per rule and place (files shared by crews), sorted by location. `owned`: the
 * findings are already merged copies (a large tree's batches, each merged once), merged in place.
 */
export function finishFindings(findings: Finding[], texts?: FindingTexts, owned = false): Finding[] {
  return sortFindings(mergeDuplicates(findings, texts, owned));
}

/**
 * Findings are held until the report is written: their texts and attribute lists once each.
 * A large tree's batches share one (assess/batches.ts).
 */
export interface FindingTexts {
  text: (s: string) => string;
  list: (l: string[]) => string[];
}

export function findingTexts(): FindingTexts {
  const lists = new Map<string, string[]>();
  return {
    text: interner({ maxSize: 200_000 }),
    list: (l) => {
      const key = l.join('\0');
      const kept = lists.get(key);
      if (kept) return kept;
      if (lists.size >= 50_000) lists.clear();
      lists.set(key, l);
      return l;
    },
  };
}

/** A batch's findings, merged (and their texts shared) before they are kept. */
export function mergeBatchFindings(findings: Finding[], texts: FindingTexts): Finding[] {
  return mergeDuplicates(findings, texts);
}

function withPolicy(findings: Finding[], policy: Policy, version: string, showValues: boolean): Finding[] {
  return applyRulePolicy(findings, policy)
    .map((f) => acceptedByConfig(f, policy, version))
    // field paths hold YAML keys: masked like values
    .map((f) => (showValues ? f : { ...f, field: maskText(f.field) }));
}

/**
 * Findings in agents and tasks no crew uses: no crew carries them (`crews` empty), `outsideCrew`
 * names the group, the message says so; config findings one severity step lower (content
 * findings are lowered with their exposure).
 */
function markOutside(findings: Finding[], outsideIds: ReadonlySet<string>, lower: boolean): Finding[] {
  if (outsideIds.size === 0) return findings;
  return findings.map((f) => {
    if (f.crews.length === 0 || !f.crews.every((c) => outsideIds.has(c))) return f;
    return {
      ...f,
      severity: lower ? lowered(f.severity) : f.severity,
      crews: [],
      outsideCrew: f.crews[0],
      message: `${f.message}; defined outside any crew (no crew crewtel resolved uses it): sent only if a crew crewtel cannot see uses it`,
    };
  });
}

/** Config and release findings the config accepts stay in the report, marked. */
function acceptedByConfig(f: Finding, policy: Policy, release: string): Finding {
  const byAllowlist = policy.allowedBy(f.file, f.match);
  if (byAllowlist) return { ...f, suppressed: { kind: 'config', reason: byAllowlist } };
  const advisory = f.ruleId.startsWith('advisory/') ? policy.acceptedAdvisory(f.ruleId, release) : undefined;
  if (advisory) return { ...f, suppressed: { kind: 'config', reason: advisory.reason ?? `accept-advisories (${release})` } };
  return f;
}

function mergeDuplicates(findings: Finding[], texts: FindingTexts = findingTexts(), owned = false): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.file}\0${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, owned ? f : { ...f, attributes: [...f.attributes], crews: [...f.crews] });
      continue;
    }
    if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[prev.severity] && !(f.outsideCrew && !prev.outsideCrew)) {
      prev.severity = f.severity;
      prev.exposure = f.exposure;
      prev.message = f.message;
    }
    // the same text in a crew's agent and in one outside any crew: a crew carries it
    if (prev.outsideCrew && !f.outsideCrew) {
      Object.assign(prev, { severity: f.severity, exposure: f.exposure, message: f.message });
      delete prev.outsideCrew;
    }
    prev.attributes = [...new Set([...prev.attributes, ...f.attributes])];
    prev.crews = [...new Set([...prev.crews, ...f.crews])];
    prev.confidence = Math.max(prev.confidence, f.confidence);
  }
  const intern = texts.text;
  const out = [...byKey.values()];
  for (const f of out) {
    f.field = intern(f.field);
    f.message = intern(f.message);
    f.match = intern(f.match);
    f.fingerprint = intern(f.fingerprint);
    // paths are slices of longer ones (absolute paths, the file's text): a copy lets those go
    f.file = intern(f.file);
    f.attributes = texts.list(f.attributes);
    f.crews = texts.list(f.crews.map(intern));
  }
  return out;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId),
  );
}
