// `crewtel env` end to end: the built binary on the fixtures/env-* projects and on generated
// ones, in a clean environment (no CREWAI_*/OTEL_* from the developer's shell).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvModule from 'ajv';
import { describe, expect, it } from 'vitest';
import { crewtel, crewtelJson } from '../helpers/cli.js';

// ajv is CommonJS: under NodeNext typing its class is the default export's `default`
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as new (o: object) => {
  compile(s: object): ((d: unknown) => boolean) & { errors?: unknown[] };
};

interface EnvJson {
  crewaiVersion: string;
  crewaiVersionSource: string;
  crewaiVersionLocation: string | null;
  telemetry: 'enabled' | 'disabled';
  disabledBy: string[];
  variables: { name: string; value: string | null; source: string | null; honoured: boolean; reason: string; location: string | null; readByRelease: boolean; shadowed: { source: string; value: string | null }[] }[];
  codeSwitches: { variable: string; file: string; line: number; column: number; afterImport: boolean; effect: string; effective: boolean; reason: string }[];
  channels: { id: string; state: string; detail: string; setVariables: { name: string; source: string; location: string | null }[] }[];
  advisories: { id: string; severity: string; title: string }[];
  projectKind: string;
  precedence: string;
  notes: string[];
  errors: { file: string; line: number; column: number; message: string }[];
}

/** A small classic crew project in a temp folder; `null` removes a default file. */
function project(files: Record<string, string | null>): string {
  const dir = mkdtempSync(join(tmpdir(), 'crewtel-env-'));
  mkdirSync(join(dir, '.git'));
  const all: Record<string, string | null> = {
    'src/demo/config/agents.yaml': 'a:\n  role: Analyst\n  goal: g\n  backstory: b\n',
    'src/demo/config/tasks.yaml': 't:\n  description: d\n  expected_output: e\n  agent: a\n',
    ...files,
  };
  for (const [rel, text] of Object.entries(all)) {
    if (text === null) continue;
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const lock = (v: string) => `version = 1\n\n[[package]]\nname = "crewai"\nversion = "${v}"\n`;
const env = (dir: string, vars: Record<string, string> = {}, args: string[] = []) => crewtelJson<EnvJson>(['env', dir, ...args], { env: vars }).json;
const variable = (j: EnvJson, name: string) => j.variables.find((v) => v.name === name)!;
const channel = (j: EnvJson, id: string) => j.channels.find((c) => c.id === id)!;

describe('each switch across its release boundary (pinned by uv.lock)', () => {
  it.each([
    ['OTEL_SDK_DISABLED', '0.76.9', '0.79.0'],
    ['CREWAI_DISABLE_TELEMETRY', '0.108.0', '0.114.0'],
    ['CREWAI_DISABLE_TRACKING', '0.134.0', '0.140.0'],
  ])('%s=true is ignored by %s and honoured from %s', (name, before, first) => {
    const old = env(project({ 'uv.lock': lock(before) }), { [name]: 'true' });
    expect(old).toMatchObject({ crewaiVersion: before, crewaiVersionSource: 'uv.lock', telemetry: 'enabled', disabledBy: [] });
    expect(variable(old, name)).toMatchObject({ value: 'true', source: 'process', honoured: false, readByRelease: false });
    expect(variable(old, name).reason).toContain(`first read in ${first}`);
    const now = env(project({ 'uv.lock': lock(first) }), { [name]: 'true' });
    expect(now).toMatchObject({ crewaiVersion: first, telemetry: 'disabled', disabledBy: [name] });
  });
});

describe('value forms', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    ['1', false],
    ['yes', false],
    [' true', false],
  ])('CREWAI_DISABLE_TELEMETRY=%j honoured: %s', (value, honoured) => {
    const json = env(project({}), { CREWAI_DISABLE_TELEMETRY: value });
    expect(variable(json, 'CREWAI_DISABLE_TELEMETRY')).toMatchObject({ value, honoured });
    expect(json.telemetry).toBe(honoured ? 'disabled' : 'enabled');
  });
});

