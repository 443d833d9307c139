// Findings about the pinned release rather than a string: advisories that apply to
// this project (at the pin's file:line), and telemetry switches set in code where the
// release does not honour them.
import { advisoriesFor, type AdvisoryCondition, ADVISORIES } from '../env/advisories.js';
import { codeSwitches } from '../env/evaluate.js';
import type { LoadedProject } from '../model/project.js';
import type { SourceSpan } from '../core/source.js';
import { findingFingerprint } from './fingerprint.js';
import type { Finding, RuleMeta } from './types.js';

export const RELEASE_RULES: RuleMeta[] = [
  ...ADVISORIES.map((a) => ({ id: a.id, category: 'config' as const, description: a.title, defaultSeverity: a.severity })),
  { id: 'config/switch-after-import', category: 'config', description: 'A telemetry switch set in code after `import crewai`, which this release reads only at import', defaultSeverity: 'high' },
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
  for (const s of codeSwitches(project.python, release.version)) {
    if (s.effective) continue;
    out.push({
      ruleId: 'config/switch-after-import',
      category: 'config',
      severity: 'high',
      confidence: 1,
      ...place(s.location),
      field: `env.${s.variable}`,
      exposure: 'default',
      attributes: [],
      match: '',
      message: `${s.variable} is set here after crewai is imported: ${s.reason}`,
      crews: [],
      fingerprint: findingFingerprint('config/switch-after-import', s.location.file, `env.${s.variable}`, s.variable),
    });
  }
  return out;
}
