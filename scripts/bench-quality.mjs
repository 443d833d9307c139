#!/usr/bin/env node
// Labelled quality benchmark: generate crew projects with planted values (seeded), run
// the built crewtel on them, score precision/recall/F1 per entity and the share of
// exact line:column locations; run openredaction and redact-pii on the same strings.
// Usage: npm run bench:quality [-- --seed N --projects N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './quality/generate.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const seed = arg('seed', 20261124);
const projects = arg('projects', 40);
const root = mkdtempSync(join(tmpdir(), 'crewtel-quality-'));
const { truth, strings } = generate(root, seed, projects);

// --- crewtel, through the CLI, as a user runs it
const t0 = process.hrtime.bigint();
const run = spawnSync(process.execPath, [join(repo, 'bin/crewtel'), 'audit', '.', '--format', 'json', '--fail-on', 'never'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
const crewtelSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(2);
}
const report = JSON.parse(run.stdout);
const findings = report.findings.filter((f) => f.category !== 'config');

const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
const entities = [...new Set(truth.map((t) => t.entity))].sort();
const stats = Object.fromEntries(entities.map((e) => [e, { tp: 0, fp: 0, fn: 0, exact: 0 }]));
const used = new Set();
for (const t of truth) {
  // the planted value's end: same line for single-line values in this generator unless folded
  const end = { line: t.line, column: t.column + t.value.length };
  const i = findings.findIndex(
    (f, k) =>
      !used.has(k) && f.entity === t.entity && f.file === t.file &&
      before({ line: f.line, column: f.column }, { line: end.line + 2, column: end.column }) && before(t, { line: f.endLine, column: f.endColumn }) &&
      !(f.endLine < t.line || (f.endLine === t.line && f.endColumn <= t.column)) && !(f.line > end.line + 1),
  );
  if (i === -1) {
    stats[t.entity].fn++;
    if (process.argv.includes('--verbose')) console.error(`missed ${t.entity} ${t.file}:${t.line}:${t.column} ${t.value}`);
    continue;
  }
  used.add(i);
  stats[t.entity].tp++;
  if (findings[i].line === t.line && findings[i].column === t.column) stats[t.entity].exact++;
  else if (process.argv.includes('--verbose')) console.error(`location ${t.entity} want ${t.line}:${t.column} got ${findings[i].line}:${findings[i].column} ${t.value}`);
}
findings.forEach((f, k) => {
  if (used.has(k)) return;
  stats[f.entity] ??= { tp: 0, fp: 0, fn: 0, exact: 0 };
  stats[f.entity].fp++;
  if (process.argv.includes('--verbose')) console.error(`false positive ${f.entity} ${f.file}:${f.line}:${f.column} ${f.match}`);
});

const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const fmt = (x) => x.toFixed(3);
const micro = Object.values(stats).reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn, exact: a.exact + s.exact }), { tp: 0, fp: 0, fn: 0, exact: 0 });

console.log(`crewtel quality benchmark · seed ${seed} · ${projects} projects · ${truth.length} planted values · ${strings.length} strings\n`);
console.log('| entity | planted | TP | FP | FN | precision | recall | F1 | exact line:col |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const [e, s] of Object.entries(stats).sort()) {
  const m = prf(s);
  console.log(`| ${e} | ${s.tp + s.fn} | ${s.tp} | ${s.fp} | ${s.fn} | ${fmt(m.p)} | ${fmt(m.r)} | ${fmt(m.f1)} | ${s.tp ? fmt(s.exact / s.tp) : '–'} |`);
}
const mm = prf(micro);
console.log(`| **micro** | ${micro.tp + micro.fn} | ${micro.tp} | ${micro.fp} | ${micro.fn} | ${fmt(mm.p)} | ${fmt(mm.r)} | **${fmt(mm.f1)}** | ${fmt(micro.exact / micro.tp)} |`);

// --- other tools on the same strings (entity-agnostic: a detection that overlaps a planted value counts)
const require = createRequire(import.meta.url);
async function compare(name, detect) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const start = process.hrtime.bigint();
  for (const s of strings) {
    const spans = await detect(s.text);
    const plantRange = s.plant ? [s.plant.offset, s.plant.offset + s.plant.value.length] : undefined;
    let hit = false;
    for (const [a, b] of spans) {
      if (plantRange && a < plantRange[1] && plantRange[0] < b) hit = true;
      else fp++;
    }
    if (plantRange) hit ? tp++ : fn++;
  }
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  const m = prf({ tp, fp, fn });
  return `| ${name} | ${fmt(m.p)} | ${fmt(m.r)} | ${fmt(m.f1)} | ${secs.toFixed(2)} |`;
}
const rows = [];
// crewtel's row is the CLI run scored above (entity-exact, a stricter test than the others get)
rows.push(`| crewtel (CLI, whole run incl. start-up) | ${fmt(mm.p)} | ${fmt(mm.r)} | ${fmt(mm.f1)} | ${crewtelSeconds.toFixed(2)} |`);
try {
  const { OpenRedaction } = require('@openredaction/core');
  const or = new OpenRedaction({ redactionMode: 'placeholder' });
  rows.push(await compare('openredaction', async (t) => (await or.detect(t)).detections.map((d) => d.position)));
} catch (e) {
  rows.push(`| openredaction | – | – | – | (not run: ${e.message.split('\n')[0]}) |`);
}
try {
  const { SyncRedactor } = require('redact-pii');
  const rp = new SyncRedactor();
  // redact-pii returns text only: a planted value counts as found when it no longer appears
  rows.push(
    await compare('redact-pii', (t) => {
      const out = rp.redact(t);
      const spans = [];
      const re = /[A-Z][A-Z_]{3,}/g;
      let m;
      // map placeholders back approximately: any replacement marks the region it replaced
      const plain = out.replace(re, '');
      if (plain.length === t.length) return spans;
      let i = 0;
      let j = 0;
      while (i < t.length && j < out.length) {
        if (t[i] === out[j]) {
          i++;
          j++;
          continue;
        }
        re.lastIndex = j;
        m = re.exec(out);
        if (!m || m.index !== j) {
          i++;
          continue;
        }
        const after = out[j + m[0].length] ?? '';
        const k = after ? t.indexOf(after, i + 1) : t.length;
        spans.push([i, k === -1 ? t.length : k]);
        i = k === -1 ? t.length : k;
        j += m[0].length;
      }
      return spans;
    }),
  );
} catch (e) {
  rows.push(`| redact-pii | – | – | – | (not run: ${e.message.split('\n')[0]}) |`);
}
console.log('\n| tool (same strings, entity-agnostic overlap) | precision | recall | F1 | seconds |');
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) console.log(r);
rmSync(root, { recursive: true, force: true });
