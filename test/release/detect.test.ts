import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectRelease } from '../../src/release/detect.js';
import { compareVersions, parseSpecifier } from '../../src/release/version.js';
import { crewtelJson } from '../helpers/cli.js';

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'crewtel-rel-'));
  mkdirSync(join(d, '.git'));
  for (const [rel, text] of Object.entries(files)) writeFileSync(join(d, rel), text);
  return d;
}

describe('PEP 440', () => {
  it('orders pre, final and post releases', () => {
    expect(compareVersions('1.14.3a1', '1.14.3')).toBe(-1);
    expect(compareVersions('0.28.5.post1', '0.28.5')).toBe(1);
    expect(compareVersions('0.100.0', '0.99.9')).toBe(1);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
  });
  it('specifiers', () => {
    expect(parseSpecifier('>=0.76.9,<1.0.0')!.matches('0.102.0')).toBe(true);
    expect(parseSpecifier('>=0.76.9,<1.0.0')!.matches('1.0.0')).toBe(false);
    expect(parseSpecifier('~=0.114')!.matches('0.203.1')).toBe(true);
    expect(parseSpecifier('~=0.114.0')!.matches('0.115.0')).toBe(false);
    expect(parseSpecifier('^0.28')!.matches('0.28.8')).toBe(true);
    expect(parseSpecifier('^0.28')!.matches('0.30.0')).toBe(false);
    expect(parseSpecifier('==0.1.*')!.matches('0.1.14')).toBe(true);
    expect(parseSpecifier('==0.28.8')!.exact).toBe('0.28.8');
  });
});

describe('detectRelease', () => {
  it('uv.lock wins, with the location of its version', () => {
    const d = dir({
      'pyproject.toml': '[project]\ndependencies = ["crewai[tools]>=0.108.0,<1.0.0"]\n',
      'uv.lock': 'version = 1\n\n[[package]]\nname = "crewai"\nversion = "0.114.0"\n',
    });
    const r = detectRelease([d], { cwd: d });
    expect(r).toMatchObject({ version: '0.114.0', source: 'uv.lock', location: { file: 'uv.lock', start: { line: 5, column: 12 } } });
    expect(r.notes).toEqual([]);
  });

  it('says so when the lock and pyproject disagree, and uses the lock', () => {
    const d = dir({
      'pyproject.toml': '[project]\ndependencies = ["crewai[tools]>=1.0.0"]\n',
      'poetry.lock': '[[package]]\nname = "crewai"\nversion = "0.51.1"\n',
    });
    const r = detectRelease([d], { cwd: d });
    expect(r).toMatchObject({ version: '0.51.1', source: 'poetry.lock' });
    expect(r.notes[0]).toMatch(/does not allow; using the lock/);
  });

  it('an exact requirements pin', () => {
    const d = dir({ 'requirements.txt': '# deps\ncrewai-tools==0.8.3\ncrewai==0.28.8\n' });
    expect(detectRelease([d], { cwd: d })).toMatchObject({ version: '0.28.8', source: 'requirements.txt', location: { start: { line: 3 } } });
  });

  it('a range models the newest known release inside it, and says why', () => {
    const d = dir({ 'pyproject.toml': '[tool.poetry.dependencies]\npython = ">=3.10"\ncrewai = {extras = ["tools"], version = "^0.30"}\n' });
    const r = detectRelease([d], { cwd: d });
    expect(r.version).toBe('0.30.11');
    expect(r.notes[0]).toMatch(/newest release crewtel knows in that range/);
  });

  it('nothing found: the newest release, with a note', () => {
    const r = detectRelease([dir({})], {});
    expect(r).toMatchObject({ version: '1.15.17', source: 'default' });
    expect(r.notes[0]).toMatch(/no CrewAI version found/);
  });
});

describe('audit reports release advisories and late switches', () => {
  it('an advisory points at the pin; a switch after import on 0.114.0 is reported with its line', () => {
    const d = dir({
      'uv.lock': '[[package]]\nname = "crewai"\nversion = "0.114.0"\n',
    });
    mkdirSync(join(d, 'src/demo/config'), { recursive: true });
    writeFileSync(join(d, 'src/demo/config/agents.yaml'), 'a:\n  role: Analyst\n  goal: g\n  backstory: b\n');
    writeFileSync(join(d, 'src/demo/config/tasks.yaml'), 't:\n  description: d\n  expected_output: e\n  agent: a\n');
    writeFileSync(join(d, 'src/demo/main.py'), 'import os\nimport crewai\nos.environ["CREWAI_DISABLE_TELEMETRY"] = "true"\n');
    const { json, code } = crewtelJson<{ findings: { ruleId: string; file: string; line: number; severity: string }[] }>(['audit', '.'], { cwd: d });
    expect(json.findings.find((f) => f.ruleId === 'advisory/global-tracer-provider')).toMatchObject({ file: 'uv.lock', line: 3, severity: 'high' });
    expect(json.findings.find((f) => f.ruleId === 'config/switch-after-import')).toMatchObject({ file: 'src/demo/main.py', line: 3, severity: 'high' });
    expect(code).toBe(1);
  });
});
