// crewtel's config: found walking up from PATH (stopping at .git), .crewtel.yaml or
// [tool.crewtel] in pyproject.toml with the same keys, and every mistake reported at
// its file:line:col with what would be right.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFile, loadConfig } from '../../src/config/load.js';
import { locateToml } from '../../src/config/tomlLocate.js';
import { formatDiagnostic } from '../../src/core/diagnostics.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'crewtel-config-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Loads `.crewtel.yaml` (or the file given) in a fresh folder; messages as the CLI prints them. */
function messages(name: string, text: string): string[] {
  const root = tree({ [name]: text });
  return loadConfig(name, root, root).diagnostics.map(formatDiagnostic);
}

describe('finding the config', () => {
  it('walks up from PATH to the nearest .crewtel.yaml or pyproject.toml with [tool.crewtel]', () => {
    const root = tree({
      '.git/HEAD': '',
      '.crewtel.yaml': 'fail-on: low\n',
      'svc/pyproject.toml': '[project]\nname = "svc"\n', // no [tool.crewtel]: keep walking
      'svc/src/crew/config/agents.yaml': '',
    });
    expect(findConfigFile(join(root, 'svc/src/crew/config/agents.yaml'))?.file).toBe(join(root, '.crewtel.yaml'));
    writeFileSync(join(root, 'svc/pyproject.toml'), '[project]\nname = "svc"\n\n[tool.crewtel.allowlist]\npaths = ["x"]\n');
    expect(findConfigFile(join(root, 'svc/src/crew'))?.file).toBe(join(root, 'svc/pyproject.toml'));
  });

  it('stops at the repository root (a .git folder)', () => {
    const root = tree({ '.crewtel.yaml': 'fail-on: low\n', 'repo/.git/HEAD': '', 'repo/src/agents.yaml': '' });
    expect(findConfigFile(join(root, 'repo/src'))).toBeUndefined();
  });

  it('in one folder .crewtel.yaml wins over [tool.crewtel], with a warning at the ignored table', () => {
    const root = tree({ '.git/HEAD': '', '.crewtel.yaml': 'fail-on: low\n', 'pyproject.toml': '[project]\nname = "x"\n[tool.crewtel]\nfail-on = "never"\n' });
    const cfg = loadConfig(undefined, root, root);
    expect(cfg.file).toBe('.crewtel.yaml');
    expect(cfg.config['fail-on']).toBe('low');
    expect(cfg.diagnostics.map(formatDiagnostic)).toEqual(['pyproject.toml:3:1: warning: [tool.crewtel] is ignored: .crewtel.yaml in the same folder takes precedence']);
  });

  it('reads the same keys from YAML and TOML', () => {
    const yaml = 'fail-on: medium\ncrewai-version: "1.14.2"\ndisable: [pii/phone]\nseverity: { pii/email: low }\nallowlist:\n  values: [a@b.example]\n  regexes: ["^noreply@"]\n  paths: ["examples/**"]\n';
    const toml = '[tool.crewtel]\nfail-on = "medium"\ncrewai-version = "1.14.2"\ndisable = ["pii/phone"]\nseverity = { "pii/email" = "low" }\n\n[tool.crewtel.allowlist]\nvalues = ["a@b.example"]\nregexes = ["^noreply@"]\npaths = ["examples/**"]\n';
    const a = loadConfig('.crewtel.yaml', tree({ '.crewtel.yaml': yaml }), tree({ '.crewtel.yaml': yaml }));
    const rootT = tree({ 'pyproject.toml': toml });
    const b = loadConfig(undefined, rootT, rootT);
    expect(a.diagnostics).toEqual([]);
    expect(b.diagnostics).toEqual([]);
    expect(b.config).toEqual(a.config);
    expect(a.config).toEqual({
      'fail-on': 'medium',
      'crewai-version': '1.14.2',
      disable: ['pii/phone'],
      severity: { 'pii/email': 'low' },
      allowlist: { values: ['a@b.example'], regexes: ['^noreply@'], paths: ['examples/**'] },
    });
  });

  it('no config file: no settings, no diagnostics; an empty .crewtel.yaml is no settings too', () => {
    const root = tree({ '.git/HEAD': '' });
    expect(loadConfig(undefined, root, root)).toEqual({ config: {}, diagnostics: [] });
    expect(messages('.crewtel.yaml', '')).toEqual([]);
  });
});

