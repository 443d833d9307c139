// Output for people and CI logs: the table at 80 columns, the concise format, the
// verdict line, advisories in their own section, colours, and the errors a wrong
// path or an unwritable -o gives.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crewtel, FIXTURES } from '../helpers/cli.js';

const EXAMPLE = 'fixtures/example-crew';
const width = (l: string) => [...l].length;
const scratch = () => mkdtempSync(join(tmpdir(), 'crewtel-out-'));

describe('table at 80 columns (COLUMNS=80, piped)', () => {
  const r = crewtel(['audit', EXAMPLE], { env: { COLUMNS: '80' } });
  const lines = r.stdout.trimEnd().split('\n');

  it('has no line wider than 80 and ends in a verdict', () => {
    expect(r.code).toBe(1);
    expect(lines.filter((l) => width(l) > 80)).toEqual([]);
    expect(lines.at(-1)).toMatch(/^FAIL {2}\d+ findings at or above high$/);
  });

  it('prints one line per finding with location, severity, rule, where sent and the masked match; the rule id once', () => {
    const email = lines.filter((l) => l.includes('pii/email'));
    expect(email).toHaveLength(1);
    expect(email[0]).toMatch(/^ {2}8:30 +high +pii\/email +share_crew +m\*+@/);
    expect(r.stdout).not.toContain('maria');
  });

  it('shows advisories in their own section, one line each, with the rules hint', () => {
    const start = lines.findIndex((l) => l.startsWith('Release advisories'));
    expect(start).toBeGreaterThan(0);
    const advisoryLines = lines.filter((l) => /advisory\//.test(l));
    expect(advisoryLines.length).toBeGreaterThanOrEqual(3);
    for (const l of advisoryLines) expect(l).toMatch(/^ {2}(high|medium|low) +advisory\/[\w-]+ {2,}\S/);
    // each advisory once, nowhere else in the file sections
    expect(lines.slice(0, start).some((l) => l.includes('advisory/'))).toBe(false);
    expect(r.stdout).toContain('crewtel rules <id>');
  });

  it('wraps to a narrower COLUMNS too', () => {
    const narrow = crewtel(['audit', EXAMPLE], { env: { COLUMNS: '60' } });
    expect(narrow.stdout.split('\n').filter((l) => width(l) > 60)).toEqual([]);
  });
});

describe('advisories and --fail-on', () => {
  it('advisories alone do not fail the run unless --fail-on-advisories (or the config) says so', () => {
    // the example's advisories are medium/low: at --fail-on low they count only when asked
    const dir = scratch();
    cpSync(join(FIXTURES, 'example-crew'), dir, { recursive: true });
    const base = crewtel(['audit', '.', '--format', 'json', '--fail-on', 'low'], { cwd: dir });
    const json = JSON.parse(base.stdout);
    expect(json.findings.some((f: { ruleId: string }) => f.ruleId.startsWith('advisory/'))).toBe(true);
    expect(json.summary.failing).toBe(json.findings.filter((f: { ruleId: string }) => !f.ruleId.startsWith('advisory/')).length);
    const withAdv = JSON.parse(crewtel(['audit', '.', '--format', 'json', '--fail-on', 'low', '--fail-on-advisories'], { cwd: dir }).stdout);
    expect(withAdv.summary.failing).toBe(json.findings.length);
  });

  it('accept-advisories in the config accepts one rule for one release, with its reason', () => {
    const dir = scratch();
    cpSync(join(FIXTURES, 'example-crew'), dir, { recursive: true });
    writeFileSync(
      join(dir, '.crewtel.yaml'),
      'fail-on-advisories: true\naccept-advisories:\n  - { rule: advisory/otel-baggage, release: "1.15.17", reason: no HTTP client instrumentation }\n  - { rule: advisory/naive-timestamps, release: "1.0.0" }\n',
    );
    const json = JSON.parse(crewtel(['audit', '.', '--format', 'json', '--fail-on', 'never'], { cwd: dir }).stdout);
    const ids = json.findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).not.toContain('advisory/otel-baggage');
    expect(ids).toContain('advisory/naive-timestamps');
    const accepted = json.suppressed.find((f: { ruleId: string }) => f.ruleId === 'advisory/otel-baggage');
    expect(accepted.suppressed).toEqual({ kind: 'config', reason: 'no HTTP client instrumentation' });
  });
});

