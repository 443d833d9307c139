// Findings about the pinned release rather than a string: advisories that apply to
// this project (at the pin's file:line), and telemetry switches set in code where the
// release does not honour them.
import { advisoriesFor, type AdvisoryCondition, ADVISORIES } from '../env/advisories.js';
import { codeSwitches, codeSwitchFindings } from '../env/evaluate.js';
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

function holds(when: AdvisoryCondition, project: LoadedProject): boolean {
  const { model } = project;
  switch (when) {
    case 'always':
      return true;
    case 'flows':
      return model.flows.length > 0;
    case 'mcp':
      return model.crews.some((c) => c.agents.some((a) => a.tools.some((t) => t.kind === 'mcp')));
    case 'fingerprint':
      return model.strings.some((s) => s.slot.startsWith('fingerprint.'));
    case 'role-placeholder':
      return model.crews.some((c) => c.agents.some((a) => /\{[A-Za-z_][\w-]*\}/.test(a.role?.value ?? '')));
    case 'memory':
      return model.crews.some((c) => c.memory.value || c.agents.some((a) => a.memory));
    case 'project-id':
      return Boolean(model.projectId);
    default:
      return false;
  }
}

function place(span: SourceSpan) {
  return { file: span.file, line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column };
}

export function releaseFindings(project: LoadedProject): Finding[] {
  const out: Finding[] = [];
  const { release, model } = project;
  const anchor = release.location ?? model.crews[0]?.agents[0]?.location ?? undefined;
  if (anchor) {
    for (const a of advisoriesFor(release.version)) {
      if (!holds(a.when, project)) continue;
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
        crews: model.crews.map((c) => c.id),
        fingerprint: findingFingerprint(a.id, anchor.file, 'crewai.version', release.version),
      });
    }
  }
  const switches = codeSwitches(project.python, release.version, { hasFlows: model.flows.length > 0 });
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