describe('invalid config: file:line:col and what is wrong', () => {
  it('YAML: wrong values, unknown keys (at the key), wrong types, bad regexes and versions', () => {
    expect(messages('.crewtel.yaml', 'fail-on: sometimes\n')).toEqual(['.crewtel.yaml:1:10: error: invalid crewtel config: fail-on: must be one of high, medium, low, never']);
    expect(messages('.crewtel.yaml', 'disable: [pii/phone]\nfailon: high\n')).toEqual([
      '.crewtel.yaml:2:1: error: invalid crewtel config: unknown key "failon" (expected one of fail-on, fail-on-unresolved, crewai-version, disable, severity, fail-on-advisories, accept-advisories, allowlist)',
    ]);
    expect(messages('.crewtel.yaml', 'allowlist:\n  value: [x]\n')).toEqual([
      '.crewtel.yaml:2:3: error: invalid crewtel config: allowlist: unknown key "value" (expected one of values, regexes, paths)',
    ]);
    expect(messages('.crewtel.yaml', 'disable: pii/phone\n')).toEqual(['.crewtel.yaml:1:10: error: invalid crewtel config: disable: must be a list']);
    expect(messages('.crewtel.yaml', 'severity:\n  pii/email: critical\n')).toEqual(['.crewtel.yaml:2:14: error: invalid crewtel config: severity.pii/email: must be one of high, medium, low']);
    expect(messages('.crewtel.yaml', 'allowlist:\n  regexes:\n    - "^ok"\n    - "(unclosed"\n')).toEqual([
      '.crewtel.yaml:4:7: error: invalid crewtel config: allowlist.regexes[1]: not a valid regular expression',
    ]);
    expect(messages('.crewtel.yaml', 'crewai-version: 1.15\n')).toEqual(['.crewtel.yaml:1:17: error: invalid crewtel config: crewai-version: must be a quoted version string, e.g. "1.15.17"']);
    expect(messages('.crewtel.yaml', 'crewai-version: latest\n')).toEqual(['.crewtel.yaml:1:17: error: invalid crewtel config: crewai-version: not a version (expected X.Y.Z, e.g. "1.15.17")']);
    expect(messages('.crewtel.yaml', '- fail-on\n')).toEqual([
      '.crewtel.yaml:1:1: error: invalid crewtel config: expected a mapping of settings (fail-on, disable, severity, allowlist, crewai-version)',
    ]);
  });

  it('YAML syntax errors come from the project YAML loader, with their position', () => {
    expect(messages('.crewtel.yaml', 'fail-on: [\n')[0]).toMatch(/^\.crewtel\.yaml:\d+:\d+: error: YAML syntax error: /);
  });

  it('several problems: all of them, in file order', () => {
    const m = messages('.crewtel.yaml', 'zzz: 1\nfail-on: x\ndisable: 3\n');
    expect(m.map((s) => s.split(': error')[0])).toEqual(['.crewtel.yaml:1:1', '.crewtel.yaml:2:10', '.crewtel.yaml:3:10']);
  });

  it('TOML: [tool.crewtel] in pyproject.toml, at the key or value (also in sub-tables and inline tables)', () => {
    expect(messages('pyproject.toml', '[project]\nname = "x"\n\n[tool.crewtel]\nfail-on = 3\n')).toEqual([
      'pyproject.toml:5:11: error: invalid [tool.crewtel]: fail-on: must be one of high, medium, low, never',
    ]);
    expect(messages('pyproject.toml', '[tool.crewtel]\nfail-on = "never"\nbogus = 1\n')).toEqual([
      'pyproject.toml:3:1: error: invalid [tool.crewtel]: unknown key "bogus" (expected one of fail-on, fail-on-unresolved, crewai-version, disable, severity, fail-on-advisories, accept-advisories, allowlist)',
    ]);
    expect(messages('pyproject.toml', '[tool.crewtel]\nallowlist = { values = ["a"], regexes = ["ok", "(bad"] }\n')).toEqual([
      'pyproject.toml:2:48: error: invalid [tool.crewtel]: allowlist.regexes[1]: not a valid regular expression',
    ]);
    expect(messages('pyproject.toml', '[tool.crewtel.allowlist]\nregexes = [\n  "ok",\n  "(bad",\n]\n')).toEqual([
      'pyproject.toml:4:3: error: invalid [tool.crewtel]: allowlist.regexes[1]: not a valid regular expression',
    ]);
    expect(messages('pyproject.toml', '[tool.crewtel.severity]\n"pii/email" = "mid"\n')).toEqual([
      'pyproject.toml:2:15: error: invalid [tool.crewtel]: severity.pii/email: must be one of high, medium, low',
    ]);
  });

  it('TOML syntax errors, and a pyproject.toml given with --config that has no [tool.crewtel]', () => {
    expect(messages('pyproject.toml', '[tool.crewtel]\nfail-on = \n')[0]).toMatch(/^pyproject\.toml:2:\d+: error: TOML syntax error/);
    expect(messages('pyproject.toml', '[project]\nname = "x"\n')).toEqual(['pyproject.toml:1:1: error: no [tool.crewtel] table in this file']);
  });

  it('a standalone TOML file given with --config holds the keys at the top level', () => {
    const root = tree({ 'ci/crewtel.toml': 'fail-on = "never"\n' });
    expect(loadConfig('ci/crewtel.toml', root, root)).toMatchObject({ config: { 'fail-on': 'never' }, diagnostics: [] });
    expect(messages('crewtel.toml', 'fail-on = "x"\n')).toEqual(['crewtel.toml:1:11: error: invalid crewtel config: fail-on: must be one of high, medium, low, never']);
  });

  it('--config naming a missing file is an error without a position', () => {
    const root = tree({});
    expect(loadConfig('nope.yaml', root, root).diagnostics.map(formatDiagnostic)).toEqual(['nope.yaml: error: cannot read config file (no such file)']);
  });
});

describe('locate (for warnings about valid settings)', () => {
  it('YAML and TOML point at a list item or a mapping key', () => {
    const root = tree({ '.crewtel.yaml': 'disable:\n  - pii/phone\n  - pii/emial\nseverity:\n  pii/phon: low\n' });
    const y = loadConfig('.crewtel.yaml', root, root);
    expect(y.locate?.(['disable', 1])).toEqual({ line: 3, column: 5 });
    expect(y.locate?.(['severity'], 'pii/phon')).toEqual({ line: 5, column: 3 });
    const toml = '[tool.crewtel]\ndisable = ["pii/phone", "pii/emial"]\n[tool.crewtel.severity]\n"pii/phon" = "low"\n';
    expect(locateToml(toml, ['tool', 'crewtel'], ['disable', 1])).toEqual({ line: 2, column: 25 });
    expect(locateToml(toml, ['tool', 'crewtel'], ['severity'], 'pii/phon')).toEqual({ line: 4, column: 1 });
    // a key that is not there: the nearest enclosing table
    expect(locateToml(toml, ['tool', 'crewtel'], ['allowlist', 'values'])).toEqual({ line: 1, column: 1 });
  });
});
