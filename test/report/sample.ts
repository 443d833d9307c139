// Hand-built findings and reports for formatter and assess unit tests: the values are
// already masked, as assess leaves them; RAW holds what they stand for, which no
// formatter may print.
import type { Finding } from '../../src/assess/types.js';
import type { AuditReport } from '../../src/report/audit/report.js';
import { allRules } from '../../src/cli/rules.js';

export const RAW = ['ops@helpdesk.example', '+1 415-555-2671', 'ghp_0123456789abcdefghijklmnopqrstuvwxyz'];

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'pii/email',
    category: 'pii',
    entity: 'EMAIL_ADDRESS',
    severity: 'high',
    confidence: 0.95,
    file: 'src/demo/config/agents.yaml',
    line: 2,
    column: 24,
    endLine: 2,
    endColumn: 44,
    field: 'agents.dispatcher.role',
    exposure: 'default',
    attributes: ['Crew Created/crew_agents[].role', 'Task Created/agent_role'],
    match: 'o***@h*******.***',
    message: 'Personal data (EMAIL_ADDRESS) is sent by default in Crew Created/crew_agents[].role',
    crews: ['src/demo'],
    fingerprint: '333b9bc60da6ea5121ad742cb9110bc6',
    ...over,
  };
}

export const PHONE = finding({
  ruleId: 'pii/phone',
  entity: 'PHONE_NUMBER',
  severity: 'medium',
  line: 6,
  column: 22,
  endLine: 6,
  endColumn: 37,
  field: 'agents.dispatcher.backstory',
  exposure: 'share_crew',
  attributes: ['Crew Created/crew_agents[].backstory'],
  match: '** ***-***-**71',
  fingerprint: 'a'.repeat(32),
});

export const ADVISORY = finding({
  ruleId: 'advisory/otel-baggage',
  category: 'config',
  entity: undefined,
  severity: 'low',
  confidence: 1,
  file: 'uv.lock',
  line: 3,
  column: 12,
  endLine: 3,
  endColumn: 19,
  field: 'crewai.version',
  attributes: [],
  match: '',
  message: 'CrewAI 1.15.17: Crew context rides OpenTelemetry baggage, on requests to LLM providers | tool APIs.',
  fingerprint: 'b'.repeat(32),
});

export function report(findings: Finding[], over: Partial<AuditReport> = {}): AuditReport {
  const bySeverity = { high: 0, medium: 0, low: 0 };
  for (const f of findings) bySeverity[f.severity]++;
  return {
    tool: { name: 'crewtel', version: '0.1.0' },
    crewaiVersion: '1.15.17',
    crewaiVersionSource: 'uv.lock',
    notes: [],
    crews: [{ root: 'src/demo', name: 'demo', shareCrew: false, shareCrewSource: null, crewaiVersion: '1.15.17' }],
    findings,
    suppressed: [],
    errors: [],
    warnings: [],
    rules: allRules(),
    failOn: 'high',
    failOnAdvisories: false,
    summary: { files: 2, crews: 1, findings: findings.length, bySeverity, suppressed: 0, baselined: 0 },
    ...over,
  };
}
