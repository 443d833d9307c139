#!/usr/bin/env node
// Where a run's time goes, stage by stage, from V8 CPU profiles (BENCHMARKS.md's tables):
//   for i in $(seq 13); do node --cpu-prof --cpu-prof-dir=/tmp/p --cpu-prof-interval 50 bin/crewtel audit TREE --format json --fail-on never >/dev/null; done
//   node scripts/profile-stages.mjs /tmp/p
// The first profile (in name order) is left out: that run wrote the code cache for the profiler's flags.
// Each sample goes to the first stage, in the order below, that one of its stack's frames belongs to.
import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2];
const files = readdirSync(dir).sort().slice(1);
const rules = [
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['code cache deserialisation (vm.Script)', (f) => f.functionName === 'Script' && f.url.startsWith('node:vm')],
  ['scan (detectors)', (f) => f.functionName === 'scanText'],
  ['Python (tree-sitter parse + facts)', (f) => ['parsePython', 'loadPython', 'initPythonParser', 'restoreWasmTiering'].includes(f.functionName)],
  ['YAML', (f) => ['parseConfig', 'loadYaml'].includes(f.functionName)],
  ['release detection', (f) => f.functionName === 'detectRelease'],
  ['assess without scan', (f) => ['assess', 'assessStrings', 'assessRelease', 'finishFindings', 'applySuppressions'].includes(f.functionName)],
  ['module initialisation of the bundle', (f) => /^(src|node_modules)\//.test(f.functionName)],
  ['built-in modules', (f) => ['compileForInternalLoader', 'internalBinding', 'requireBuiltin'].includes(f.functionName)],
  ['model, discover, report, CLI wiring', (f) => ['loadProject', 'discover', 'runAudit', 'auditData', 'main', 'auditJsonChunks', 'assessTree'].includes(f.functionName)],
];
const totals = new Map(rules.map(([n]) => [n, 0])); totals.set('bundle and cache read + checksum (bin/crewtel)', 0); totals.set('Node start and the rest', 0);
let all = 0;
for (const file of files) {
  const p = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n])); const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (let i = 0; i < p.samples.length; i++) {
    const t = p.timeDeltas[i] ?? 0; all += t;
    const stack = []; for (let x = p.samples[i]; x !== undefined; x = parent.get(x)) stack.push(byId.get(x).callFrame);
    let cat = 'Node start and the rest';
    // the innermost matching rule in priority order: scan inside assess is scan, etc.
    outer: for (const [name, test] of rules) for (const f of stack) if (test(f)) { cat = name; break outer; }
    // what bin/crewtel itself does (read the bundle and the cache, check the cache's SHA-256): its own frame innermost but for natives
    if (cat === 'Node start and the rest' && stack.slice(0, 4).some((f) => /bin\/crewtel$/.test(f.url))) cat = 'bundle and cache read + checksum (bin/crewtel)';
    totals.set(cat, totals.get(cat) + t);
  }
}
const k = files.length * 1000;
console.log(`| stage | mean ms | share |\n|---|---:|---:|`);
for (const [n, v] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`| ${n} | ${(v / k).toFixed(1)} | ${((v / all) * 100).toFixed(0)}% |`);
console.log(`| total sampled | ${(all / k).toFixed(1)} | |`);
