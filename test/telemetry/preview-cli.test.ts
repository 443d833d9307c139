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
  notes: string[];
  spans: { name: string; trigger: string; attributes: { key: string; value: unknown; gate: string; source: string | null; fromUser: boolean; innerKeysAdded?: string[] }[] }[];
}
const attr = (json: Preview, span: string, key: string) => json.spans.find((s) => s.name === span)?.attributes.find((a) => a.key === key);

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

  it('json: every span has name/trigger/attributes, every attribute key/value/gate/source', () => {
    const { json } = crewtelJson<Preview>(['preview', CREW, '--share-crew']);
    expect(json.shareCrew).toBe(true);
    for (const s of json.spans) {
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['name', 'trigger', 'attributes']));
      for (const a of s.attributes) {
        expect(['default', 'share_crew', 'conditional']).toContain(a.gate);
        expect(['string', 'number', 'boolean']).toContain(typeof a.value);
        expect(a.source === null || typeof a.source === 'string').toBe(true);
      }
    }
    // the project's [tool.crewai].project_id rides on every span (1.15.14+)
    expect(json.spans.every((s) => s.attributes.some((a) => a.key === 'project_id' && a.value === '3f2c9a1e-7b4d-4e8a-9c1f-5d6e7f8a9b0c'))).toBe(true);
  });

  it('--share-crew / --no-share-crew switch the mode; default is what the code sets', () => {
    const shared = crewtelJson<Preview>(['preview', CREW, '--share-crew']).json;
    const plain = crewtelJson<Preview>(['preview', CREW, '--no-share-crew']).json;
    const byDefault = crewtelJson<Preview>(['preview', CREW]).json;
    expect(shared.spans.map((s) => s.name)).toContain('Crew Execution');
    expect(plain.spans.map((s) => s.name)).not.toContain('Crew Execution');
    expect(byDefault.spans.map((s) => s.name)).toEqual(plain.spans.map((s) => s.name));
    expect(attr(shared, 'Crew Created', 'platform')).toMatchObject({ gate: 'share_crew', value: '<platform>' });
    expect(attr(plain, 'Crew Created', 'platform')).toBeUndefined();
  });

  it('--diff names the keys share_crew adds inside crew_agents / crew_tasks', () => {
    const { json } = crewtelJson<Preview>(['preview', CREW, '--diff']);
    expect(attr(json, 'Crew Created', 'crew_agents')!.innerKeysAdded).toEqual(['goal', 'backstory', 'i18n', 'fingerprint', 'fingerprint_created_at']);
    expect(attr(json, 'Crew Created', 'crew_tasks')!.innerKeysAdded).toEqual(['description', 'expected_output', 'context', 'fingerprint', 'fingerprint_created_at']);
    expect(attr(json, 'Task Created', 'agent_role')).toBeUndefined();
    expect(attr(json, 'Task Created', 'formatted_description')).toMatchObject({ gate: 'share_crew' });
  });

  it('--inputs: crew_inputs is json.dumps of them (share mode), key order kept', () => {
    const { json } = crewtelJson<Preview>(['preview', CREW, '--share-crew', '--inputs', '{"topic": "Ünïcode", "2": 1.0}']);
    expect(attr(json, 'Crew Created', 'crew_inputs')!.value).toBe('{"topic": "\\u00dcn\\u00efcode", "2": 1.0}');
  });

  it('--inputs @missing-file exits 2; a placeholder the inputs lack is reported', () => {
    const r = crewtel(['preview', CREW, '--inputs', '@/nonexistent/inputs.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--inputs: cannot read \/nonexistent\/inputs\.json/);
    const { json } = crewtelJson<Preview>(['preview', CREW, '--share-crew', '--inputs', '{"other": 1}']);
    expect(json.notes.some((n) => n.includes('{topic}') && n.includes('KeyError'))).toBe(true);
  });

  it('table: gates, ● for values from the files, common attributes listed once, notes on stderr', () => {
    const r = crewtel(['preview', CREW, '--share-crew', '--crewai-version', '0.114.0']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^CrewAI 0\.114\.0 \(--crewai-version\) · share_crew on · telemetry enabled/);
    expect(r.stdout).toMatch(/platform\s+share_crew\s+<platform>/);
    expect(r.stdout).toMatch(/crew_agents\s+default\s+● 2 objects/);
    expect(r.stdout).not.toContain('Crew Execution'); // never exported by 0.114.0
    expect(r.stderr).toMatch(/note: Crew Execution is not sent by 0\.114\.0/);
    const quiet = crewtel(['preview', CREW, '--quiet']);
    expect(quiet.stderr).toBe('');
    expect(crewtel(['preview', CREW]).stdout).toMatch(/every span also carries: coding_agent=<coding_agent>, runtime_context=<runtime_context>, ● project_id=3f2c9a1e/);
  });

  it('a path that does not exist exits 2', () => {
    const r = crewtel(['preview', 'fixtures/nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fixtures/nope: error: no such file or directory');
  });
});
