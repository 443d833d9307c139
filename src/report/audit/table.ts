// Human output: findings grouped by file, one line each, then a summary.
import type { ChalkInstance } from 'chalk';
import { complete, coverageLine } from '../../model/coverage.js';
import type { Finding } from '../../assess/types.js';
import type { AuditReport } from './report.js';

export function formatAuditTable(r: AuditReport, color: ChalkInstance): string {
  const lines: string[] = [];
  const sev = (f: Finding) =>
    f.severity === 'high' ? color.red('high  ') : f.severity === 'medium' ? color.yellow('medium') : color.dim('low   ');
  const byFile = new Map<string, Finding[]>();
  for (const f of r.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [file, fs] of byFile) {
    lines.push(color.underline(file));
    for (const f of fs) {
      const loc = `${f.line}:${f.column}`.padEnd(8);
      const what = f.entity ?? f.ruleId;
      const shown = f.match ? ` ${color.bold(f.match)}` : '';
      lines.push(`  ${loc} ${sev(f)} ${what.padEnd(15)}${shown}  ${color.dim(f.field)}`);
      const where =
        f.exposure === 'not_emitted'
          ? 'not sent by telemetry'
          : `${f.exposure === 'default' ? 'sent by default' : 'sent with share_crew'}${f.attributes.length ? ` → ${f.attributes.join(', ')}` : ''}`;
      lines.push(`           ${color.dim(`${f.ruleId}${f.example ? ' · example value' : ''} · ${f.category === 'config' ? f.message : where}`)}`);
    }
    lines.push('');
  }
  const s = r.summary;
  const counts = `${s.bySeverity.high} high, ${s.bySeverity.medium} medium, ${s.bySeverity.low} low`;
  const extra = [s.suppressed ? `${s.suppressed} suppressed` : '', s.baselined ? `${s.baselined} baselined` : ''].filter(Boolean).join(', ');
  lines.push(
    `${s.findings === 0 ? color.green('No findings') : color.bold(`${s.findings} finding${s.findings === 1 ? '' : 's'}`)} (${counts})${extra ? `, ${extra}` : ''} in ${s.crews} crew${s.crews === 1 ? '' : 's'}, ${s.files} file${s.files === 1 ? '' : 's'} · CrewAI ${r.crewaiVersion} (${r.crewaiVersionSource})`,
  );
  if (s.coverage && !complete(s.coverage)) lines.push(color.yellow(`${coverageLine(s.coverage)} (--verbose lists what could not be followed)`));
  if (s.findings > 0 && !r.findings.some((f) => f.match && !f.match.includes('*'))) {
    lines.push(color.dim('Values are masked; use --show-values to reveal them.'));
  }
  return lines.join('\n');
}
