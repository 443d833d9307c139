#!/usr/bin/env node
// Speed benchmark: startup on a small project, and throughput on generated monorepos
// of 100 / 1000 / 3000 crews (does time scale linearly?). Prints a Markdown table
// for BENCHMARKS.md. Usage: npm run build && npm run bench [-- --runs 5]

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(repo, 'bin/crewtel');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const sizes = [100, 1000, 3000];

function time(args, cwd = repo, extraEnv = {}) {
  const samples = [];
  // one untimed run first, so that the per-user code cache exists (as on a developer's machine)
  spawnSync(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...extraEnv }, maxBuffer: 1 << 28 });
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...extraEnv }, maxBuffer: 1 << 28 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status === null || r.status > 2) throw new Error(`crewtel ${args.join(' ')} failed: ${r.stderr}`);
    samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], min: samples[0] };
}

const ROLES = ['Senior Data Researcher', 'Reporting Analyst', 'Grace Period Policy Analyst', 'Customer Support Lead', 'Travel Planner'];

function writeMonorepo(root, crews) {
  for (let i = 0; i < crews; i++) {
    const dir = join(root, `crew_${i}`, 'src', `crew_${i}`, 'config');
    mkdirSync(dir, { recursive: true });
    const role = ROLES[i % ROLES.length];
    writeFileSync(
      join(dir, 'agents.yaml'),
      `researcher:\n  role: >\n    ${role} for {topic}\n  goal: >\n    Uncover developments in {topic}; write to ops${i}@example.com when done.\n  backstory: >\n    A seasoned ${role.toLowerCase()} known for finding the most relevant\n    information and presenting it clearly. Reviewed by Maria Garcia.\n\nreporting_analyst:\n  role: "Reporting Analyst"\n  goal: "Create detailed reports based on {topic} data analysis"\n  backstory: "A meticulous analyst with a keen eye for detail."\n`,
    );
    writeFileSync(
      join(dir, 'tasks.yaml'),
      `research_task:\n  description: >\n    Conduct thorough research about {topic}. Order ORD-2024-${100000 + i} shipped 2024-03-18.\n  expected_output: >\n    A list with 10 bullet points of the most relevant information about {topic}.\n  agent: researcher\n\nreporting_task:\n  description: >\n    Review the context and expand each topic into a full section for a report.\n  expected_output: >\n    A fully fledged report formatted as markdown without code fences.\n  agent: reporting_analyst\n  context:\n    - research_task\n`,
    );
    writeFileSync(join(root, `crew_${i}`, 'pyproject.toml'), `[project]\nname = "crew_${i}"\ndependencies = ["crewai[tools]>=0.186.0,<2.0.0"]\n`);
  }
}

const rows = [];
const small = join(repo, 'fixtures/example-crew');
const startup = time(['audit', small, '--format', 'json', '--fail-on', 'never']);
rows.push(['audit, bundled example (1 crew, startup)', 1, startup.median, startup.min]);
const cold = time(['audit', small, '--format', 'json', '--fail-on', 'never'], repo, { CREWTEL_NO_CACHE: '1' });
rows.push(['audit, bundled example, no code cache (first run / CI)', 1, cold.median, cold.min]);
const yamlOnly = time(['audit', join(repo, 'fixtures/model-layouts/split'), '--format', 'json', '--fail-on', 'never']);
rows.push(['audit, YAML-only crew (no Python)', 2, yamlOnly.median, yamlOnly.min]);
const prev = time(['preview', small, '--format', 'json']);
rows.push(['preview, bundled example (1 crew)', 1, prev.median, prev.min]);
const version = time(['--version']);
rows.push(['--version (node + CLI startup)', 0, version.median, version.min]);

const tmp = mkdtempSync(join(tmpdir(), 'crewtel-bench-'));
try {
  for (const n of sizes) {
    const root = join(tmp, `mono-${n}`);
    writeMonorepo(root, n);
    const a = time(['audit', root, '--format', 'json', '--fail-on', 'never']);
    rows.push([`audit, monorepo`, n, a.median, a.min]);
    const p = time(['preview', root, '--format', 'json']);
    rows.push([`preview, monorepo`, n, p.median, p.min]);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const node = process.version;
const cpu = cpus()[0]?.model ?? 'unknown cpu';
let commit = '';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
} catch {}
console.log(`crewtel bench · ${new Date().toISOString().slice(0, 10)} · commit ${commit} · node ${node} · ${cpus().length} × ${cpu} · ${runs} runs each\n`);
console.log('| case | crews | median ms | min ms | ms per crew |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, n, med, min] of rows) {
  console.log(`| ${name} | ${n} | ${med.toFixed(0)} | ${min.toFixed(0)} | ${n > 1 ? (med / n).toFixed(2) : ''} |`);
}
