// Findings about the pinned release rather than a string: advisories that apply to
// this project (at the pin's file:line), and telemetry switches set in code where the
// release does not honour them.
import { advisoriesFor, type AdvisoryCondition, ADVISORIES } from '../env/advisories.js';
import { codeSwitches, codeSwitchFindings } from '../env/evaluate.js';
import { crewaiImportSites } from '../env/codeSwitches.js';
import type { PythonFacts } from '../load/python/types.js';
import type { ReleaseInfo } from '../release/types.js';
import { pushAll } from '../core/arrays.js';
import type { LoadedProject } from '../model/project.js';
import type { SourceSpan } from '../core/source.js';
import { findingFingerprint } from './fingerprint.js';
import type { Finding, RuleMeta } from './types.js';

export const RELEASE_RULES: RuleMeta[] = [
  ...ADVISORIES.map((a) => ({ id: a.id, category: 'config' as const, description: a.title, defaultSeverity: a.severity })),
  { id: 'config/switch-after-import', category: 'config', description: 'A telemetry switch set in code after `import crewai`, which this release reads only at import', defaultSeverity: 'high' },
  { id: 'config/switch-not-read', category: 'config', description: 'A telemetry switch set in code that this CrewAI release does not read at all', defaultSeverity: 'high' },
  { id: 'config/switch-putenv', category: 'config', description: 'A telemetry switch set with os.putenv, which never reaches os.environ (what CrewAI reads)', defaultSeverity: 'high' },
];

/**
 * What the release findings of a tree depend on: small, so that a large tree's batches each
 * keep theirs and the findings are made once for the whole tree (mergeReleaseFacts).
 */
export interface ReleaseFacts {
  release: ReleaseInfo;
  /** advisory conditions that hold somewhere in the tree */
  holds: Set<AdvisoryCondition>;
  crewIds: string[];
  /** where an advisory is anchored when the release has no pin: the first crew's first agent */
  firstAgent?: SourceSpan;
  /** modules that set environment variables, and where each first imports crewai (env/codeSwitches.ts) */
  envModules: PythonFacts[];
  importSites: Map<string, SourceSpan | undefined>;
}

export function releaseFacts(project: LoadedProject): ReleaseFacts {
  const { model } = project;
  return {
    ...batchReleaseFacts(project),
    release: project.release,
    crewIds: model.crews.map((c) => c.id),
    firstAgent: model.crews[0]?.agents[0]?.location ?? undefined,
  };
}

export function batchReleaseFacts(project: LoadedProject): BatchReleaseFacts {
  const { model } = project;
  const conditions: Partial<Record<AdvisoryCondition, () => boolean>> = {
    flows: () => model.flows.length > 0,
    mcp: () => model.crews.some((c) => c.agents.some((a) => a.tools.some((t) => t.kind === 'mcp'))),
    fingerprint: () => model.strings.some((s) => s.slot.startsWith('fingerprint.')),
    'role-placeholder': () => model.crews.some((c) => c.agents.some((a) => /\{[A-Za-z_][\w-]*\}/.test(a.role?.value ?? ''))),
    memory: () => model.crews.some((c) => c.memory.value || c.agents.some((a) => a.memory)),
    'project-id': () => Boolean(model.projectId),
  };
  const holds = new Set<AdvisoryCondition>(['always']);
  for (const [when, test] of Object.entries(conditions)) if (test?.()) holds.add(when as AdvisoryCondition);
  const envModules = project.python.filter((f) => f.envAssignments.length > 0);
  const sites = envModules.length ? crewaiImportSites(project.python) : new Map<string, SourceSpan | undefined>();
  return { holds, envModules, importSites: new Map(envModules.map((f) => [f.file, sites.get(f.file)])) };
}

/** What a batch of a large tree keeps: the rest (release, crews in order, first agent) is the tree's. */
export type BatchReleaseFacts = Omit<ReleaseFacts, 'release' | 'crewIds' | 'firstAgent'>;

/** The facts of a tree from its batches', with what only the whole tree decides. */
export function mergeReleaseFacts(parts: BatchReleaseFacts[], tree: Pick<ReleaseFacts, 'release' | 'crewIds' | 'firstAgent'>): ReleaseFacts {
  const out: ReleaseFacts = { ...tree, holds: new Set(), envModules: [], importSites: new Map() };
  for (const p of parts) {
    for (const h of p.holds) out.holds.add(h);
    pushAll(out.envModules, p.envModules);
    for (const [k, v] of p.importSites) out.importSites.set(k, v);
  }
  return out;
}

function place(span: SourceSpan) {
  return { file: span.file, line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column };
}

export function releaseFindings(facts: ReleaseFacts): Finding[] {
  const out: Finding[] = [];
  const { release } = facts;
  const anchor = release.location ?? facts.firstAgent;
  if (anchor) {
    for (const a of advisoriesFor(release.version)) {
      if (!facts.holds.has(a.when)) continue;
      out.push({
        ruleId: a.id,
        category: 'config',
        severity: a.severity,
        confidence: 1,
        ...place(anchor),
        field: 'crewai.version',
        exposure: 'default',
        attributes: [],
        match: '',
        message: `CrewAI ${release.version}: ${a.title}${a.fixedIn ? ` (fixed in ${a.fixedIn})` : ''}. ${a.text}`,
        crews: facts.crewIds,
        fingerprint: findingFingerprint(a.id, anchor.file, 'crewai.version', release.version),
      });
    }
  }
  const switches = codeSwitches(facts.envModules, release.version, { hasFlows: facts.holds.has('flows'), importSites: facts.importSites });
  for (const f of codeSwitchFindings(switches, release.version)) {
    out.push({
      ruleId: f.ruleId,
      category: 'config',
      severity: f.severity,
      confidence: 1,
      ...place(f.location),
      field: `env.${f.variable}`,
      exposure: 'default',
      attributes: [],
      match: '',
      message: f.message,
      crews: [],
      fingerprint: findingFingerprint(f.ruleId, f.location.file, `env.${f.variable}`, f.variable),
    });
  }
  return out;
}
