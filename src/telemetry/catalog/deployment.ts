// CLI spans: deployment commands and Template Installed (spec c; history g v0.55.2,
// 1.14.2, 1.15.15, 1.15.16). Sent by the `crewai` CLI process, never by a kickoff.
import type { AttributeDef, Condition, SpanDef } from './types.js';

const version: AttributeDef = { key: 'crewai_version', gate: 'default', source: 'run:crewai_version', interpolated: 'none', releases: { since: '1.15.16' } };
const GIVEN: Condition = { text: 'a deployment uuid is given', holds: 'run-time' };
const uuid: AttributeDef = { key: 'uuid', gate: 'conditional', condition: GIVEN, source: 'run:deployment_uuid', interpolated: 'none' };
const source: AttributeDef = { key: 'source', gate: 'default', source: 'run:deploy_source', interpolated: 'none', releases: { since: '1.15.16' } };

function cli(name: string, trigger: string, attributes: AttributeDef[], since = '0.55.2'): SpanDef {
  return { name, family: 'cli', trigger, gate: 'default', releases: { since }, attributes, commonAttributesSince: '1.15.15' };
}

export const deploymentSpans: SpanDef[] = [
  cli('Start Deployment', '`crewai deploy push` (or the run-TUI deploy button)', [version, uuid, source]),
  cli('Create Crew Deployment', '`crewai deploy create`', [version, source]),
  cli('Get Crew Logs', '`crewai deploy logs`', [version, { key: 'log_type', gate: 'default', source: 'run:log_type', interpolated: 'none' }, uuid]),
  cli('Remove Crew', '`crewai deploy remove`', [version, uuid]),
  cli('Deploy Signup Error', 'an AMP-API CLI command without a usable login token', [version]),
  cli(
    'Template Installed',
    '`crewai template add <name>` / `crewai create template …`',
    [
      { key: 'crewai_version', gate: 'default', source: 'run:crewai_version', interpolated: 'none' },
      { key: 'template_name', gate: 'default', source: 'run:template_name', interpolated: 'none' },
    ],
    '1.14.2',
  ),
];
