#!/usr/bin/env node
// How much of real projects' Python reaches the model: for every project under a corpus
// folder (default ../shared/corpus/real2), the Agent(role=…) literals CPython finds in
// non-test modules (../shared/tools/python-roles.py, the ground truth) and which of them
// `crewtel preview --format json` shows in a span; plus Python syntax errors reported on
// files CPython parses, crews with 0 agents and crews listed twice.
//   node scripts/python-coverage.mjs [CORPUS] [--bin path/to/crewtel] [--list]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args.splice(i, 2)[1];
};
const bin = resolve(flag('--bin') ?? join(root, 'bin/crewtel'));
const list = args.includes('--list') ? (args.splice(args.indexOf('--list'), 1), true) : false;
const corpus = resolve(args[0] ?? join(root, '../shared/corpus/real2'));
const rolesTool = join(root, '../shared/tools/python-roles.py');
if (!existsSync(corpus) || !existsSync(rolesTool)) {
  console.error(`needs ${corpus} and ${rolesTool}`);
  process.exit(2);
}

/** test modules do not build the crews people ship */
const isTest = (file) => /(^|\/)(tests?|testing)\//.test(file) || /(^|\/)(test_[^/]*|[^/]*_test|conftest)\.py$/.test(file);

/** every string inside a preview attribute value (JSON attributes decoded, as CrewAI encodes them) */
function stringsOf(value, out) {
  if (typeof value === 'string') {
    out.add(value);
    if (/^[[{]/.test(value)) {
      try {
        stringsOf(JSON.parse(value), out);
      } catch {}
    }
  } else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
}

const totals = { roles: 0, reached: 0, syntaxErrors: 0, crews: 0, emptyCrews: 0, duplicateCrews: 0, projects: 0 };
const missing = [];
for (const name of readdirSync(corpus).sort()) {
  const project = join(corpus, name);
  if (!statSync(project).isDirectory()) continue;
  totals.projects++;
  const truth = JSON.parse(execFileSync('python3', [rolesTool, project], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  const parses = new Set(truth.parses.map((f) => join(project, f)));
  const run = spawnSync(process.execPath, [bin, 'preview', '--format', 'json', '--share-crew', project], { encoding: 'utf8', maxBuffer: 1 << 28 });
  let out;
  try {
    out = JSON.parse(run.stdout);
  } catch {
    console.error(`${name}: preview printed no JSON (exit ${run.status}) ${run.stderr.slice(0, 300)}`);
    continue;
  }
  const seen = new Set();
  for (const span of out.spans ?? []) for (const a of span.attributes ?? []) stringsOf(a.value, seen);
  const trimmed = new Set([...seen].map((s) => s.trim()));
  for (const r of truth.roles) {
    if (isTest(r.file)) continue;
    totals.roles++;
    if (seen.has(r.role) || trimmed.has(r.role.trim())) totals.reached++;
    else missing.push(`${name}/${r.file}:${r.line} ${JSON.stringify(r.role)}`);
  }
  // preview prints no diagnostics: the audit of the same project does
  const audit = spawnSync(process.execPath, [bin, 'audit', '--format', 'json', '--fail-on', 'never', project], { encoding: 'utf8', maxBuffer: 1 << 28 });
  let diagnostics = [];
  try {
    const a = JSON.parse(audit.stdout);
    diagnostics = [...(a.errors ?? []), ...(a.warnings ?? [])];
  } catch {}
  for (const d of diagnostics) {
    if (!/syntax error/i.test(d.message ?? '')) continue;
    if (parses.has(resolve(d.file))) {
      totals.syntaxErrors++;
      if (list) console.log(`false syntax error: ${d.file}:${d.line}:${d.column}`);
    }
  }
  const crews = out.crews ?? [];
  totals.crews += crews.length;
  const ids = new Map();
  for (const c of crews) ids.set(c.id, (ids.get(c.id) ?? 0) + 1);
  // a crew listed twice: the same crew under two ids (a Python crew and its config folder)
  const agentsPerCrew = new Map();
  for (const span of out.spans ?? []) {
    if (span.name !== 'Crew Created') continue;
    const n = span.attributes.find((a) => a.key === 'crew_number_of_agents');
    const agents = span.attributes.find((a) => a.key === 'crew_agents');
    agentsPerCrew.set(span.crewId, { n: Number(n?.value ?? 0), agents: agents?.value ?? '' });
  }
  const byAgents = new Map();
  for (const c of crews) {
    const info = agentsPerCrew.get(c.id);
    if (!info || info.n === 0) {
      totals.emptyCrews++;
      if (list) console.log(`crew with 0 agents: ${c.id}`);
    } else {
      // the same agents twice in one folder tree (a Python crew and its own config folder)
      const k = `${c.id.replace(/\/[^/]*\.py(#.*)?$/, '').replace(/\/config$/, '')}|${info.agents.replace(/"(id|key)": "[^"]*"/g, '')}`;
      // only a Python crew and a config-folder crew with the same agents: two Crew(...) calls on the same agents are two crews
      const other = byAgents.get(k);
      if (other && /\.py(#|$)/.test(other) !== /\.py(#|$)/.test(c.id)) {
        totals.duplicateCrews++;
        if (list) console.log(`crew listed twice: ${c.id} = ${byAgents.get(k)}`);
      } else byAgents.set(k, c.id);
    }
  }
  for (const [, n] of ids) if (n > 1) totals.duplicateCrews += n - 1;
}
if (list) for (const m of missing) console.log(`not in preview: ${relative(process.cwd(), m)}`);
const pct = totals.roles ? ((100 * totals.reached) / totals.roles).toFixed(1) : '0';
console.log(JSON.stringify({ ...totals, reachedPercent: Number(pct) }));
