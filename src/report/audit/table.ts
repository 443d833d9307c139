// Human output, laid out for the terminal's width (80 columns in pipes and CI logs):
// findings grouped by file, one line each (location, severity, rule, where it is
// sent, masked match) and one wrapped detail line (the field and the spans that
// carry it, or what a config rule says); release advisories in their own short
// section, one line each; then the counts and a verdict line.
import type { ChalkInstance } from 'chalk';
import { complete, coverageLine } from '../../model/coverage.js';
import { isAdvisory } from '../../assess/policy.js';
import type { Finding } from '../../assess/types.js';
import { displayWidth, truncate, unbreakable, wrap } from '../text/layout.js';
import type { AuditReport } from './report.js';

export interface TableOptions {
  width?: number;
  verbose?: boolean;
}

const WHERE: Record<Finding['exposure'], string> = { default: 'default', share_crew: 'share_crew', not_emitted: 'not sent' };
const INDENT = '         ';

export function formatAuditTable(r: AuditReport, color: ChalkInstance, opts: TableOptions = {}): string {
  const width = opts.width ?? 80;
  const lines: string[] = [];
  const sevText = (f: Finding) => f.severity.padEnd(6);
  const sev = (f: Finding) => {
    const t = sevText(f);
    return f.severity === 'high' ? color.red(t) : f.severity === 'medium' ? color.yellow(t) : color.dim(t);
  };
  const own = r.findings.filter((f) => !isAdvisory(f));
  const advisories = r.findings.filter(isAdvisory);
  const ruleWidth = Math.min(24, Math.max(0, ...own.map((f) => f.ruleId.length)));

  const byFile = new Map<string, Finding[]>();
  for (const f of own) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [file, fs] of byFile) {
    lines.push(color.underline(truncate(file, width)));
    for (const f of fs) {
      const loc = `${f.line}:${f.column}`.padEnd(7);
      const rule = f.ruleId.padEnd(ruleWidth);
      const head = `  ${loc}${sevText(f)} ${rule}  ${WHERE[f.exposure].padEnd(10)}`;
      const room = width - displayWidth(head) - 2;
      if (room >= 4 || !f.match) {
        const match = f.match ? `  ${truncate(f.match, room)}` : '';
        lines.push(`  ${loc}${sev(f)} ${rule}  ${color.dim(WHERE[f.exposure].padEnd(10))}${color.bold(match)}`.trimEnd());
      } else {
        // a long rule id on a narrow terminal: no padding, cut at the edge
        lines.push(truncate(`  ${loc}${sevText(f)} ${f.ruleId}  ${WHERE[f.exposure]}  ${f.match}`, width));
      }
      for (const l of wrap(detail(f, opts.verbose), width, INDENT)) lines.push(color.dim(l));
    }
    lines.push('');
  }

  if (advisories.length) {
    const where = advisories[0] ? `${advisories[0].file}:${advisories[0].line}` : '';
    lines.push(...wrap(`Release advisories for CrewAI ${r.crewaiVersion} (${where})${r.failOnAdvisories ? '' : ', not counted toward --fail-on'}`, width).map((l) => color.underline(l)));
    const w = Math.min(34, Math.max(...advisories.map((f) => f.ruleId.length)));
    for (const f of advisories) {
      const head = `  ${sevText(f)} ${f.ruleId.padEnd(w)}  `;
      const title = r.rules.find((x) => x.id === f.ruleId)?.description ?? f.message;
      lines.push(`  ${sev(f)} ${f.ruleId.padEnd(w)}  ${truncate(title, Math.max(4, width - displayWidth(head)))}`.trimEnd());
    }
    lines.push(...wrap('`crewtel rules <id>` tells the story of one; accept one per release under accept-advisories in the config.', width, '  ', '  ').map((l) => color.dim(l)));
    lines.push('');
  }

  if (opts.verbose && r.suppressed.length) {
    lines.push(color.underline('Accepted'));
    for (const f of r.suppressed) {
      const how = f.suppressed ? `${f.suppressed.kind}${f.suppressed.reason ? `: ${f.suppressed.reason}` : ''}` : '';
      lines.push(...wrap(`${f.file}:${f.line}:${f.column} ${f.ruleId} (${how})`, width, '    ', '  ').map((l) => color.dim(l)));
    }
    lines.push('');
  }

  const s = r.summary;
  const by = { high: 0, medium: 0, low: 0 };
  for (const f of own) by[f.severity]++;
  const counts = `${by.high} high, ${by.medium} medium, ${by.low} low`;
  const extra = [
    advisories.length ? `${advisories.length} advisor${advisories.length === 1 ? 'y' : 'ies'}` : '',
    s.suppressed ? `${s.suppressed} suppressed` : '',
    s.baselined ? `${s.baselined} baselined` : '',
    s.accepted ? `${s.accepted} accepted in the config` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const total = own.length === 0 ? 'No findings' : `${own.length} finding${own.length === 1 ? '' : 's'}`;
  lines.push(
    ...wrap(
      `${total} (${counts})${extra ? `, ${extra}` : ''} in ${s.crews} crew${s.crews === 1 ? '' : 's'}, ${s.files} file${s.files === 1 ? '' : 's'} · CrewAI ${r.crewaiVersion} (${r.crewaiVersionSource})`,
      width,
    ),
  );
  if (s.coverage && !complete(s.coverage)) lines.push(...wrap(`${coverageLine(s.coverage)} (--verbose lists what could not be followed)`, width).map((l) => color.yellow(l)));
  if (r.outsideCrews?.length) lines.push(...wrap(r.outsideLine ?? '', width).map((l) => color.yellow(l)));
  if (own.some((f) => f.match && f.match.includes('*'))) lines.push(...wrap('Values are masked; --show-values reveals them (never in CI logs).', width).map((l) => color.dim(l)));
  lines.push(verdictLine(r, color));
  return lines.join('\n');
}

/** `FAIL  9 findings at or above high` / `PASS  nothing at or above high`. */
export function verdictLine(r: AuditReport, color: ChalkInstance): string {
  const failing = r.summary.failing ?? 0;
  const what = r.failOn === 'never' ? '--fail-on never' : `at or above ${r.failOn}`;
  if (r.errors.length) return `${color.red.bold('ERROR')} ${r.errors.length} file${r.errors.length === 1 ? '' : 's'} could not be read (see above)`;
  if (failing > 0) return `${color.red.bold('FAIL')}  ${failing} finding${failing === 1 ? '' : 's'} ${what}`;
  return `${color.green.bold('PASS')}  ${r.failOn === 'never' ? 'nothing fails with --fail-on never' : `no findings ${what}`}`;
}

/** The field, then where it goes: the spans/attributes that carry it (3 unless -v), or a config rule's message. */
function detail(f: Finding, verbose?: boolean): string {
  if (f.category === 'config') return `${f.field}: ${f.message}`;
  // documentation values (example.com, 192.0.2.x, …): shown at low, never failing the default gate
  const example = (f.example ? 'example value · ' : '') + (f.outsideCrew ? 'outside any crew · ' : '');
  if (f.exposure === 'not_emitted' || f.attributes.length === 0) return `${example}${f.field} (not sent by telemetry)`;
  const shown = verbose ? f.attributes : f.attributes.slice(0, 3);
  const more = f.attributes.length - shown.length;
  return `${example}${f.field} → ${shown.map(unbreakable).join(', ')}${more > 0 ? ` +${more} more (-v)` : ''}`;
}

