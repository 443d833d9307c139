// Markdown for a PR comment or $GITHUB_STEP_SUMMARY.
import { describe, expect, it } from 'vitest';
import { cell, codeCell, formatAuditMarkdown, MAX_ROWS } from '../../src/report/audit/markdown.js';
import { ADVISORY, finding, PHONE, RAW, report } from './sample.js';

const rowsOf = (md: string) => md.split('\n').filter((l) => /^\| (high|medium|low) \| `/.test(l));

describe('markdown report', () => {
  it('says whether the gate fails, then a summary by severity', () => {
    const md = formatAuditMarkdown(report([finding(), PHONE, ADVISORY], { summary: { files: 2, crews: 1, findings: 3, bySeverity: { high: 1, medium: 1, low: 1 }, suppressed: 2, baselined: 4 } }));
    expect(md.split('\n')[0]).toBe('### crewtel audit — :x: fails (fail-on high)');
    expect(md).toContain('| high | medium | low | suppressed | baselined |\n|---:|---:|---:|---:|---:|\n| 1 | 1 | 1 | 2 | 4 |');
    expect(formatAuditMarkdown(report([PHONE])).split('\n')[0]).toBe('### crewtel audit — :white_check_mark: passes (fail-on high)');
    expect(formatAuditMarkdown(report([PHONE], { failOn: 'medium' })).split('\n')[0]).toContain(':x: fails (fail-on medium)');
    expect(formatAuditMarkdown(report([]))).toContain('No findings.');
  });

  it('a findings table with location, rule, entity, masked match, exposure and attributes; low severities collapsed', () => {
    const md = formatAuditMarkdown(report([finding(), PHONE, ADVISORY]));
    const rows = rowsOf(md);
    expect(rows[0]).toBe(
      '| high | `src/demo/config/agents.yaml:2:24` | `pii/email` | EMAIL_ADDRESS | `o***@h*******.***` | sent by default | `Crew Created/crew_agents[].role`, `Task Created/agent_role` |',
    );
    const details = md.slice(md.indexOf('<details>'), md.indexOf('</details>'));
    expect(details).toContain('<summary>1 low-severity finding</summary>');
    expect(details).toContain('`advisory/otel-baggage`');
    expect(md.slice(0, md.indexOf('<details>'))).not.toContain('advisory/otel-baggage');
  });

  it('escapes pipes (also inside code spans) and raw HTML so a value cannot break the table', () => {
    expect(cell('a|b <uuid4> & c\nd')).toBe('a\\|b &lt;uuid4&gt; &amp; c d');
    expect(codeCell('x|y')).toBe('`x\\|y`');
    expect(codeCell('a`b')).toBe('``a`b``');
    const md = formatAuditMarkdown(report([finding({ match: 'a***|b***', field: 'x' }), ADVISORY]));
    for (const row of rowsOf(md)) {
      // every row has exactly the 8 separators of 7 columns once escaped pipes are set aside
      expect(row.replace(/\\\|/g, '').split('|').length - 1).toBe(8);
    }
  });

  it('caps each table so a step summary stays under GitHub’s size limit', () => {
    const many = Array.from({ length: MAX_ROWS + 5 }, (_, i) => finding({ line: i + 1, fingerprint: String(i).padStart(32, '0') }));
    const md = formatAuditMarkdown(report(many));
    expect(rowsOf(md)).toHaveLength(MAX_ROWS);
    expect(md).toContain('… and 5 more');
  });

  it('lists files that could not be read', () => {
    const md = formatAuditMarkdown(report([], { errors: [{ file: 'src/x/tasks.yaml', line: 3, column: 7, message: 'YAML syntax error', severity: 'error' }] }));
    expect(md.split('\n')[0]).toContain(':x: 1 file could not be read');
    expect(md).toContain('- `src/x/tasks.yaml:3:7` YAML syntax error');
  });

  it('prints only masked values', () => {
    const md = formatAuditMarkdown(report([finding(), PHONE, ADVISORY]));
    for (const raw of RAW) expect(md).not.toContain(raw);
  });
});
