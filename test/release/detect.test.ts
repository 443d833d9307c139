// Which CrewAI release a project pins: lock files, requirements, pyproject (PEP 508 and
// Poetry), their precedence, the notes that explain a choice, and where the pin is written.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectRelease } from '../../src/release/detect.js';
import { parseRequirement } from '../../src/release/requirement.js';
import { parseSpecifier } from '../../src/release/version.js';
import { CORPUS, crewtelJson, FIXTURES, hasCorpus, REPO } from '../helpers/cli.js';

/** A throwaway project; `.git` marks its root so the search does not climb into /tmp. */
function project(files: Record<string, string>, git = true): string {
  const d = mkdtempSync(join(tmpdir(), 'crewtel-rel-'));
  if (git) mkdirSync(join(d, '.git'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(d, rel)), { recursive: true });
    writeFileSync(join(d, rel), text);
  }
  return d;
}

const UV_LOCK = (v: string) => `version = 1\nrequires-python = ">=3.10"\n\n[[package]]\nname = "crewai-tools"\nversion = "0.40.1"\n\n[[package]]\nname = "crewai"\nversion = "${v}"\nsource = { registry = "https://pypi.org/simple" }\n`;
const where = (r: ReturnType<typeof detectRelease>) => r.location && `${r.location.file}:${r.location.start.line}:${r.location.start.column}`;

describe('lock files', () => {
  it('uv.lock: the crewai entry (not crewai-tools), located at its version text', () => {
    const d = project({ 'pyproject.toml': '[project]\ndependencies = ["crewai[tools]>=0.108.0,<1.0.0"]\n', 'uv.lock': UV_LOCK('0.114.0') });
    const r = detectRelease([d], { cwd: d });
    expect(r).toMatchObject({ version: '0.114.0', source: 'uv.lock', exact: true, declared: 'crewai[tools]>=0.108.0,<1.0.0' });
    expect(where(r)).toBe('uv.lock:10:12');
    expect(r.notes).toEqual([]);
  });

  it('poetry.lock works the same way', () => {
    const d = project({ 'poetry.lock': '[[package]]\nname = "crewai"\nversion = "0.51.1"\ndescription = ""\n', 'pyproject.toml': '[tool.poetry.dependencies]\ncrewai = "^0.51.1"\n' });
    const r = detectRelease([d], { cwd: d });
    expect(r).toMatchObject({ version: '0.51.1', source: 'poetry.lock' });
    expect(where(r)).toBe('poetry.lock:3:12');
  });

  it('uses the lock when it disagrees with pyproject, and says so', () => {
    const d = project({ 'pyproject.toml': '[project]\ndependencies = ["crewai==0.148.0"]\n', 'uv.lock': UV_LOCK('0.102.0') });
    const r = detectRelease([d], { cwd: d });
    expect(r).toMatchObject({ version: '0.102.0', source: 'uv.lock' });
    expect(r.notes.join('\n')).toMatch(/uv\.lock locks crewai 0\.102\.0, which pyproject\.toml \(crewai==0\.148\.0\) does not allow; modelling the lock/);
  });

  it('a uv workspace root lock covers a member project below it', () => {
    const d = project({
      'pyproject.toml': '[project]\nname = "ws"\n\n[tool.uv.workspace]\nmembers = ["crews/*"]\n',
      'uv.lock': UV_LOCK('1.9.3'),
      'crews/research/pyproject.toml': '[project]\ndependencies = ["crewai>=1.0"]\n',
    });
    expect(detectRelease([join(d, 'crews/research')], { cwd: d })).toMatchObject({ version: '1.9.3', source: 'uv.lock' });
  });

  it('a lock above a project that is not a workspace root is not this project\'s lock', () => {
    const d = project({ 'uv.lock': UV_LOCK('1.9.3'), 'pyproject.toml': '[project]\nname = "other"\n', 'crew/pyproject.toml': '[project]\ndependencies = ["crewai==0.130.0"]\n' });
    expect(detectRelease([join(d, 'crew')], { cwd: d })).toMatchObject({ version: '0.130.0', source: 'pyproject.toml' });
  });

  it('a broken lock file is an error at its line (the pyproject pin is still modelled)', () => {
    const d = project({ 'uv.lock': '[[package]\nname = ', 'pyproject.toml': '[project]\ndependencies = ["crewai==0.130.0"]\n' });
    const r = detectRelease([d], { cwd: d });
    expect(r.version).toBe('0.130.0');
    expect(r.diagnostics).toEqual([expect.objectContaining({ file: 'uv.lock', line: 1, severity: 'error', message: expect.stringMatching(/^not valid TOML/) })]);
    expect(r.diagnostics![0].message).not.toContain('name =');
  });

  it('a broken pyproject.toml is an error, not a silent default', () => {
    const d = project({ 'pyproject.toml': '[project]\ndependencies = ["crewai==0.130.0"\n' });
    const r = detectRelease([d], { cwd: d });
    expect(r.diagnostics).toEqual([expect.objectContaining({ file: 'pyproject.toml', severity: 'error' })]);
  });
});

