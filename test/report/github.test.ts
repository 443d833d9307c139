// GitHub workflow commands: ::error/::warning/::notice with file, line, col, endLine,
// endColumn and title, escaped the way GitHub's toolkit escapes them.
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatAuditGithub } from '../../src/report/audit/github.js';
import { ADVISORY, finding, PHONE, RAW, report } from './sample.js';

describe('github annotations', () => {
  it('one command per finding, error/warning/notice by severity, with the location', () => {
    const lines = formatAuditGithub(report([finding(), PHONE, ADVISORY])).split('\n');
    expect(lines[0]).toBe(
      '::error file=src/demo/config/agents.yaml,line=2,col=24,endLine=2,endColumn=44,title=crewtel pii/email::' +
        'EMAIL_ADDRESS o***@h*******.*** in agents.dispatcher.role (sent by default: Crew Created/crew_agents[].role, Task Created/agent_role)',
    );
    expect(lines[1]).toMatch(/^::warning file=src\/demo\/config\/agents\.yaml,line=6,col=22,endLine=6,endColumn=37,title=crewtel pii\/phone::PHONE_NUMBER \*\* \*\*\*-\*\*\*-\*\*71 /);
    expect(lines[2]).toMatch(/^::notice file=uv\.lock,line=3,col=12,endLine=3,endColumn=19,title=crewtel advisory\/otel-baggage::CrewAI 1\.15\.17: /);
    expect(lines[3]).toBe('crewtel: 3 finding(s) (1 high, 1 medium, 1 low), 0 suppressed, 0 baselined; fail-on high');
  });

  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    expect(escapeData('50% off\r\nnext')).toBe('50%25 off%0D%0Anext');
    expect(escapeProperty('a:b,c%d\n')).toBe('a%3Ab%2Cc%25d%0A');
    const odd = finding({ file: 'crews/a,b/c:d%.yaml', message: 'x', match: 'm%\n**' });
    const line = formatAuditGithub(report([odd])).split('\n')[0];
    expect(line).toMatch(/^::error file=crews\/a%2Cb\/c%3Ad%25\.yaml,line=2,/);
    expect(line).toContain('::EMAIL_ADDRESS m%25%0A** in ');
    // the message part keeps ':' and ',' (only properties escape them)
    expect(line.split('::')[2]).toContain('(sent by default: Crew Created/crew_agents[].role, Task Created/agent_role)');
  });

  it('a finding over several lines keeps its lines but no columns (GitHub only takes columns on one line)', () => {
    const line = formatAuditGithub(report([finding({ line: 4, column: 5, endLine: 5, endColumn: 9 })])).split('\n')[0];
    expect(line).toMatch(/^::error file=[^,]+,line=4,endLine=5,title=/);
  });

  it('files that could not be read become error annotations too', () => {
    const out = formatAuditGithub(report([], { errors: [{ file: 'src/x/tasks.yaml', line: 3, column: 7, message: 'YAML syntax error: a, b: c', severity: 'error' }] }));
    expect(out).toContain('::error file=src/x/tasks.yaml,line=3,col=7,title=crewtel%3A cannot read this file::YAML syntax error: a, b: c');
  });

  it('prints only masked values', () => {
    const out = formatAuditGithub(report([finding(), PHONE, ADVISORY]));
    for (const raw of RAW) expect(out).not.toContain(raw);
  });
});
