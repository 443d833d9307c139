// Example values end to end: an address on a reserved domain is shown as a low `example`
// finding and does not fail the default gate (--fail-on high); a real address in the same
// field does.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crewtel } from '../helpers/cli.js';

const LINE = (email: string) => `  description: Reply to the customer; send a copy to ${email} when done.`;
// column of the address in line 2 of tasks.yaml, computed from the text written
const COLUMN = (email: string) => LINE(email).indexOf(email) + 1;

function project(email: string): string {
  const root = mkdtempSync(join(tmpdir(), 'crewtel-example-'));
  const config = join(root, 'src', 'demo', 'config');
  mkdirSync(config, { recursive: true });
  writeFileSync(join(config, 'agents.yaml'), `writer:\n  role: Support writer\n  goal: Answer tickets\n  backstory: You write replies.\n`);
  writeFileSync(join(config, 'tasks.yaml'), `reply:\n${LINE(email)}\n  expected_output: A reply.\n  agent: writer\n`);
  return root;
}

interface Finding { ruleId: string; entity?: string; severity: string; example?: boolean; line: number; column: number; file: string; message: string; match: string }

describe('example values in audit', () => {
  it('an example-domain email is a low example finding, exit 0 under the default gate', () => {
    const root = project('recipient@example.com');
    const r = crewtel(['audit', root, '--format', 'json']);
    expect(r.code).toBe(0);
    const findings = (JSON.parse(r.stdout).findings as Finding[]).filter((f) => f.entity === 'EMAIL_ADDRESS');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ ruleId: 'pii/email', severity: 'low', example: true, line: 2, column: COLUMN('recipient@example.com') });
    expect(f.file.endsWith('tasks.yaml')).toBe(true);
    expect(f.message).toMatch(/^Example value/);
    expect(f.match).not.toContain('recipient');
  });

  it('the same field with a real address is not an example and fails --fail-on medium', () => {
    const root = project('maria.garcia@tidewater-logistics.com');
    const r = crewtel(['audit', root, '--format', 'json', '--fail-on', 'medium']);
    const f = (JSON.parse(r.stdout).findings as Finding[]).find((x) => x.entity === 'EMAIL_ADDRESS');
    expect(f).toMatchObject({ example: false, line: 2, column: COLUMN('maria.garcia@tidewater-logistics.com') });
    expect(f!.severity).not.toBe('low');
    expect(r.code).toBe(1);
  });

  it('the table output shows the example finding', () => {
    const r = crewtel(['audit', project('recipient@example.com')]);
    expect(r.code).toBe(0);
    // the finding's line, then its detail line marking the example value
    expect(r.stdout).toMatch(/2:\d+ +low +pii\/email .*\n +example value · /);
  });

  it('the concise output marks the example finding', () => {
    const r = crewtel(['audit', project('recipient@example.com'), '--format', 'concise']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/tasks\.yaml:2:\d+: low pii\/email example value: EMAIL_ADDRESS /);
  });
});
