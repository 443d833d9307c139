// CI workflow for audit: SARIF (validated against the 2.1.0 schema), GitHub
// annotations, Markdown, config files, inline suppressions and baselines.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crewtel, crewtelAsync, crewtelJson, FIXTURES } from '../helpers/cli.js';
import { hasSarifSchema, sarifValidator } from '../report/sarifSchema.js';

function copy(name = 'ci-crew'): string {
  const dir = mkdtempSync(join(tmpdir(), 'crewtel-ci-'));
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}
interface F {
  ruleId: string;
  category: string;
  file: string;
  line: number;
  field: string;
  match: string;
  severity: string;
}
const audit = (dir: string, args: string[] = []) => crewtelJson<{ findings: F[]; summary: Record<string, number> }>(['audit', '.', ...args], { cwd: dir });
const AGENTS = 'src/helpdesk/config/agents.yaml';

describe('SARIF', () => {
  it.skipIf(!hasSarifSchema)('validates against the SARIF 2.1.0 schema, with partialFingerprints and masked values', () => {
    const r = crewtel(['audit', '.', '--format', 'sarif'], { cwd: copy() });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('crewtel');
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toContain('pii/email');
    const email = run.results.find((x: any) => x.ruleId === 'pii/email');
    expect(email.level).toBe('error');
    expect(email.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: AGENTS, uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 24, endLine: 2, endColumn: 44 } });
    expect(run.tool.driver.rules[email.ruleIndex].id).toBe('pii/email');
    for (const x of run.results) expect(x.partialFingerprints['crewtelFindingHash/v2']).toMatch(/^[0-9a-f]{32}$/);
    expect(r.stdout).not.toContain('ops@helpdesk-corp.io');
  });
});

describe('inline suppression', () => {
  it('silences exactly the one finding it names', () => {
    const { json } = audit(copy());
    const emails = json.findings.filter((f) => f.ruleId === 'pii/email');
    expect(emails.map((f) => f.line)).toEqual([2, 5, 12]);
    expect(json.summary.suppressed).toBe(1);
  });

  it('an unused suppression is listed with --verbose', () => {
    const dir = copy();
    const p = join(dir, AGENTS);
    writeFileSync(p, readFileSync(p, 'utf8').replace('goal: Route tickets', 'goal: Route tickets # crewtel-ignore pii/phone -- nothing here'));
    const r = crewtel(['audit', '.', '--verbose', '--fail-on', 'never'], { cwd: dir });
    expect(r.stderr).toMatch(/agents\.yaml:3:\d+: warning: unused crewtel-ignore for pii\/phone/);
  });
});

describe('baseline', () => {
  it('accepts existing findings, survives lines inserted above them, and holds no values', () => {
    const dir = copy();
    const w = crewtel(['audit', '.', '--write-baseline', 'baseline.json'], { cwd: dir });
    expect(w.code).toBe(0);
    const text = readFileSync(join(dir, 'baseline.json'), 'utf8');
    expect(text).not.toContain('helpdesk-corp.io');
    expect(text).not.toMatch(/"line"/);
    const p = join(dir, AGENTS);
    writeFileSync(p, `# a comment added above\n\n${readFileSync(p, 'utf8')}`);
    const after = audit(dir, ['--baseline', 'baseline.json']);
    expect(after.code).toBe(0);
    expect(after.json.findings.filter((f) => f.category !== 'config')).toEqual([]);
    expect(after.json.summary.baselined).toBeGreaterThan(3);
    // a new finding is still reported
    writeFileSync(p, `${readFileSync(p, 'utf8')}\nnewcomer:\n  role: Helper for new@helpdesk-corp.io\n  goal: g\n  backstory: b\n`);
    const more = audit(dir, ['--baseline', 'baseline.json']);
    expect(more.code).toBe(1);
    expect(more.json.findings.filter((f) => f.ruleId === 'pii/email').map((f) => f.field)).toEqual(['agents.newcomer.role']);
  });
});

