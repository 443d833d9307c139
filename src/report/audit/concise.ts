// One line per finding, `file:line:col: severity rule message`, for editors (quickfix,
// problem matchers) and grep; then the verdict. Values masked as everywhere else.
import type { ChalkInstance } from 'chalk';
import type { Finding } from '../../assess/types.js';
import type { AuditReport } from './report.js';
import { verdictLine } from './table.js';

const WHERE: Record<Finding['exposure'], string> = { default: 'sent by default', share_crew: 'sent with share_crew', not_emitted: 'not sent' };

export function conciseMessage(f: Finding): string {
  if (f.category === 'config') return f.message.replace(/\s+/g, ' ');
  return `${f.example ? 'example value: ' : ''}${f.entity ?? f.category} ${f.match} in ${f.field} (${WHERE[f.exposure]})`;
}

export function formatAuditConcise(r: AuditReport, color: ChalkInstance): string {
  const lines = r.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.ruleId} ${conciseMessage(f)}`);
  for (const e of r.errors) lines.push(`${e.file}:${e.line}:${e.column}: error ${e.message}`);
  lines.push(verdictLine(r, color));
  return lines.join('\n');
}
