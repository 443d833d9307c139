// GitHub Actions workflow commands: one ::error/::warning/::notice per finding, so the
// findings appear as annotations on the pull request's changed lines.
import type { Finding } from '../../assess/types.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { AuditReport } from './report.js';

const COMMAND = { high: 'error', medium: 'warning', low: 'notice' } as const;

/** Escapes per GitHub's toolkit: data escapes %, CR, LF; properties also : and ,. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function line(f: Finding): string {
  // GitHub keeps columns only for a one-line annotation (its API: omit them when the lines differ)
  const oneLine = f.endLine === f.line;
  const props = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    ...(oneLine ? [`col=${f.column}`] : []),
    `endLine=${f.endLine}`,
    ...(oneLine ? [`endColumn=${f.endColumn}`] : []),
    `title=${escapeProperty(`crewtel ${f.ruleId}`)}`,
  ].join(',');
  const where = f.exposure === 'default' ? 'sent by default' : f.exposure === 'share_crew' ? 'sent with share_crew' : 'not sent';
  const msg = f.category === 'config' ? f.message : `${f.entity} ${f.match} in ${f.field} (${where}${f.attributes.length ? `: ${f.attributes.slice(0, 3).join(', ')}` : ''})`;
  return `::${COMMAND[f.severity]} ${props}::${escapeData(msg)}`;
}

/** A file that could not be read or parsed: an annotation too, so it is not missed in the PR (it is also on stderr). */
function errorLine(d: Diagnostic): string {
  const props = [`file=${escapeProperty(d.file)}`, ...(d.line > 0 ? [`line=${d.line}`, `col=${d.column}`] : []), `title=${escapeProperty('crewtel: cannot read this file')}`].join(',');
  return `::error ${props}::${escapeData(d.message)}`;
}

export function formatAuditGithub(r: AuditReport): string {
  const s = r.summary;
  return [
    ...r.findings.map(line),
    ...r.errors.map(errorLine),
    `crewtel: ${s.findings} finding(s) (${s.bySeverity.high} high, ${s.bySeverity.medium} medium, ${s.bySeverity.low} low), ${s.suppressed} suppressed, ${s.baselined} baselined; fail-on ${r.failOn}`,
  ].join('\n');
}