describe('.env versus the process environment', () => {
  it('classic project: .env counts for what the shell leaves unset, the shell wins otherwise', () => {
    const dir = project({ '.env': 'OPENAI_API_KEY=sk-secret-value\nCREWAI_DISABLE_TELEMETRY=true\n' });
    expect(variable(env(dir), 'CREWAI_DISABLE_TELEMETRY')).toMatchObject({ source: '.env', honoured: true });
    const shell = env(dir, { CREWAI_DISABLE_TELEMETRY: 'false' });
    expect(variable(shell, 'CREWAI_DISABLE_TELEMETRY')).toMatchObject({ source: 'process', value: 'false', honoured: false });
    expect(shell.precedence).toMatch(/the shell wins over \.env/);
  });

  it('fixtures/env-json-crew: `crewai run` loads .env with override=True, so .env=false beats the shell\'s true', () => {
    const json = env('fixtures/env-json-crew', { CREWAI_DISABLE_TELEMETRY: 'true' });
    expect(json).toMatchObject({ projectKind: 'json-or-declarative', telemetry: 'enabled', crewaiVersion: '1.15.17', crewaiVersionLocation: 'fixtures/env-json-crew/pyproject.toml:4:31' });
    expect(variable(json, 'CREWAI_DISABLE_TELEMETRY')).toMatchObject({ value: 'false', source: '.env', location: 'fixtures/env-json-crew/.env:1:1', honoured: false });
    expect(variable(json, 'CREWAI_DISABLE_TELEMETRY').shadowed).toEqual([expect.objectContaining({ source: 'process', value: 'true' })]);
    expect(crewtel(['env', 'fixtures/env-json-crew', '--require-disabled'], { env: { CREWAI_DISABLE_TELEMETRY: 'true' } }).code).toBe(1);
  });

  it('never prints the values of other variables, in any format or on stderr', () => {
    const files = { '.env': 'OPENAI_API_KEY=sk-secret-value\nOTEL_EXPORTER_OTLP_HEADERS=api-key=abc123\nBROKEN="x" y\n' };
    const outputs = [crewtel(['env', project(files), '--format', 'json']), crewtel(['env', project(files), '--verbose']), crewtel(['env', 'fixtures/env-classic-0114'])];
    for (const r of outputs) {
      for (const text of [r.stdout, r.stderr]) {
        expect(text).not.toMatch(/sk-secret-value|abc123|fixture-placeholder/);
      }
    }
    expect(outputs[0].stdout).toContain('OTEL_EXPORTER_OTLP_HEADERS');
  });
});

describe('fixtures/env-classic-0114: 0.114.0 locked, "1" in .env, a switch after import crewai', () => {
  const json = env('fixtures/env-classic-0114');

  it('telemetry is on: "1" does not count and the code switch comes too late', () => {
    expect(json).toMatchObject({ crewaiVersion: '0.114.0', crewaiVersionLocation: 'fixtures/env-classic-0114/uv.lock:6:12', telemetry: 'enabled', disabledBy: [] });
    expect(variable(json, 'CREWAI_DISABLE_TELEMETRY')).toMatchObject({ value: '1', source: '.env', location: 'fixtures/env-classic-0114/.env:3:1', honoured: false });
    expect(json.codeSwitches).toEqual([
      expect.objectContaining({ variable: 'CREWAI_DISABLE_TELEMETRY', file: 'fixtures/env-classic-0114/src/helpdesk/main.py', line: 6, column: 1, afterImport: true, effect: 'partial', effective: false }),
    ]);
    expect(json.codeSwitches[0].reason).toMatch(/ignored for crew, task and flow spans/);
  });

  it('the exporter header from .env is named as travelling to CrewAI, without its value', () => {
    expect(channel(json, 'exporter-credentials')).toMatchObject({ state: 'on', setVariables: [{ name: 'OTEL_EXPORTER_OTLP_HEADERS', source: '.env', location: 'fixtures/env-classic-0114/.env:4:1' }] });
  });

  it('lists the release advisories, the global tracer provider first', () => {
    expect(json.advisories[0]).toMatchObject({ id: 'advisory/global-tracer-provider', severity: 'high' });
    expect(json.advisories.map((a) => a.id)).toContain('advisory/switch-not-read');
  });

  it('--require-disabled fails it; with OTEL_SDK_DISABLED=true in the shell it passes', () => {
    expect(crewtel(['env', 'fixtures/env-classic-0114', '--require-disabled']).code).toBe(1);
    expect(crewtel(['env', 'fixtures/env-classic-0114', '--require-disabled'], { env: { OTEL_SDK_DISABLED: 'true' } }).code).toBe(0);
  });

  it('the table names the pin, the ignored value, the late switch and AMP tracing', () => {
    const { stdout, code } = crewtel(['env', 'fixtures/env-classic-0114'], { env: { COLUMNS: '400' } });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^CrewAI 0\.114\.0 from fixtures\/env-classic-0114\/uv\.lock:6:12 · telemetry ENABLED/);
    expect(stdout).toContain('✘ CREWAI_DISABLE_TELEMETRY = "1"  fixtures/env-classic-0114/.env:3:1');
    expect(stdout).toContain('fixtures/env-classic-0114/src/helpdesk/main.py:6:1  os.environ["CREWAI_DISABLE_TELEMETRY"] = "true"  after import crewai · partly ignored');
    expect(stdout).toContain('CREWAI_DISABLE_TELEMETRY does not stop AMP tracing uploads');
  });
});

describe('fixtures/env-disabled: telemetry off through .env, but AMP tracing on and a project_id', () => {
  it('telemetry disabled by .env; AMP tracing and project_id still leave', () => {
    const json = env('fixtures/env-disabled');
    expect(json).toMatchObject({ telemetry: 'disabled', disabledBy: ['CREWAI_DISABLE_TELEMETRY'] });
    expect(channel(json, 'amp-tracing')).toMatchObject({ state: 'on', detail: 'tracing=True at fixtures/env-disabled/src/newsroom/crew.py:20:95' });
    expect(channel(json, 'project-id')).toMatchObject({ state: 'on', detail: expect.stringContaining('fixtures/env-disabled/pyproject.toml:9:15') });
    expect(JSON.stringify(json)).not.toContain('3f2b9c1e-7d4a');
    expect(crewtel(['env', 'fixtures/env-disabled', '--require-disabled']).code).toBe(0);
  });
});

