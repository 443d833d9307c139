// The pre-commit hooks work the way pre-commit installs them: it clones this repository
// at `rev`, runs `npm install` and `npm pack` there (prepack builds dist/, which git does
// not hold) and installs the tarball. A scratch git repository holding a crew then gets
// exit 1 with findings and exit 0 without. Skipped when pre-commit is not installed
// (.ci/run installs Debian's package).
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, FIXTURES, REPO } from '../helpers/cli.js';

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const GIT_ENV = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...cleanEnv(), ...GIT_ENV } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** This repository as it is on disk (uncommitted work included), as a commit in a clone pre-commit can fetch. */
function snapshot(work: string): { repo: string; rev: string } {
  const repo = join(work, 'crewtel');
  git(work, 'clone', '--quiet', '--no-hardlinks', REPO, repo);
  git(repo, 'rm', '-rq', '--ignore-unmatch', '.');
  for (const f of git(REPO, 'ls-files', '-co', '--exclude-standard', '-z').split('\0').filter(Boolean)) {
    try {
      mkdirSync(dirname(join(repo, f)), { recursive: true });
      copyFileSync(join(REPO, f), join(repo, f));
    } catch {
      // deleted in the work tree
    }
  }
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--allow-empty', '-m', 'snapshot');
  return { repo, rev: git(repo, 'rev-parse', 'HEAD') };
}

function preCommit(cwd: string, home: string): Promise<{ code: number; out: string }> {
  return new Promise((done) => {
    execFile(
      'pre-commit',
      ['run', '--all-files', '--color', 'never'],
      { cwd, env: cleanEnv({ PRE_COMMIT_HOME: home, npm_config_prefer_offline: 'true', ...GIT_ENV }), maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => done({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out: stdout + stderr }),
    );
  });
}

const CLEAN_AGENTS = 'researcher:\n  role: Senior Data Researcher\n  goal: Find recent work on {topic}\n  backstory: A careful analyst.\n';
const CLEAN_TASKS = 'research_task:\n  description: Summarise recent work on {topic}.\n  expected_output: Ten bullet points.\n  agent: researcher\n';

describe.skipIf(!hasPreCommit)('pre-commit hook crewtel-audit', () => {
  it('installs from this repository and exits 1 with findings, 0 without', async () => {
    const work = mkdtempSync(join(tmpdir(), 'crewtel-pc-'));
    const { repo, rev } = snapshot(work);
    const project = join(work, 'project');
    cpSync(join(FIXTURES, 'example-crew'), project, { recursive: true });
    git(project, 'init', '-q');
    writeFileSync(join(project, '.pre-commit-config.yaml'), `repos:\n  - repo: ${repo}\n    rev: ${rev}\n    hooks:\n      - id: crewtel-audit\n`);
    git(project, 'add', '-A');
    git(project, 'commit', '-q', '-m', 'crew');
    const home = join(work, 'pre-commit-home');

    const failing = await preCommit(project, home);
    expect(failing.code, failing.out).toBe(1);
    expect(failing.out).toMatch(/pii\/email/);
    expect(failing.out).toMatch(/FAIL {2}\d+ findings at or above high/);
    expect(failing.out).not.toMatch(/internal error|Error: Cannot find module/);

    // the same repository without personal data: the hook passes
    rmSync(join(project, 'src'), { recursive: true });
    rmSync(join(project, '.env'), { force: true });
    mkdirSync(join(project, 'config'));
    writeFileSync(join(project, 'config/agents.yaml'), CLEAN_AGENTS);
    writeFileSync(join(project, 'config/tasks.yaml'), CLEAN_TASKS);
    git(project, 'add', '-A');
    const passing = await preCommit(project, home);
    expect(passing.code, passing.out).toBe(0);
    expect(passing.out).toMatch(/crewtel audit.*Passed/);
  }, 900_000);
});
