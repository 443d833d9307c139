#!/usr/bin/env node
// Speed benchmark: crewtel beside its floor on the same tree. The floor is
// scripts/bench-floor.mjs (crewtel's discovery + reading + parsing with the same libraries,
// nothing else, one process), bundled like the CLI; for one crew the floor is also Node's
// own start (`node -e 0`). Commands run interleaved (A B C A B C …), medians of wall time,
// with CPU time and peak memory (RSS, workers included) from scripts/bench-probe.cjs.
//
// Usage: npm run build && npm run bench [-- --quick] [-- --runs N] [-- --keep] [-- --baseline DIR]
//   --quick          fewer runs, no 30,000-crew monorepo (about a minute)
//   --baseline DIR   also runs another built crewtel (a checkout or worktree of an earlier
//                    commit, e.g. `git worktree add ../before <commit>` + npm ci + npm run build),
//                    interleaved with this one, and prints both side by side
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeMonorepo, writeProject, writeProjects } from './bench-trees.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(repo, 'bin/crewtel');
const probe = join(repo, 'scripts/bench-probe.cjs');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : undefined;
const corpus = resolve(repo, '../shared/corpus');
const baselineDir = args.includes('--baseline') ? resolve(args[args.indexOf('--baseline') + 1] ?? '') : undefined;
const baselineBin = baselineDir && (existsSync(join(baselineDir, 'bin/crewtel')) ? join(baselineDir, 'bin/crewtel') : baselineDir);
if (baselineBin && !existsSync(join(dirname(baselineBin), '../dist/crewtel.cjs'))) {
  console.error(`bench: --baseline ${baselineDir}: no built crewtel there (bin/crewtel and dist/crewtel.cjs; run npm ci && npm run build in it)`);
  process.exit(2);
}

if (!existsSync(join(repo, 'dist/crewtel.cjs'))) {
  console.error('bench: run `npm run build` first');
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'crewtel-bench-'));
const floor = join(tmp, 'floor.cjs');
await build({ absWorkingDir: repo, entryPoints: ['scripts/bench-floor.mjs'], outfile: floor, bundle: true, format: 'cjs', platform: 'node', target: 'node20', mainFields: ['module', 'main'], logLevel: 'warning', logOverride: { 'empty-import-meta': 'silent' }, alias: { 'web-tree-sitter': './node_modules/web-tree-sitter/web-tree-sitter.cjs' } });
// the floor parses Python with the same WebAssembly grammar, found beside its bundle like the CLI's
for (const wasm of ['web-tree-sitter.wasm', 'tree-sitter-python.wasm']) copyFileSync(join(repo, 'dist', wasm), join(tmp, wasm));

