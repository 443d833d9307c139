// Markdown for a pull-request comment or $GITHUB_STEP_SUMMARY: whether the gate
// passes, a summary by severity, a findings table (location, rule, entity, masked
// match, exposure, carried by), low-severity findings collapsed in a <details> block,
// and the files that could not be read. Only Finding.match is printed: it is masked
// unless --show-values.
import type { Finding } from '../../assess/types.js';
import { failsAt } from '../../assess/policy.js';
import type { AuditReport } from './report.js';
import { pushAll } from '../../core/arrays.js';

/** Rows per table: a step summary is capped at 1 MiB, and a comment at 65536 characters. */
export const MAX_ROWS = 200;

/** Text in a table cell: pipes escaped, one line, and no raw HTML (`<uuid4>` would vanish). */
export function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A code span in a table cell: GFM still needs pipes escaped inside it; a backtick in the text gets a longer fence. */
export function codeCell(s: string): string {
  if (!s) return '';
  const text = s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const fence = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

const EXPOSURE: Record<Finding['exposure'], string> = { default: 'sent by default', share_crew: 'with share_crew', not_emitted: 'not sent' };

/** Advisory texts run to several sentences; a table cell gets the first ones (the SARIF upload and the table have them whole). */
export function shorten(s: string, max = 200): string {
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max);
  return `${s.slice(0, cut > max / 2 ? cut : max)} …`;
}

function carriedBy(f: Finding): string {
  if (f.category === 'config') return cell(shorten(f.message));
  if (f.attributes.length === 0) return '';
  const shown = f.attributes.slice(0, 2).map(codeCell).join(', ');
  return f.attributes.length > 2 ? `${shown} +${f.attributes.length - 2} more` : shown;
}

function row(f: Finding): string {
  return `| ${f.severity} | ${codeCell(`${f.file}:${f.line}:${f.column}`)} | ${codeCell(f.ruleId)} | ${f.entity ?? 'config'} | ${codeCell(f.match)} | ${EXPOSURE[f.exposure]} | ${carriedBy(f)} |`;
}

function table(findings: Finding[]): string[] {
  const head = ['| severity | location | rule | entity | match | exposure | carried by |', '|---|---|---|---|---|---|---|'];
  const rows = findings.slice(0, MAX_ROWS).map(row);
  const more = findings.length > MAX_ROWS ? ['', `… and ${findings.length - MAX_ROWS} more (run \`crewtel audit\` locally or see the SARIF upload for all of them).`] : [];
  return [...head, ...rows, ...more];
}

export function formatAuditMarkdown(r: AuditReport): string {
  const s = r.summary;
  const main = r.findings.filter((f) => f.severity !== 'low');
  const low = r.findings.filter((f) => f.severity === 'low');
  const verdict = r.errors.length
    ? `:x: ${r.errors.length} file${r.errors.length === 1 ? '' : 's'} could not be read`
    : failsAt(r.findings, r.failOn, r.failOnAdvisories)
      ? `:x: fails (fail-on ${r.failOn})`
      : `:white_check_mark: passes (fail-on ${r.failOn})`;
  const out = [
    `### crewtel audit — ${verdict}`,
    '',
    `CrewAI ${cell(r.crewaiVersion)} (${cell(r.crewaiVersionSource)}) · ${s.crews} crew${s.crews === 1 ? '' : 's'}, ${s.files} file${s.files === 1 ? '' : 's'}`,
    '',
    ...(r.outsideLine ? [`${r.outsideLine}.`, ''] : []),
    '| high | medium | low | suppressed | baselined |',
    '|---:|---:|---:|---:|---:|',
    `| ${s.bySeverity.high} | ${s.bySeverity.medium} | ${s.bySeverity.low} | ${s.suppressed} | ${s.baselined} |`,
    '',
  ];
  if (r.findings.length === 0) out.push('No findings.', '');
  if (main.length) pushAll(out, table(main)).push('');
  if (low.length) {
    out.push(`<details><summary>${low.length} low-severity finding${low.length === 1 ? '' : 's'}</summary>`, '');
    pushAll(out, table(low)).push('', '</details>', '');
  }
  if (r.errors.length) {
    out.push('**Could not read**', '');
    pushAll(out, r.errors.map((e) => `- ${codeCell(e.line > 0 ? `${e.file}:${e.line}:${e.column}` : e.file)} ${cell(e.message)}`)).push('');
  }
  if (r.suppressed.length) {
    out.push(
      `<details><summary>${r.suppressed.length} accepted finding${r.suppressed.length === 1 ? '' : 's'} (inline comments, baseline, config)</summary>`,
      '',
      '| location | rule | match | accepted by | reason |',
      '|---|---|---|---|---|',
      ...r.suppressed.slice(0, MAX_ROWS).map((f) => `| ${codeCell(`${f.file}:${f.line}:${f.column}`)} | ${codeCell(f.ruleId)} | ${codeCell(f.match)} | ${f.suppressed?.kind ?? ''} | ${cell(f.suppressed?.reason ?? '')} |`),
      ...(r.suppressed.length > MAX_ROWS ? ['', `… and ${r.suppressed.length - MAX_ROWS} more.`] : []),
      '',
      '</details>',
      '',
    );
  }
  if (r.errors.length) out.push('**Could not read**', '', ...r.errors.map((e) => `- ${codeCell(e.line > 0 ? `${e.file}:${e.line}:${e.column}` : e.file)} ${cell(e.message)}`), '');
  if (r.findings.length) out.push('_Values are masked. Accept a finding with `# crewtel-ignore <ruleId> -- reason` on its line or the line above._');
  return out.join('\n');
}
