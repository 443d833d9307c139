// `crewtel env` end to end on generated projects: each switch across the release that
// first reads it, the value forms, .env versus the process environment, code switches.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crewtel, crewtelJson } from '../helpers/cli.js';

interface EnvJson {
  crewaiVersion: string;
  telemetry: 'enabled' | 'disabled';
  disabledBy: string[];
  variables: { name: string; value: string | null; source: string | null; honoured: boolean; reason: string }[];
  codeSwitches: { variable: string; file: string; line: number; afterImport: boolean; effective: boolean }[];
  channels: { id: string; state: string }[];
}

function project(files: Record<string, string | null>): string {
  const dir = mkdtempSync(join(tmpdir(), 'crewtel-env-'));
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

const env = (dir: string, vars: Record<string, string> = {}, args: string[] = []) => crewtelJson<EnvJson>(['env', dir, ...args], { env: vars });
const variable = (j: EnvJson, name: string) => j.variables.find((v) => v.name === name)!;

describe('switch release boundaries', () => {
  it.each([
    ['OTEL_SDK_DISABLED', '0.76.9', '0.79.0'],
    ['CREWAI_DISABLE_TELEMETRY', '0.108.0', '0.114.0'],
    ['CREWAI_DISABLE_TRACKING', '0.134.0', '0.140.0'],
  ])('%s is ignored by %s and honoured from %s', (name, before, from) => {
    const dir = project({});
    const old = env(dir, { [name]: 'true' }, ['--crewai-version', before]).json;
    expect(old.telemetry).toBe('enabled');
    expect(variable(old, name)).toMatchObject({ value: 'true', source: 'process', honoured: false });
    expect(variable(old, name).reason).toContain(`first read in ${from}`);
    const now = env(dir, { [name]: 'true' }, ['--crewai-version', from]).json;
    expect(now).toMatchObject({ telemetry: 'disabled', disabledBy: [name] });
  });
});

describe('value forms', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    ['True', true],
    ['1', false],
    ['yes', false],
    [' true', false],
    ['false', false],
  ])('CREWAI_DISABLE_TELEMETRY=%j honoured: %s', (value, honoured) => {
    const { json } = env(project({}), { CREWAI_DISABLE_TELEMETRY: value });
    expect(variable(json, 'CREWAI_DISABLE_TELEMETRY').honoured).toBe(honoured);
    expect(json.telemetry).toBe(honoured ? 'disabled' : 'enabled');
  });
});

describe('.env versus the process environment', () => {
  it('reads the project .env and names its source', () => {
    const { json } = env(project({ '.env': 'OPENAI_API_KEY=sk-secret-value\nCREWAI_DISABLE_TELEMETRY=true\n' }));
    expect(variable(json, 'CREWAI_DISABLE_TELEMETRY')).toMatchObject({ source: '.env', honoured: true });
    expect(json.telemetry).toBe('disabled');
  });

  it('classic projects: the shell wins over .env', () => {
    const { json } = env(project({ '.env': 'CREWAI_DISABLE_TELEMETRY=true\n' }), { CREWAI_DISABLE_TELEMETRY: 'false' });
    expect(variable(json, 'CREWAI_DISABLE_TELEMETRY')).toMatchObject({ source: 'process', value: 'false', honoured: false });
  });

  it('JSON crews under `crewai run`: .env wins (override=True)', () => {
    const dir = project({
      'crew.jsonc': '{"agents": ["a"], "tasks": [{"description": "d", "expected_output": "e", "agent": "a"}]}',
      'agents/a.jsonc': '{"role": "r", "goal": "g", "backstory": "b"}',
      '.env': 'CREWAI_DISABLE_TELEMETRY=false\n',
      'src/demo/config/agents.yaml': null,
      'src/demo/config/tasks.yaml': null,
    });
    const { json } = env(dir, { CREWAI_DISABLE_TELEMETRY: 'true' });
    expect(variable(json, 'CREWAI_DISABLE_TELEMETRY')).toMatchObject({ source: '.env', value: 'false', honoured: false });
    expect(json.telemetry).toBe('enabled');
  });

  it('never prints the values of other variables', () => {
    const r = crewtel(['env', project({ '.env': 'OPENAI_API_KEY=sk-secret-value\nOTEL_EXPORTER_OTLP_HEADERS=api-key=abc123\n' }), '--format', 'json']);
    const t = crewtel(['env', project({ '.env': 'OPENAI_API_KEY=sk-secret-value\nOTEL_EXPORTER_OTLP_HEADERS=api-key=abc123\n' })]);
    for (const out of [r.stdout, t.stdout, r.stderr, t.stderr]) {
      expect(out).not.toContain('sk-secret-value');
      expect(out).not.toContain('abc123');
    }
    expect(r.stdout).toContain('OTEL_EXPORTER_OTLP_HEADERS');
  });
});

describe('switches set in code', () => {
  const main = 'import os\nfrom crewai import Crew\n\nos.environ["CREWAI_DISABLE_TELEMETRY"] = "true"\n';
  it('after import crewai on 0.108.0 … 0.120.x: too late, reported with its line', () => {
    const { json } = env(project({ 'src/demo/main.py': main }), {}, ['--crewai-version', '0.114.0']);
    expect(json.codeSwitches).toEqual([expect.objectContaining({ variable: 'CREWAI_DISABLE_TELEMETRY', file: expect.stringMatching(/src\/demo\/main\.py$/), line: 4, afterImport: true, effective: false })]);
    expect(json.telemetry).toBe('enabled');
  });
  it('from 0.130.0 the per-operation check makes it work', () => {
    const { json } = env(project({ 'src/demo/main.py': main }), {}, ['--crewai-version', '0.130.0']);
    expect(json.codeSwitches[0]).toMatchObject({ effective: true });
    expect(json.telemetry).toBe('disabled');
  });
  it('before the import it works on old releases too', () => {
    const before = 'import os\nos.environ["CREWAI_DISABLE_TELEMETRY"] = "true"\nfrom crewai import Crew\n';
    const { json } = env(project({ 'src/demo/main.py': before }), {}, ['--crewai-version', '0.114.0']);
    expect(json.codeSwitches[0]).toMatchObject({ afterImport: false, effective: true });
  });
});

describe('--require-disabled', () => {
  it('exits 1 when telemetry would be enabled, 0 when disabled', () => {
    const dir = project({});
    expect(crewtel(['env', dir, '--require-disabled']).code).toBe(1);
    expect(crewtel(['env', dir, '--require-disabled'], { env: { CREWAI_DISABLE_TELEMETRY: 'true' } }).code).toBe(0);
    expect(crewtel(['env', dir, '--require-disabled'], { env: { CREWAI_DISABLE_TELEMETRY: '1' } }).code).toBe(1);
    expect(crewtel(['env', dir]).code).toBe(0);
  });
});

describe('channels', () => {
  it('AMP tracing is not stopped by the telemetry switch', () => {
    const { json } = env(project({}), { CREWAI_DISABLE_TELEMETRY: 'true', CREWAI_TRACING_ENABLED: 'true' });
    expect(json.channels.find((c) => c.id === 'amp-tracing')!.state).toBe('on');
  });
  it('Scarf only between 0.140.0 and 1.14.2', () => {
    expect(env(project({}), {}, ['--crewai-version', '1.14.2']).json.channels.find((c) => c.id === 'scarf')!.state).toBe('on');
    expect(env(project({}), {}, ['--crewai-version', '1.14.3']).json.channels.find((c) => c.id === 'scarf')!.state).toBe('not in this release');
  });
});
