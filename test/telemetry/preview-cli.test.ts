// `crewtel preview` end to end: formats, modes, --diff, --inputs, bad input.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crewtel, crewtelJson } from '../helpers/cli.js';

const CREW = 'fixtures/telemetry-crew';
interface Preview {
  crewaiVersion: string;
  shareCrew: boolean;
  telemetryEnabled: boolean;
  spans: { name: string; attributes: { key: string; value: unknown; gate: string; source: string | null }[] }[];
}

describe('preview', () => {
  it('json follows the contract and models the pinned release', () => {
    const { code, json } = crewtelJson<Preview>(['preview', CREW]);
    expect(code).toBe(0);
    expect(json).toMatchObject({ crewaiVersion: '1.15.17', shareCrew: false, telemetryEnabled: true });
    const created = json.spans.find((s) => s.name === 'Crew Created')!;
    expect(created.attributes.find((a) => a.key === 'crew_agents')).toMatchObject({ gate: 'default', source: 'agents' });
    expect(created.attributes.find((a) => a.key === 'python_version')).toMatchObject({ value: '<python_version>', source: null });
  });

  it('--crewai-version overrides the pin', () => {
    const { json } = crewtelJson<Preview>(['preview', CREW, '--crewai-version', '0.114.0']);
    expect(json.crewaiVersion).toBe('0.114.0');
    expect(json.spans.some((s) => s.name === 'Feature Usage')).toBe(false);
  });

  it('--diff lists only what share_crew adds', () => {
    const { json } = crewtelJson<Preview>(['preview', CREW, '--diff']);
    const names = new Set(json.spans.map((s) => s.name));
    expect(names.has('Crew Execution')).toBe(true);
    const created = json.spans.find((s) => s.name === 'Crew Created')!;
    expect(created.attributes.map((a) => a.key)).toEqual(expect.arrayContaining(['crew_agents', 'crew_tasks', 'platform', 'crew_inputs']));
    expect(created.attributes.map((a) => a.key)).not.toContain('crew_process');
  });

  it('--inputs from JSON and from @file fill task agent_role, not Crew Created', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crewtel-inputs-'));
    writeFileSync(join(dir, 'in.json'), '{"topic": "Robotics"}');
    for (const arg of ['{"topic": "Robotics"}', `@${join(dir, 'in.json')}`]) {
      const { json } = crewtelJson<Preview>(['preview', CREW, '--inputs', arg]);
      const task = json.spans.find((s) => s.name === 'Task Created')!;
      expect(task.attributes.find((a) => a.key === 'agent_role')!.value).toBe('Robotics Senior Data Researcher');
      const created = json.spans.find((s) => s.name === 'Crew Created')!;
      expect(String(created.attributes.find((a) => a.key === 'crew_agents')!.value)).toContain('{topic} Senior Data Researcher');
    }
  });

  it('table output marks values from the user files', () => {
    const r = crewtel(['preview', CREW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Crew Created');
    expect(r.stdout).toMatch(/agent_role\s+conditional ● \{topic\} Senior Data Researcher/);
  });

  it('bad --inputs exits 2 with a message and no stack trace', () => {
    const r = crewtel(['preview', CREW, '--inputs', '{nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--inputs: not valid JSON/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('broken YAML beside a good crew: previews the good one, exits 2 with file:line:col', () => {
    const r = crewtel(['preview', 'fixtures/model-layouts', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/fixtures\/model-layouts\/broken\/config\/agents\.yaml:\d+:\d+: error: YAML syntax error/);
    expect(JSON.parse(r.stdout).spans.length).toBeGreaterThan(0);
  });

  it('an invalid --crewai-version exits 2', () => {
    const r = crewtel(['preview', CREW, '--crewai-version', 'banana']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--crewai-version banana: not a version');
  });

  it('a path that does not exist exits 2', () => {
    const r = crewtel(['preview', 'fixtures/nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fixtures/nope: error: no such file or directory');
  });
});
