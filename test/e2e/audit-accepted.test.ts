// Accepted findings stay visible: JSON lists them with suppressed {kind, reason}, SARIF
// carries them with `suppressions` (still valid SARIF 2.1.0), Markdown collapses them.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crewtel, crewtelJson, FIXTURES } from '../helpers/cli.js';
import { hasSarifSchema, sarifValidator } from '../report/sarifSchema.js';

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crewtel-acc-'));
  cpSync(join(FIXTURES, 'ci-crew'), dir, { recursive: true });
  // one of each: an inline comment (in the fixture), the config allowlist, and the baseline
  writeFileSync(join(dir, '.crewtel.yaml'), 'allowlist:\n  regexes: ["^b[a-z]*@"]\n');
  return dir;
}

interface F {
  ruleId: string;
  file: string;
  line: number;
  match: string;
  suppressed?: { kind: string; reason?: string };
}

describe('accepted findings', () => {
  const dir = copy();
  const first = crewtelJson<{ findings: F[] }>(['audit', '.', '--fail-on', 'never'], { cwd: dir }).json;
  const toBaseline = first.findings.find((f) => f.ruleId === 'pii/phone') ?? first.findings.find((f) => !f.ruleId.startsWith('advisory/'))!;
  // a baseline with just that one finding
  crewtel(['audit', '.', '--write-baseline', 'full.json'], { cwd: dir });
  const full = JSON.parse(readFileSync(join(dir, 'full.json'), 'utf8'));
  full.findings = full.findings.filter((e: { ruleId: string; file: string }) => e.ruleId === toBaseline.ruleId && e.file === toBaseline.file);
  writeFileSync(join(dir, 'baseline.json'), JSON.stringify(full));

  it('JSON lists them with suppressed {kind, reason} and never the raw value', () => {
    const r = crewtel(['audit', '.', '--format', 'json', '--baseline', 'baseline.json', '--fail-on', 'never'], { cwd: dir });
    const json = JSON.parse(r.stdout);
    const kinds = json.suppressed.map((f: F) => f.suppressed?.kind);
    expect(kinds).toEqual(expect.arrayContaining(['inline', 'baseline', 'config']));
    const inline = json.suppressed.find((f: F) => f.suppressed?.kind === 'inline');
    expect(inline.suppressed.reason).toBe('shared team mailbox, approved by privacy review');
    const config = json.suppressed.find((f: F) => f.suppressed?.kind === 'config');
    expect(config.suppressed.reason).toBe('allowlist.regexes: ^b[a-z]*@');
    expect(config.match).toContain('*');
    for (const f of json.suppressed) expect(json.findings.some((k: F) => k.file === f.file && k.line === f.line && k.ruleId === f.ruleId)).toBe(false);
    expect(r.stdout).not.toMatch(/ops@helpdesk\.example|billing@/);
  });

  it.skipIf(!hasSarifSchema)('SARIF carries them with suppressions and still validates', () => {
    const r = crewtel(['audit', '.', '--format', 'sarif', '--baseline', 'baseline.json', '--fail-on', 'never'], { cwd: dir });
    const log = JSON.parse(r.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const suppressed = log.runs[0].results.filter((x: any) => x.suppressions);
    expect(suppressed.map((x: any) => x.suppressions[0].kind)).toEqual(expect.arrayContaining(['inSource', 'external']));
    expect(suppressed.find((x: any) => x.suppressions[0].kind === 'inSource').suppressions[0]).toEqual({
      kind: 'inSource',
      status: 'accepted',
      justification: 'crewtel-ignore comment: shared team mailbox, approved by privacy review',
    });
  });

  it('Markdown lists them in a collapsed section with their reasons', () => {
    const md = crewtel(['audit', '.', '--format', 'markdown', '--baseline', 'baseline.json', '--fail-on', 'never'], { cwd: dir }).stdout;
    expect(md).toMatch(/<details><summary>\d+ accepted findings? \(inline comments, baseline, config\)<\/summary>/);
    expect(md).toContain('| inline | shared team mailbox, approved by privacy review |');
    expect(md).toContain('| config | allowlist.regexes: ^b[a-z]*@ |');
  });
});

describe('a reason that quotes the accepted value', () => {
  // the fixture's inline comment names the person its goal mentions
  const args = ['audit', join(FIXTURES, 'report-multi-crew'), '--format', 'json'];
  const reasons = (json: { suppressed: F[] }) => json.suppressed.map((f) => f.suppressed?.reason ?? '');

  it('is masked like the value in every output, unless --show-values', () => {
    const masked = reasons(crewtelJson(args).json);
    expect(masked.some((r) => r.includes('is our founder'))).toBe(true);
    expect(masked.join('\n')).not.toMatch(/tom baker/i);
    expect(reasons(crewtelJson([...args, '--show-values']).json).join('\n')).toContain('Tom Baker');
  });
});