describe('requirements files', () => {
  it('an exact pin, not crewai-tools, comments ignored, located at the specifier', () => {
    const d = project({ 'requirements.txt': '# deps\ncrewai-tools==0.8.3\n# crewai==0.1.0\ncrewai == 0.28.8  # pinned\n' });
    const r = detectRelease([d], { cwd: d });
    expect(r).toMatchObject({ version: '0.28.8', source: 'requirements.txt', exact: true });
    expect(where(r)).toBe('requirements.txt:4:8');
  });

  it('extras, markers, hashes and line continuations', () => {
    const d = project({ 'requirements.txt': 'crewai[tools]==0.130.0 ; python_version >= "3.10" \\\n    --hash=sha256:abc\n' });
    expect(detectRelease([d], { cwd: d })).toMatchObject({ version: '0.130.0' });
  });

  it('follows -r includes relative to the including file', () => {
    const d = project({ 'requirements-dev.txt': '-r reqs/base.txt\npytest\n', 'reqs/base.txt': 'crewai==0.140.0\n' });
    const r = detectRelease([d], { cwd: d });
    expect(r).toMatchObject({ version: '0.140.0', source: 'base.txt' });
    expect(r.location?.file).toBe('reqs/base.txt');
  });

  it('an exact requirements pin wins over a pyproject range', () => {
    const d = project({ 'requirements.txt': 'crewai==0.148.0\n', 'pyproject.toml': '[project]\ndependencies = ["crewai>=0.100"]\n' });
    expect(detectRelease([d], { cwd: d })).toMatchObject({ version: '0.148.0', source: 'requirements.txt' });
  });

  it('a pyproject specifier wins over a requirements range', () => {
    const d = project({ 'requirements.txt': 'crewai>=0.1\n', 'pyproject.toml': '[project]\ndependencies = ["crewai>=0.100,<0.110"]\n' });
    expect(detectRelease([d], { cwd: d })).toMatchObject({ version: '0.108.0', source: 'pyproject.toml' });
  });

  it('a direct URL cannot be versioned: says so and models the newest release', () => {
    const d = project({ 'requirements.txt': 'crewai @ git+https://github.com/crewAIInc/crewAI@main\n' });
    const r = detectRelease([d], { cwd: d });
    expect(r).toMatchObject({ version: '1.15.17', exact: false });
    expect(r.notes.join('\n')).toMatch(/installs crewai from git\+https/);
  });
});

