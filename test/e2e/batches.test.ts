// A large tree is assessed a batch of top-level folders at a time (src/model/units.ts,
// src/assess/batches.ts). CREWTEL_UNITS=1 forces the finest split (one folder a batch) on any
// size, =0 forces one whole run: both must print the same bytes and exit with the same code,
// on trees that exercise what depends on the whole tree (the release it is reported at,
// advisories, code switches, suppressions, diagnostics, crews of every kind) and on trees whose
// folders reach into each other (then the batched run falls back to a whole run).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JS generator shared with the benchmark
import { writeMonorepo, writeProjects } from '../../scripts/bench-trees.mjs';
import { BIN, cleanEnv, REPO } from '../helpers/cli.js';

let root: string;
let linked: string;

function put(file: string, text: string): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
}

const pin = (dir: string, version: string) => put(join(dir, 'pyproject.toml'), `[project]\nname = "x"\ndependencies = ["crewai==${version}"]\n`);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'crewtel-batches-'));
  writeProjects(join(root, 'a-projects'), 6, 3);
  writeMonorepo(join(root, 'b-mono'), 12);
  // folders pinning other releases than most: assessed again at the tree's release
  for (const [name, version] of [['c-old', '0.114.0'], ['d-new', '1.15.17'], ['e-older', '0.86.0']] as const) {
    const dir = join(root, name);
    pin(dir, version);
    put(join(dir, 'src', name, 'config', 'agents.yaml'), `lead:\n  role: Lead for {topic}\n  goal: Mail maria.garcia@example.com\n  backstory: Ana Souza, +1 415 555 0123\n`);
    put(join(dir, 'src', name, 'config', 'tasks.yaml'), `plan:\n  description: Plan with bob@example.org\n  expected_output: A plan\n  agent: lead\n`);
  }
  // a folder without a pin, a flow, a telemetry switch set in code, inline suppressions and a stale one
  const f = join(root, 'f-flow');
  put(join(f, 'main.py'), 'import os\nfrom crewai.flow.flow import Flow, start\nos.environ["CREWAI_DISABLE_TELEMETRY"] = "true"\n\nclass Pipeline(Flow):\n    @start()\n    def begin(self):\n        return "ok"\n');
  put(join(f, 'crew', 'config', 'agents.yaml'), 'writer:\n  role: Writer # crewtel-ignore pii/*\n  goal: Reply to ana.souza@example.com # crewtel-ignore pii/email -- test data\n  backstory: Calls +1 415 555 0123 # crewtel-ignore secret/*\n');
  put(join(f, 'crew', 'config', 'tasks.yaml'), 'reply:\n  description: Reply to maria.garcia@example.com\n  expected_output: A reply\n  agent: writer\n');
  // broken files, a script crew importing its own module, a JSON crew
  const g = join(root, 'g-script');
  put(join(g, 'agents_def.py'), 'from crewai import Agent\nresearcher = Agent(role="Researcher for John Smith", goal="g", backstory="b")\n');
  put(join(g, 'run.py'), 'from crewai import Crew, Task\nfrom agents_def import researcher\nt = Task(description="Mail john.smith@example.com", expected_output="x", agent=researcher)\nCrew(agents=[researcher], tasks=[t], share_crew=True).kickoff()\n');
  put(join(g, 'broken.py'), 'from crewai import Agent\ndef f(:\n  pass\n');
  put(join(g, 'config', 'agents.yaml'), 'a:\n  role: "unterminated\n');
  put(join(root, 'h-json', 'crew.json'), '{\n  // a JSON crew\n  "agents": [{ "role": "Analyst", "goal": "Mail john.smith@example.com", "backstory": "x" }],\n  "tasks": [{ "description": "Summarise", "expected_output": "A summary", }]\n}\n');
  mkdirSync(join(root, 'h-json', 'agents'), { recursive: true });
  // files directly in the PATH are a unit of their own
  put(join(root, 'tasks.yaml'), 'loose:\n  description: d\n  expected_output: e\n');

  // folders that reach into each other: a crew importing a module only another folder defines
  linked = mkdtempSync(join(tmpdir(), 'crewtel-batches-linked-'));
  put(join(linked, 'shared', 'people.py'), 'OWNER = "Maria Garcia"\n');
  put(join(linked, 'app', 'crew.py'), 'from crewai import Agent, Crew, Task\nfrom people import OWNER\nboss = Agent(role=f"Assistant to {OWNER}", goal="g", backstory="b")\nCrew(agents=[boss], tasks=[Task(description="d", expected_output="e", agent=boss)]).kickoff()\n');
  writeMonorepo(join(linked, 'zz-mono'), 3);
});

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function crewtel(args: string[], units: '0' | '1'): Promise<Result> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd: REPO, env: cleanEnv({ CREWTEL_NO_CACHE: '1', CREWTEL_UNITS: units }), maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      done({ code: err ? Number((err as { code?: number }).code ?? -1) : 0, stdout, stderr });
    });
  });
}