describe('config file', () => {
  it('.crewtel.yaml: disabled rules, severity overrides, allowlist, fail-on', () => {
    const dir = copy();
    writeFileSync(join(dir, '.crewtel.yaml'), 'fail-on: never\ndisable: [pii/phone, "advisory/*"]\nseverity:\n  pii/email: low\nallowlist:\n  values: [ops@helpdesk-corp.io]\n');
    const { json, code } = audit(dir);
    expect(code).toBe(0);
    expect(json.findings.some((f) => f.ruleId === 'pii/phone' || f.ruleId.startsWith('advisory/'))).toBe(false);
    const emails = json.findings.filter((f) => f.ruleId === 'pii/email');
    expect(emails.map((f) => f.line)).toEqual([5, 12]);
    expect(emails.every((f) => f.severity === 'low')).toBe(true);
    expect(crewtel(['audit', '.', '--fail-on', 'low'], { cwd: dir }).code).toBe(1); // the flag wins
  });

  it('[tool.crewtel] in pyproject.toml, found walking up from PATH', () => {
    const dir = copy();
    writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "x"\n\n[tool.crewtel]\nfail-on = "never"\n');
    expect(crewtel(['audit', 'src/helpdesk'], { cwd: dir }).code).toBe(0);
  });

  it('a bad config exits 2 naming the file, line and column', () => {
    const dir = copy();
    writeFileSync(join(dir, '.crewtel.yaml'), 'fail-on: sometimes\ndisable: [pii/phone]\n');
    const r = crewtel(['audit', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\.crewtel\.yaml:1:10: error: invalid crewtel config: fail-on/m);
    writeFileSync(join(dir, '.crewtel.yaml'), 'disable: [pii/phone]\nunknown_key: 1\n');
    expect(crewtel(['audit', '.'], { cwd: dir }).stderr).toMatch(/^\.crewtel\.yaml:2:1: error: invalid crewtel config: unknown key "unknown_key"/m);
    const toml = copy();
    writeFileSync(join(toml, 'pyproject.toml'), '[tool.crewtel]\nfail-on = 3\n');
    const t = crewtel(['audit', '.'], { cwd: toml });
    expect(t.code).toBe(2);
    expect(t.stderr).toMatch(/^pyproject\.toml:2:11: error: invalid \[tool\.crewtel\]: fail-on: must be one of high, medium, low, never$/m);
  });
});

describe('inline suppressions in YAML and Python (fixtures/ci-suppress-crew)', () => {
  const SUP = 'src/intake/config/agents.yaml';
  it('each form silences exactly its rule on its value; the rest is reported', () => {
    const { json, code } = audit(copy('ci-suppress-crew'));
    expect(code).toBe(1);
    const content = json.findings.filter((f) => !f.ruleId.startsWith('advisory/'));
    // kept: the phone in the goal, the phone inside the silenced block (another rule), the email of the router
    expect(content.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([`pii/phone ${SUP}:5`, `pii/phone ${SUP}:10`, `pii/email ${SUP}:15`]);
    // silenced: desk@ (end of line), lead@ and night@ (above the block's key), share_crew=True (Python comment)
    expect(json.summary.suppressed).toBe(4);
    expect(json.findings.some((f) => f.ruleId === 'config/share-crew')).toBe(false);
  });

  it('--verbose lists the marker that silenced nothing, as file:line:col: warning', () => {
    const r = crewtel(['audit', '.', '--verbose'], { cwd: copy('ci-suppress-crew') });
    expect(r.stderr.split('\n').filter((l) => l.includes('crewtel-ignore'))).toEqual([`${SUP}:13:20: warning: unused crewtel-ignore for pii/phone`]);
    expect(crewtel(['audit', '.'], { cwd: copy('ci-suppress-crew') }).stderr).not.toContain('unused crewtel-ignore');
  });

  it('a single file as PATH does not call the markers of other files unused', () => {
    const r = crewtel(['audit', 'src/intake/config/tasks.yaml', '--verbose', '--fail-on', 'never'], { cwd: copy('ci-suppress-crew') });
    expect(r.stderr).not.toContain('unused crewtel-ignore');
  });
});

describe('flags and config together', () => {
  it('config warnings: disable/severity entries that match no rule are named at their location', () => {
    const dir = copy();
    writeFileSync(join(dir, '.crewtel.yaml'), 'disable:\n  - pii/emial\nseverity:\n  pii/phon: low\n');
    const r = crewtel(['audit', '.', '--fail-on', 'never'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('.crewtel.yaml:2:5: warning: disable: no rule matches "pii/emial" (see crewtel rules)');
    expect(r.stderr).toContain('.crewtel.yaml:4:3: warning: severity: no rule matches "pii/phon" (see crewtel rules)');
  });

  it('crewai-version from the config is modelled and named as the source; the flag wins', () => {
    const dir = copy();
    writeFileSync(join(dir, '.crewtel.yaml'), 'crewai-version: "1.14.2"\n');
    const viaConfig = crewtelJson(['audit', '.', '--fail-on', 'never'], { cwd: dir }).json;
    expect([viaConfig.crewaiVersion, viaConfig.crewaiVersionSource]).toEqual(['1.14.2', '.crewtel.yaml']);
    const viaFlag = crewtelJson(['audit', '.', '--fail-on', 'never', '--crewai-version', '1.15.17'], { cwd: dir }).json;
    expect([viaFlag.crewaiVersion, viaFlag.crewaiVersionSource]).toEqual(['1.15.17', '--crewai-version']);
  });

  it('allowlist paths are globs relative to the config file, wherever crewtel runs', () => {
    const dir = copy();
    writeFileSync(join(dir, '.crewtel.yaml'), 'allowlist:\n  paths: ["src/helpdesk/config/agents.yaml"]\n');
    const fromSub = crewtelJson(['audit', '.'], { cwd: join(dir, 'src/helpdesk') });
    expect(fromSub.json.findings.filter((f: F) => f.category === 'pii')).toEqual([]);
    expect(fromSub.code).toBe(0);
  });

  it('--config FILE is used instead of the one found; a missing one exits 2', () => {
    const dir = copy();
    writeFileSync(join(dir, '.crewtel.yaml'), 'fail-on: never\n');
    writeFileSync(join(dir, 'strict.yaml'), 'fail-on: low\n');
    expect(crewtel(['audit', '.'], { cwd: dir }).code).toBe(0);
    expect(crewtel(['audit', '.', '--config', 'strict.yaml'], { cwd: dir }).code).toBe(1);
    const missing = crewtel(['audit', '.', '--config', 'nope.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml: error: cannot read config file (no such file)');
  });

  it('bad baseline and version arguments exit 2 with a message, no stack trace', () => {
    const dir = copy();
    writeFileSync(join(dir, 'bad.json'), '{"findings": []}');
    for (const [args, msg] of [
      [['--baseline', 'missing.json'], '--baseline missing.json: no such file'],
      [['--baseline', 'bad.json'], '--baseline bad.json: not a crewtel baseline'],
      [['--write-baseline', 'no/such/dir/b.json'], '--write-baseline: cannot write no/such/dir/b.json'],
      [['--baseline', 'bad.json', '--write-baseline', 'b.json'], 'cannot be used together'],
      [['--crewai-version', 'latest'], '--crewai-version latest: not a version'],
    ] as const) {
      const r = crewtel(['audit', '.', ...args], { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(msg);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('unreadable files in the CI formats', () => {
  it('exit 2; SARIF marks the run unsuccessful with a notification, github adds an ::error, markdown lists it', () => {
    const dir = copy();
    writeFileSync(join(dir, 'src/helpdesk/config/tasks.yaml'), 'dispatch:\n  description: [unclosed\n');
    const sarif = crewtel(['audit', '.', '--format', 'sarif'], { cwd: dir });
    expect(sarif.code).toBe(2);
    const inv = JSON.parse(sarif.stdout).runs[0].invocations[0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe('src/helpdesk/config/tasks.yaml');
    const gh = crewtel(['audit', '.', '--format', 'github'], { cwd: dir });
    expect(gh.code).toBe(2);
    expect(gh.stdout).toMatch(/^::error file=src\/helpdesk\/config\/tasks\.yaml,line=\d+,col=\d+,title=crewtel%3A cannot read this file::/m);
    const md = crewtel(['audit', '.', '--format', 'markdown'], { cwd: dir });
    expect(md.code).toBe(2);
    expect(md.stdout).toContain('could not be read');
  });
});

describe('formats keep exit codes and masking', () => {
  const dir = copy();
  const formats = ['table', 'json', 'sarif', 'markdown', 'github'];
  it.each(formats)('%s', (format) => {
    const r = crewtel(['audit', '.', '--format', format], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/ops@helpdesk|on-call@helpdesk|backup@helpdesk|415-555-2671/);
    expect(crewtel(['audit', '.', '--format', format, '--fail-on', 'never'], { cwd: dir }).code).toBe(0);
  });

  it.each(formats)('%s reveals values only with --show-values', (format) => {
    const r = crewtel(['audit', '.', '--format', format, '--show-values'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ops@helpdesk-corp.io');
  });

  it('github annotations carry file, line and column', () => {
    const r = crewtel(['audit', '.', '--format', 'github'], { cwd: dir });
    expect(r.stdout).toMatch(new RegExp(`^::error file=${AGENTS.replace(/\//g, '\\/').replace(/\./g, '\\.')},line=2,col=24,endLine=2,endColumn=44,title=crewtel pii/email::`, 'm'));
  });
});

describe('property: no matched value leaves unmasked without --show-values', () => {
  // async runs: 48 CLI runs in a row must not block the test worker (vitest's RPC times out on a loaded machine)
  it('holds for generated emails, phones and tokens in every format', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[a-z]{3,8}$/),
        fc.stringMatching(/^[a-z]{3,8}$/),
        fc.integer({ min: 2000000, max: 9999999 }),
        fc.stringMatching(/^[A-Za-z0-9]{36}$/),
        async (user, domain, number, token) => {
          const email = `${user}.${domain}@${domain}mail.example`;
          const phone = `+1 415-${String(number).slice(0, 3)}-${String(number).slice(3, 7)}`;
          const secret = `ghp_${token}`;
          const d = mkdtempSync(join(tmpdir(), 'crewtel-prop-'));
          cpSync(join(FIXTURES, 'ci-crew'), d, { recursive: true });
          writeFileSync(join(d, AGENTS), `a:\n  role: Helper for ${email}\n  goal: Call ${phone}\n  backstory: >\n    Uses ${secret} daily.\n`);
          for (const format of ['table', 'concise', 'json', 'sarif', 'markdown', 'github']) {
            const r = await crewtelAsync(['audit', '.', '--format', format], { cwd: d });
            const out = r.stdout + r.stderr;
            if (out.includes(email) || out.includes(secret) || out.includes(phone)) return false;
          }
          return true;
        },
      ),
      { numRuns: 8 },
    );
  });
});