describe('pyproject.toml', () => {
  it('a PEP 508 range with extras: the newest known release inside it, and why', () => {
    const d = project({ 'pyproject.toml': '[project]\nname = "x"\ndependencies = [\n    "crewai-tools>=0.1",\n    "crewai[tools]>=0.102.0,<1.0.0",\n]\n' });
    const r = detectRelease([d], { cwd: d });
    expect(r).toMatchObject({ version: '0.203.1', source: 'pyproject.toml', exact: false, declared: 'crewai[tools]>=0.102.0,<1.0.0' });
    expect(where(r)).toBe('pyproject.toml:5:19');
    expect(r.notes[0]).toBe(
      'pyproject.toml requires crewai[tools]>=0.102.0,<1.0.0: modelling 0.203.1, the newest release crewtel knows that satisfies it, because pip/uv resolve the newest allowed; commit a lock file or pin crewai==X.Y.Z for an exact answer',
    );
  });

  it('skips a commented-out copy of the dependency when locating it', () => {
    const d = project({ 'pyproject.toml': '[project]\n# "crewai>=1.9.3",\ndependencies = [\n  "crewai>=1.9.3",\n]\n' });
    expect(where(detectRelease([d], { cwd: d }))).toBe('pyproject.toml:4:10');
  });

  it('Poetry caret and table forms', () => {
    const caret = project({ 'pyproject.toml': '[tool.poetry.dependencies]\npython = ">=3.10"\ncrewai = "^0.28"\n' });
    expect(detectRelease([caret], { cwd: caret })).toMatchObject({ version: '0.28.8', declared: 'crewai = "^0.28"' });
    const tbl = project({ 'pyproject.toml': '[tool.poetry.dependencies]\npython = ">=3.10"\ncrewai = {extras = ["tools"], version = "^0.30"}\n' });
    const r = detectRelease([tbl], { cwd: tbl });
    expect(r.version).toBe('0.30.11');
    expect(where(r)).toBe('pyproject.toml:3:42');
  });

  it('an exact pin of a release crewtel does not list is modelled as given, with a note', () => {
    const d = project({ 'pyproject.toml': '[project]\ndependencies = ["crewai==0.121.1"]\n' });
    const r = detectRelease([d], { cwd: d });
    expect(r).toMatchObject({ version: '0.121.1', exact: true });
    expect(r.notes[0]).toMatch(/not in crewtel's list .*nearest below: 0\.121\.0/);
  });

  it('crewai-tools alone is not crewai', () => {
    const d = project({ 'pyproject.toml': '[project]\ndependencies = ["crewai-tools==0.40.1", "crewai_tools"]\n' });
    expect(detectRelease([d], { cwd: d })).toMatchObject({ source: 'default' });
  });
});

describe('search and defaults', () => {
  it('walks up from a crew folder to the project root', () => {
    const d = project({ 'uv.lock': UV_LOCK('1.6.1'), 'src/demo/config/agents.yaml': 'a: {}\n' });
    expect(detectRelease([join(d, 'src/demo/config')], { cwd: d })).toMatchObject({ version: '1.6.1', location: { file: 'uv.lock' } });
  });

  it('stops at the .git boundary', () => {
    const outer = project({ 'uv.lock': UV_LOCK('0.51.1') }, false);
    mkdirSync(join(outer, 'repo/.git'), { recursive: true });
    expect(detectRelease([join(outer, 'repo')], { cwd: outer })).toMatchObject({ source: 'default' });
  });

  it('nothing found: the newest release, with a note', () => {
    const r = detectRelease([project({})], {});
    expect(r).toMatchObject({ version: '1.15.17', source: 'default', exact: false });
    expect(r.notes[0]).toMatch(/^no CrewAI version found .*modelling the newest release the catalog knows \(1\.15\.17\)/);
  });

  it('--crewai-version wins, normalised; a bad value is an error', () => {
    const d = project({ 'uv.lock': UV_LOCK('0.114.0') });
    expect(detectRelease([d], { cwd: d, override: '0.79' })).toMatchObject({ version: '0.79.0', source: '--crewai-version', exact: true });
    expect(detectRelease([d], { cwd: d, override: '1.14.3a1' }).version).toBe('1.14.3a1');
    expect(detectRelease([d], { cwd: d, override: 'latest' }).error).toMatch(/"latest" is not a version/);
  });
});

describe.skipIf(!hasCorpus)('real projects (shared corpus)', () => {
  const repos = hasCorpus ? readdirSync(CORPUS).filter((n) => existsSync(join(CORPUS, n, 'VERSION.txt'))) : [];

  it('every locked crewai version satisfies the declared specifier as crewtel parses it, except a known stale lock', () => {
    const checked: string[] = [];
    const disagree: string[] = [];
    for (const repo of repos) {
      for (const line of readFileSync(join(CORPUS, repo, 'VERSION.txt'), 'utf8').split('\n')) {
        const [lockPath, pkg, locked] = line.split('\t');
        if (pkg !== 'crewai' || !locked || line.startsWith('#')) continue;
        const dir = join(CORPUS, repo, dirname(lockPath));
        const r = detectRelease([dir], { cwd: CORPUS });
        if (r.source === 'default' || !r.declared) continue;
        const poetry = /^crewai\s*=\s*"(.*)"$/.exec(r.declared);
        const spec = parseSpecifier(poetry ? poetry[1] : parseRequirement(r.declared)!.specifier)!;
        (spec.matches(locked) ? checked : disagree).push(`${repo}/${dirname(lockPath)} ${r.declared} ${locked}`);
      }
    }
    expect(checked.length).toBeGreaterThan(20);
    // Titanium-Labs pins crewai==0.148.0 in pyproject/requirements while its uv.lock still says 0.102.0
    expect(disagree).toEqual([expect.stringMatching(/^Titanium-Labs__crewai-gmail-automation\/\. crewai==0\.148\.0 0\.102\.0$/)]);
  });

  it('reads the real forms: Poetry caret, PEP 508 extras, exact pins, requirements', () => {
    const at = (p: string) => detectRelease([join(CORPUS, p)], { cwd: CORPUS });
    expect(at('neelcohere__crewai-tutorial')).toMatchObject({ version: '0.51.1', declared: 'crewai = "^0.51.1"' });
    expect(at('rg-brain-labs__instituto-crewai')).toMatchObject({ version: '0.102.0' });
    expect(at('Allevs01__Agentic-Social-Profiling/agentic_social_profiling')).toMatchObject({ version: '1.6.1', exact: true });
    expect(at('FlorinCP__MAS/emergency_solver')).toMatchObject({ version: '0.203.1', exact: false });
    expect(at('crewAIInc__crewAI-examples/crews/prep-for-a-meeting')).toMatchObject({ version: '0.130.0', source: 'requirements.txt' });
  });
});

describe('audit reports release advisories at the pin (fixtures/env-classic-0114)', () => {
  it('the global-provider advisory points at uv.lock; the switch after import at main.py', () => {
    const { json, code } = crewtelJson<{ findings: { ruleId: string; file: string; line: number; column: number; severity: string; message: string }[] }>(['audit', 'fixtures/env-classic-0114'], { cwd: REPO });
    expect(json.findings.find((f) => f.ruleId === 'advisory/global-tracer-provider')).toMatchObject({ file: 'fixtures/env-classic-0114/uv.lock', line: 6, column: 12, severity: 'high' });
    expect(json.findings.find((f) => f.ruleId === 'advisory/switch-not-read')).toMatchObject({ file: 'fixtures/env-classic-0114/uv.lock', line: 6 });
    const late = json.findings.find((f) => f.ruleId === 'config/switch-after-import');
    expect(late).toMatchObject({ file: 'fixtures/env-classic-0114/src/helpdesk/main.py', line: 6, severity: 'high' });
    expect(late!.message).toMatch(/reads the switch once, when telemetry starts at `import crewai`/);
    expect(code).toBe(1);
    expect(existsSync(join(FIXTURES, 'env-classic-0114/uv.lock'))).toBe(true);
  });
});