async function same(args: string[]): Promise<{ whole: Result; batched: Result }> {
  const [whole, batched] = await Promise.all([crewtel(args, '0'), crewtel(args, '1')]);
  expect(batched.stdout).toBe(whole.stdout);
  expect(batched.code).toBe(whole.code);
  return { whole, batched };
}

describe('assessing a large tree in batches', () => {
  for (const args of [
    ['--format', 'json', '--fail-on', 'never'],
    ['--format', 'sarif'],
    ['--format', 'table', '--verbose', '--show-values'],
    ['--format', 'json', '--share-crew', '--crewai-version', '0.114.0'],
  ]) {
    it(`audit ${args.join(' ')}: same output as one whole run`, async () => {
      const { whole, batched } = await same(['audit', ...args, root]);
      expect(whole.stdout.length).toBeGreaterThan(5000);
      expect(batched.stderr).not.toMatch(/crewtel: whole run/);
      // --verbose says how the tree was read; otherwise the messages are the same
      if (args.includes('--verbose')) expect(batched.stderr).toMatch(/^crewtel: assessed in \d+ batches of top-level folders/m);
      expect(batched.stderr.replace(/^crewtel: assessed in .*\n/m, '')).toBe(whole.stderr);
    });
  }

  it('the tree is reported at the release most crews pin, with every pin noted, and batches at other pins agree', async () => {
    const { batched } = await same(['audit', '--format', 'json', '--fail-on', 'never', root]);
    const report = JSON.parse(batched.stdout);
    const versions = new Set(report.crews.map((c: { crewaiVersion: string }) => c.crewaiVersion));
    expect(versions.size).toBeGreaterThan(2);
    expect(report.notes.join(' ')).toMatch(/different CrewAI releases/);
    expect(report.summary.suppressed).toBeGreaterThan(0);
    expect(report.errors.length).toBeGreaterThan(0);
    // one advisory lists every crew of every batch
    const everyCrew = report.findings.find((f: { ruleId: string; crews: string[] }) => f.ruleId.startsWith('advisory/') && f.crews.length === report.crews.length);
    expect(everyCrew).toBeTruthy();
  });

  it('folders that import from each other are assessed as one whole run', async () => {
    const { batched } = await same(['audit', '--format', 'json', '--fail-on', 'never', linked]);
    expect(batched.stderr).toMatch(/whole run: .*crew\.py imports people, defined outside its batch/);
    const report = JSON.parse(batched.stdout);
    // the role built from the other folder's constant is followed there, and found where the name is written
    expect(report.findings.some((f: { file: string; field: string }) => /shared\/people\.py$/.test(f.file) && f.field === 'agents.boss.role')).toBe(true);
  });

  const corpus = join(REPO, '../shared/corpus');
  it.skipIf(!existsSync(corpus))('the real corpus: same output batched and whole', async () => {
    for (const part of ['real', 'real2']) {
      const dir = join(corpus, part);
      if (!existsSync(dir)) continue;
      await same(['audit', '--format', 'json', '--fail-on', 'never', dir]);
    }
  }, 120_000);
});