function once(cmd, env = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', probe, ...cmd], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status === null || r.status > 2) throw new Error(`${cmd.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr.slice(-2000)}`);
  const m = /@@bench (\{.*\})/.exec(r.stderr);
  return { ms, ...(m ? JSON.parse(m[1]) : { cpuMs: NaN, maxRssMb: NaN }) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs every command of a case `runs` times, interleaved, after one untimed warm-up each. */
function measure(commands, runs, warm = true) {
  const samples = commands.map(() => []);
  if (warm) commands.forEach((c) => once(c.cmd, c.env));
  for (let r = 0; r < runs; r++) commands.forEach((c, i) => samples[i].push(once(c.cmd, c.env)));
  return samples.map((s) => ({ ms: median(s.map((x) => x.ms)), cpuMs: median(s.map((x) => x.cpuMs)), maxRssMb: Math.max(...s.map((x) => x.maxRssMb)) }));
}

const audit = (tree, cli = bin) => [cli, 'audit', tree, '--format', 'json', '--fail-on', 'never'];
const cases = [];
try {
  const one = join(tmp, 'one-crew');
  writeProject(one, 0);
  cases.push({ name: 'one crew (crewai create layout: YAML + crew.py)', tree: one, crews: 1, runs: quick ? 5 : 11, node: true });
  cases.push({ name: 'bundled example (fixtures/example-crew)', tree: join(repo, 'fixtures/example-crew'), crews: 1, runs: quick ? 5 : 11, node: true });
  const p200 = join(tmp, 'projects-200');
  writeProjects(p200, 200);
  cases.push({ name: '200 generated projects', tree: p200, crews: 200, runs: quick ? 3 : 7, single: true });
  if (existsSync(corpus)) cases.push({ name: '../shared/corpus (real projects)', tree: corpus, crews: undefined, runs: quick ? 3 : 5, single: true });
  const m3 = join(tmp, 'mono-3000');
  writeMonorepo(m3, 3000);
  cases.push({ name: 'monorepo, 3,000 crews', tree: m3, crews: 3000, runs: quick ? 1 : (runsArg ?? 3), single: true });
  if (!quick) {
    const m30 = join(tmp, 'mono-30000');
    writeMonorepo(m30, 30000);
    cases.push({ name: 'monorepo, 30,000 crews', tree: m30, crews: 30000, runs: 1, single: true, warm: false });
  }

  const rows = [];
  for (const c of cases) {
    const commands = [
      { label: 'floor', cmd: [floor, c.tree] },
      { label: 'crewtel', cmd: audit(c.tree) },
    ];
    if (c.node) commands.unshift({ label: 'node', cmd: ['-e', '0'] });
    if (c.single) commands.push({ label: 'crewtel1', cmd: audit(c.tree), env: { CREWTEL_WORKERS: '0' } });
    if (baselineBin) commands.push({ label: 'baseline', cmd: audit(c.tree, baselineBin) });
    const res = measure(commands, runsArg && !c.crews?.toString().startsWith('30000') ? runsArg : c.runs, c.warm !== false);
    const by = Object.fromEntries(commands.map((cmd, i) => [cmd.label, res[i]]));
    const files = JSON.parse(execFileSync(process.execPath, [floor, c.tree], { encoding: 'utf8', maxBuffer: 1 << 26 })).files;
    rows.push({ ...c, files, ...by });
    process.stderr.write(`bench: ${c.name} done\n`);
  }

  let commit = '';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
  } catch {}
  const f0 = (x) => (x === undefined || Number.isNaN(x) ? '' : x.toFixed(0));
  const f2 = (x) => (x === undefined || Number.isNaN(x) ? '' : `${x.toFixed(2)}×`);
  console.log(`crewtel bench · ${new Date().toISOString().slice(0, 16).replace('T', ' ')} · commit ${commit} · node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}${quick ? ' · quick' : ''}\n`);
  console.log('wall ms: medians of interleaved runs; crewtel = `crewtel audit TREE --format json` (workers as decided by size), 1 thread = CREWTEL_WORKERS=0\n');
  console.log('| case | files | crews | node -e 0 ms | floor ms | crewtel ms | crewtel / floor | crewtel / node -e 0 | crewtel 1 thread ms | 1 thread / floor | cpu ms node / floor / crewtel / 1 thread | ms per crew | peak MB crewtel / 1 thread / floor |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const cpu = [r.node?.cpuMs, r.floor.cpuMs, r.crewtel.cpuMs, r.crewtel1?.cpuMs].map((x) => (x === undefined ? '–' : f0(x))).join(' / ');
    const mem = [r.crewtel.maxRssMb, r.crewtel1?.maxRssMb, r.floor.maxRssMb].map((x) => (x === undefined ? '–' : f0(x))).join(' / ');
    console.log(
      `| ${r.name} | ${r.files} | ${r.crews ?? ''} | ${f0(r.node?.ms)} | ${f0(r.floor.ms)} | ${f0(r.crewtel.ms)} | ${f2(r.crewtel.ms / r.floor.ms)} | ${r.node ? f2(r.crewtel.ms / r.node.ms) : ''} | ${f0(r.crewtel1?.ms)} | ${r.crewtel1 ? f2(r.crewtel1.ms / r.floor.ms) : ''} | ${cpu} | ${r.crews > 1 ? (r.crewtel.ms / r.crews).toFixed(2) : ''} | ${mem} |`,
    );
  }
  if (baselineBin) {
    let baseCommit = '';
    try {
      baseCommit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dirname(baselineBin), encoding: 'utf8' }).trim();
    } catch {}
    console.log(`\nside by side with the baseline ${baselineDir}${baseCommit ? ` (commit ${baseCommit})` : ''}, same runs, interleaved:\n`);
    console.log('| case | baseline ms | crewtel ms | crewtel / baseline | cpu ms baseline / crewtel | peak MB baseline / crewtel |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const r of rows) console.log(`| ${r.name} | ${f0(r.baseline.ms)} | ${f0(r.crewtel.ms)} | ${f2(r.crewtel.ms / r.baseline.ms)} | ${f0(r.baseline.cpuMs)} / ${f0(r.crewtel.cpuMs)} | ${f0(r.baseline.maxRssMb)} / ${f0(r.crewtel.maxRssMb)} |`);
  }
  const big = rows.filter((r) => r.crews >= 3000);
  if (big.length === 2) {
    const [a, b] = big;
    console.log(`\nlinearity: ${b.crews / a.crews}× the crews took ${(b.crewtel.ms / a.crewtel.ms).toFixed(1)}× the time (floor ${(b.floor.ms / a.floor.ms).toFixed(1)}×)`);
  }
} finally {
  if (!args.includes('--keep')) rmSync(tmp, { recursive: true, force: true });
  else console.error(`bench: trees kept in ${tmp}`);
}
