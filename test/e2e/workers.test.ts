// The parse pool (src/load/parallel): a monorepo audited with worker threads gives the
// same bytes, exit code and messages as without them, including broken files, a BOM,
// duplicate keys, JSON crews and Python with syntax errors.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JS generator shared with the benchmark
import { writeMonorepo, writeProjects } from '../../scripts/bench-trees.mjs';
import { MIN_JOBS_FOR_WORKERS } from '../../src/load/parallel/size.js';
import { BIN, cleanEnv, REPO } from '../helpers/cli.js';

let root: string;

function put(file: string, text: string): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'crewtel-workers-'));
  // 20 × 7 + 140 × 2 files to parse: above the size at which workers start by themselves
  writeProjects(join(root, 'projects'), 20, 7);
  writeMonorepo(join(root, 'mono'), 140);
  const odd = join(root, 'odd', 'src', 'odd');
  put(join(odd, 'config', 'agents.yaml'), '\ufeffwriter:\n  role: Writer for Ana Souza\n  goal: "Reply to ana.souza@example.com"\n  goal: "duplicate key: the last one wins"\n  backstory: >\n    Calls +1 415 555 0123 when stuck.\n');
  put(join(odd, 'config', 'tasks.yaml'), 'write:\n  description: "unterminated\n  agent: writer\n');
  put(join(odd, 'crew.py'), 'from crewai import Agent, Crew, Task\nfrom crewai.project import CrewBase, agent, crew\n\n@CrewBase\nclass Odd:\n    @agent\n    def writer(self) -> Agent:\n        return Agent(config=self.agents_config["writer"], backstory=f"Escalate to {name} or Maria Garcia")\n\n    def broken(self:\n        pass\n');
  put(join(odd, 'notes.py'), 'print("no crew here, Maria Garcia")\n');
  put(join(root, 'json-crew', 'crew.json'), '{\n  // a JSON crew\n  "agents": [{ "role": "Analyst", "goal": "Mail john.smith@example.com", "backstory": "x" }],\n  "tasks": [{ "description": "Summarise", "expected_output": "A summary", }]\n}\n');
  mkdirSync(join(root, 'json-crew', 'agents'), { recursive: true });
});

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

// asynchronous, so that the test runner stays responsive while both runs go side by side
function crewtel(args: string[], env: Record<string, string>): Promise<Result> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd: REPO, env: cleanEnv({ CREWTEL_NO_CACHE: '1', ...env }), maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      done({ code: err ? Number((err as { code?: number }).code ?? -1) : 0, stdout, stderr });
    });
  });
}
const run = (args: string[], workers?: string) => crewtel(args, workers === undefined ? {} : { CREWTEL_WORKERS: workers });

describe('parse pool', () => {
  for (const args of [
    ['audit', '--format', 'json', '--fail-on', 'never'],
    ['audit', '--format', 'sarif'],
    ['audit', '--format', 'table', '--verbose', '--show-values'],
    ['preview', '--format', 'json', '--share-crew'],
  ]) {
    it(`${args.join(' ')}: same output with and without workers`, async () => {
      const [single, pooled] = await Promise.all([run([...args, root], '0'), run([...args, root], '2')]);
      expect(single.stdout.length).toBeGreaterThan(1000);
      expect(pooled.code).toBe(single.code);
      expect(pooled.stdout).toBe(single.stdout);
      // --verbose says how the work was shared: the only line allowed to differ
      const strip = (s: string) => s.replace(/^crewtel: parsed ahead on .*\n/m, '');
      expect(strip(pooled.stderr)).toBe(strip(single.stderr));
    });
  }

  it('workers really parse: --verbose counts their files, and errors still carry file:line:col', async () => {
    const [pooled, single] = await Promise.all([run(['audit', '--format', 'json', '--verbose', root], '2'), run(['audit', '--format', 'json', '--verbose', root], '0')]);
    const m = /parsed ahead on 2 worker thread\(s\) and the main thread: (\d+) \+ (\d+) file\(s\)/.exec(pooled.stderr);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(0);
    expect(pooled.code).toBe(2);
    const report = JSON.parse(pooled.stdout);
    expect(report.errors.some((e: { file: string; line: number }) => e.file.endsWith('odd/src/odd/config/tasks.yaml') && e.line > 0)).toBe(true);
    expect(report.errors.some((e: { file: string }) => e.file.endsWith('odd/src/odd/crew.py'))).toBe(true);
    expect(single.stderr).not.toMatch(/parsed ahead/);
  });

  it.runIf(availableParallelism() >= 3)('a large tree gets workers without being asked (three or more cores)', async () => {
    expect(20 * 7 + 140 * 2).toBeGreaterThanOrEqual(MIN_JOBS_FOR_WORKERS);
    const auto = await run(['audit', '--format', 'json', '--verbose', '--fail-on', 'never', root]);
    expect(auto.stderr).toMatch(/parsed ahead on \d+ worker thread/);
  });

  it.runIf(availableParallelism() < 3)('on one or two cores a large tree runs on one thread unless CREWTEL_WORKERS asks (one worker never paid there)', async () => {
    expect(20 * 7 + 140 * 2).toBeGreaterThanOrEqual(MIN_JOBS_FOR_WORKERS);
    const auto = await run(['audit', '--format', 'json', '--verbose', '--fail-on', 'never', root]);
    expect(auto.stderr).not.toMatch(/parsed ahead/);
  });
});
