// Markdown for a pull-request comment or $GITHUB_STEP_SUMMARY.
import type { Finding } from '../../assess/types.js';
import type { AuditReport } from './report.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (s: string) => (s ? `\`${s.replace(/`/g, "'")}\`` : '');

function row(f: Finding): string {
  const where = f.exposure === 'default' ? 'default' : f.exposure === 'share_crew' ? 'share_crew' : 'not sent';
  return `| ${f.severity} | \`${cell(f.file)}:${f.line}:${f.column}\` | \`${f.ruleId}\` | ${f.entity ?? 'config'} | ${cell(code(f.match))} | ${where} | ${cell(f.attributes.slice(0, 2).join(', ') || (f.category === 'config' ? f.message : ''))} |`;
}

export function formatAuditMarkdown(r: AuditReport): string {
  const s = r.summary;
  const head = '| severity | location | rule | entity | match | exposure | carried by |\n|---|---|---|---|---|---|---|';
  const main = r.findings.filter((f) => f.severity !== 'low');
  const low = r.findings.filter((f) => f.severity === 'low');
  const out = [
    `### crewtel audit — CrewAI ${r.crewaiVersion} (${r.crewaiVersionSource})`,
    '',
    `| high | medium | low | suppressed | baselined | crews | files |`,
    `|---:|---:|---:|---:|---:|---:|---:|`,
    `| ${s.bySeverity.high} | ${s.bySeverity.medium} | ${s.bySeverity.low} | ${s.suppressed} | ${s.baselined} | ${s.crews} | ${s.files} |`,
    '',
  ];
  if (r.findings.length === 0) out.push('No findings.');
  if (main.length) out.push(head, ...main.map(row), '');
  if (low.length) out.push('<details><summary>' + `${low.length} low-severity finding${low.length === 1 ? '' : 's'}` + '</summary>', '', head, ...low.map(row), '', '</details>', '');
  if (r.errors.length) out.push('**Errors**', '', ...r.errors.map((e) => `- \`${cell(e.file)}:${e.line}:${e.column}\` ${cell(e.message)}`), '');
  out.push('_Values are masked. Accept a finding with `# crewtel-ignore <ruleId> -- reason`._');
  return out.join('\n');
}