describe('--format concise', () => {
  it('prints file:line:col: severity rule message, one line per finding, then the verdict', () => {
    const r = crewtel(['audit', EXAMPLE, '--format', 'concise']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(r.code).toBe(1);
    expect(lines.at(-1)).toMatch(/^FAIL /);
    for (const l of lines.slice(0, -1)) expect(l).toMatch(/^[^\s:]+:\d+:\d+: (high|medium|low) [a-z]+\/[\w.-]+ \S/);
    expect(lines).toContain('fixtures/example-crew/src/support_desk/config/agents.yaml:8:30: high pii/email EMAIL_ADDRESS m***@a***********.io in agents.triage_agent.backstory (sent with share_crew)');
  });

  it('PASS when nothing is at or above --fail-on', () => {
    const r = crewtel(['audit', EXAMPLE, '--format', 'concise', '--fail-on', 'never']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^PASS /);
  });
});

describe('nothing scanned is an error', () => {
  it('an empty folder exits 2, naming the path and what crewtel looks for', () => {
    const dir = scratch();
    const r = crewtel(['audit', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`no CrewAI crew or flow found under ${dir}`);
    expect(r.stderr).toMatch(/looks for .*@CrewBase/s);
    expect(r.stderr).toContain('--allow-empty');
  });

  it('a folder with Python and YAML that is no crew exits 2 too; --allow-empty exits 0', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'app.py'), 'print("hello")\n');
    writeFileSync(join(dir, 'settings.yaml'), 'debug: true\n');
    expect(crewtel(['audit', '.'], { cwd: dir }).code).toBe(2);
    const ok = crewtel(['audit', '.', '--allow-empty'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/PASS/);
  });
});

describe('conventions', () => {
  it('-o into a missing folder is a clear error with exit 2, not an internal error', () => {
    const r = crewtel(['audit', EXAMPLE, '-o', join(scratch(), 'no/such/dir/out.json'), '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/-o .*out\.json: cannot write: the folder does not exist/);
    expect(r.stderr).not.toContain('internal error');
  });

  it('-o onto a folder says so', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'out'));
    const r = crewtel(['audit', EXAMPLE, '-o', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('it is a folder');
  });

  it('colours: FORCE_COLOR and --color always turn them on in a pipe; --color never and NO_COLOR keep them off', () => {
    const esc = '\u001b[';
    expect(crewtel(['audit', EXAMPLE]).stdout).not.toContain(esc);
    expect(crewtel(['audit', EXAMPLE], { env: { FORCE_COLOR: '1' } }).stdout).toContain(esc);
    expect(crewtel(['audit', EXAMPLE, '--color', 'always']).stdout).toContain(esc);
    expect(crewtel(['audit', EXAMPLE, '--color', 'never'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(esc);
    expect(crewtel(['audit', EXAMPLE, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(esc);
    expect(crewtel(['audit', EXAMPLE], { env: { FORCE_COLOR: '0' } }).stdout).not.toContain(esc);
    expect(crewtel(['audit', EXAMPLE, '--color', 'sometimes']).code).toBe(2);
  });

  it('-v is --verbose: accepted findings are listed with their reasons', () => {
    const r = crewtel(['audit', 'fixtures/ci-crew', '-v', '--fail-on', 'never']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Accepted\n.*pii\/email \(inline:\s+shared team mailbox/);
  });
});

describe('a CrewAI project crewtel cannot model', () => {
  it('exits 2 and says where crewai is imported and that nothing was audited', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'agents.py'), 'from crewai import Agent\n\ndef make(role):\n    return Agent(role=role, goal="g", backstory="b")\n');
    const r = crewtel(['audit', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('crewai is imported at agents.py:1:1');
    expect(r.stderr).toContain('nothing was audited');
  });
});

describe('env at 80 columns', () => {
  it('wraps every line to the width', () => {
    const r = crewtel(['env', EXAMPLE], { env: { COLUMNS: '80' } });
    expect(r.stdout.split('\n').filter((l) => width(l) > 80)).toEqual([]);
    expect(r.stdout).toContain('CREWAI_DISABLE_TELEMETRY');
  });
});