describe('switches set in code (generated projects)', () => {
  const main = 'import os\nfrom crewai import Crew\n\nos.environ["CREWAI_DISABLE_TELEMETRY"] = "true"\n';
  it('after import crewai on 0.114.0: too late, reported with its line', () => {
    const json = env(project({ 'src/demo/main.py': main }), {}, ['--crewai-version', '0.114.0']);
    expect(json.codeSwitches).toEqual([expect.objectContaining({ variable: 'CREWAI_DISABLE_TELEMETRY', file: expect.stringMatching(/src\/demo\/main\.py$/), line: 4, afterImport: true, effective: false })]);
    expect(json.telemetry).toBe('enabled');
  });
  it('from 0.130.0 the per-operation check makes it work', () => {
    const json = env(project({ 'src/demo/main.py': main }), {}, ['--crewai-version', '0.130.0']);
    expect(json.codeSwitches[0]).toMatchObject({ effective: true });
    expect(json.telemetry).toBe('disabled');
    expect(channel(json, 'queued-spans').state).toBe('conditional');
  });
});

describe('exit codes', () => {
  it('--require-disabled: 1 when telemetry would be enabled, 0 when disabled; without it always 0', () => {
    const dir = project({});
    expect(crewtel(['env', dir, '--require-disabled']).code).toBe(1);
    expect(crewtel(['env', dir, '--require-disabled'], { env: { CREWAI_DISABLE_TELEMETRY: 'true' } }).code).toBe(0);
    expect(crewtel(['env', dir, '--require-disabled'], { env: { CREWAI_DISABLE_TELEMETRY: '1' } }).code).toBe(1);
    expect(crewtel(['env', dir]).code).toBe(0);
  });

  it('a .env line python-dotenv cannot parse: exit 2, file:line:col on stderr, the report still printed', () => {
    const dir = project({ '.env': 'A=1\nCREWAI_DISABLE_TELEMETRY="true" # ok\nB="x" y\n' });
    const r = crewtel(['env', dir, '--require-disabled'], { env: { COLUMNS: '400' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\.\.?.*\.env:3:6: error: python-dotenv cannot parse the statement starting at line 3/m);
    expect(r.stdout).toContain('telemetry disabled (by CREWAI_DISABLE_TELEMETRY)');
    const j = crewtelJson<EnvJson>(['env', dir]);
    expect(j.code).toBe(2);
    expect(j.json.errors).toEqual([expect.objectContaining({ line: 3, column: 6 })]);
  });

  it('a --crewai-version that is not a version: exit 2 with a message', () => {
    const r = crewtel(['env', project({}), '--crewai-version', 'latest']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--crewai-version: "latest" is not a version/);
  });
});

describe('--format json follows the contract', () => {
  const schema = {
    type: 'object',
    required: ['crewaiVersion', 'telemetry', 'disabledBy', 'variables'],
    properties: {
      crewaiVersion: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+' },
      telemetry: { enum: ['enabled', 'disabled'] },
      disabledBy: { type: 'array', items: { enum: ['OTEL_SDK_DISABLED', 'CREWAI_DISABLE_TELEMETRY', 'CREWAI_DISABLE_TRACKING'] } },
      variables: {
        type: 'array',
        minItems: 3,
        items: {
          type: 'object',
          required: ['name', 'value', 'source', 'honoured', 'reason'],
          properties: {
            name: { type: 'string' },
            value: { type: ['string', 'null'] },
            source: { enum: ['process', '.env', 'code', null] },
            honoured: { type: 'boolean' },
            reason: { type: 'string', minLength: 1 },
          },
        },
      },
    },
  };
  const validate = new Ajv({ allErrors: true }).compile(schema);

  it.each(['fixtures/env-classic-0114', 'fixtures/env-json-crew', 'fixtures/env-disabled'])('%s', (fixture) => {
    const { json } = crewtelJson(['env', fixture], { env: { CREWAI_DISABLE_TELEMETRY: '1' } });
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the contract example: CREWAI_DISABLE_TELEMETRY=1 in .env is not honoured', () => {
    const json = env(project({ '.env': 'CREWAI_DISABLE_TELEMETRY=1\n', 'uv.lock': lock('1.15.17') }));
    expect(json).toMatchObject({ crewaiVersion: '1.15.17', telemetry: 'enabled', disabledBy: [] });
    expect(variable(json, 'CREWAI_DISABLE_TELEMETRY')).toMatchObject({ name: 'CREWAI_DISABLE_TELEMETRY', value: '1', source: '.env', honoured: false, reason: expect.stringMatching(/^only the string true/) });
  });

  it('--output writes the report to a file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'crewtel-out-')), 'env.json');
    expect(crewtel(['env', 'fixtures/env-disabled', '--format', 'json', '--output', out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).telemetry).toBe('disabled');
  });
});
