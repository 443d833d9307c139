#!/usr/bin/env node
// Labelled quality benchmark. Generates CrewAI projects with planted values (seeded: see
// scripts/quality/), writes the ground truth as JSON, then scores crewtel two ways:
//   1. the library: scanText on every planted string (span + entity), plus its speed;
//   2. the CLI as a user runs it: `crewtel audit --format json` (file:line:column), when the
//      built CLI is there.
// openredaction and redact-pii (local regex redactors only: no network) run on the same
// strings for comparison. Usage:
//   npm run bench:quality -- [--seed N] [--projects N] [--keep] [--verbose] [--no-cli] [--no-others]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate, jobTitle, ROLE_OTHER, rng } from './quality/generate.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const flag = (name) => process.argv.includes(`--${name}`);
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const seed = arg('seed', 20261124);
const projects = arg('projects', 40);
const verbose = flag('verbose');
const root = mkdtempSync(join(tmpdir(), 'crewtel-quality-'));
const { truth, strings } = generate(root, seed, projects);
writeFileSync(join(root, 'truth.json'), `${JSON.stringify({ seed, projects, truth }, null, 2)}\n`);

const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const fmt = (x) => x.toFixed(3);
const newStats = () => ({ tp: 0, fp: 0, fn: 0, exact: 0 });
const sum = (stats) => Object.values(stats).reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn, exact: a.exact + s.exact }), newStats());

function table(title, stats, exactLabel) {
  console.log(`\n${title}\n`);
  console.log(`| entity | planted | TP | FP | FN | precision | recall | F1 | ${exactLabel} |`);
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [e, s] of Object.entries(stats).sort()) {
    const m = prf(s);
    console.log(`| ${e} | ${s.tp + s.fn} | ${s.tp} | ${s.fp} | ${s.fn} | ${fmt(m.p)} | ${fmt(m.r)} | ${fmt(m.f1)} | ${s.tp ? fmt(s.exact / s.tp) : '–'} |`);
  }
  const micro = sum(stats);
  const mm = prf(micro);
  console.log(`| **micro** | ${micro.tp + micro.fn} | ${micro.tp} | ${micro.fp} | ${micro.fn} | ${fmt(mm.p)} | ${fmt(mm.r)} | **${fmt(mm.f1)}** | ${micro.tp ? fmt(micro.exact / micro.tp) : '–'} |`);
  return mm;
}

/** Scores detections ({start,end,entity}) against the plants of each string: same entity and overlapping. */
function scoreSpans(detect, { entityExact = true } = {}) {
  const stats = {};
  const at = (e) => (stats[e] ??= newStats());
  for (const s of strings) {
    const found = detect(s);
    const used = new Set();
    for (const p of s.plants) {
      const end = p.offset + p.value.length;
      const i = found.findIndex((f, k) => !used.has(k) && (!entityExact || f.entity === p.entity) && f.start < end && p.offset < f.end);
      if (i === -1) {
        at(p.entity).fn++;
        if (verbose) console.error(`missed ${p.entity} ${JSON.stringify(p.value)} in ${JSON.stringify(s.text.slice(0, 160))}`);
        continue;
      }
      used.add(i);
      at(p.entity).tp++;
      if (found[i].start === p.offset && found[i].end === end) at(p.entity).exact++;
      else if (verbose) console.error(`span ${p.entity} want ${JSON.stringify(p.value)} got ${JSON.stringify(s.text.slice(found[i].start, found[i].end))}`);
    }
    found.forEach((f, k) => {
      if (used.has(k)) return;
      // a second detection inside an already-found plant (e.g. a name inside an email) is not a new false positive
      if (s.plants.some((p) => f.start < p.offset + p.value.length && p.offset < f.end)) return;
      at(entityExact ? f.entity : 'ANY').fp++;
      if (verbose) console.error(`false positive ${f.entity} ${JSON.stringify(s.text.slice(f.start, f.end))} in ${JSON.stringify(s.text.slice(0, 160))}`);
    });
  }
  return stats;
}

const planted = strings.reduce((n, s) => n + s.plants.length, 0);
console.log(`crewtel quality benchmark · seed ${seed} · ${projects} projects · ${strings.length} strings (${strings.filter((s) => s.kind === 'identifier').length} identifiers) · ${planted} planted values`);
if (flag('keep')) console.log(`projects and truth.json kept in ${root}`);

// ---------- 1. the library, through a bundle of src/scan (no build of the CLI needed)
const rows = [];
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.log('\n(esbuild is not installed: library scoring skipped)');
}
if (esbuild) {
  const outfile = join(root, 'scan.bundle.mjs');
  await esbuild.build({ absWorkingDir: repo, entryPoints: ['src/scan/scanText.ts'], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  const { scanText } = await import(pathToFileURL(outfile).href);
  const detect = (s) => scanText(s.text, { kind: s.kind });
  const t0 = process.hrtime.bigint();
  const stats = scoreSpans(detect);
  const firstPass = Number(process.hrtime.bigint() - t0) / 1e9;
  const mm = table('crewtel library (scanText per string; entity must match; exact = same start and end)', stats, 'exact span');
  // speed: scan every string repeatedly for about a second, after a warm-up pass
  for (const s of strings) scanText(s.text, { kind: s.kind });
  let runs = 0;
  const s0 = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - s0) < 1e9) {
    for (const s of strings) scanText(s.text, { kind: s.kind });
    runs++;
  }
  const secs = Number(process.hrtime.bigint() - s0) / 1e9;
  const chars = strings.reduce((n, s) => n + s.text.length, 0);
  console.log(`\nspeed: ${Math.round((runs * strings.length) / secs)} strings/s (${Math.round((runs * chars) / secs / 1024)} KiB/s; mean string ${Math.round(chars / strings.length)} chars; first pass incl. lazy loads ${firstPass.toFixed(2)} s)`);
  // PERSON on job titles alone: roles are where a name detector floods a CI gate
  const tr = rng(seed + 1);
  const titles = [...new Set([...Array.from({ length: 1500 }, () => jobTitle(tr)), ...ROLE_OTHER])];
  const flagged = titles.filter((t) => scanText(t, { kind: 'prose' }).some((m) => m.entity === 'PERSON'));
  console.log(`PERSON on ${titles.length} distinct job titles (no names in them): ${flagged.length} flagged${flagged.length ? ` (${flagged.slice(0, 5).join('; ')})` : ''}`);
  rows.push(`| crewtel (library) | ${fmt(mm.p)} | ${fmt(mm.r)} | ${fmt(mm.f1)} | ${firstPass.toFixed(2)} |`);
}

// ---------- 2. the CLI, as a user runs it (file:line:column)
const cli = join(repo, 'bin/crewtel');
if (!flag('no-cli') && existsSync(join(repo, 'dist'))) {
  const t0 = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [cli, 'audit', '.', '--format', 'json', '--fail-on', 'never'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    console.log(`\n(CLI audit gave no JSON report, exit ${run.status}: ${run.stderr.split('\n')[0]}; CLI scoring skipped)`);
  }
  if (report) {
    if (report.errors?.length) console.log(`\nCLI reported ${report.errors.length} errors, first: ${JSON.stringify(report.errors[0])}`);
    const findings = (report.findings ?? []).filter((f) => f.category !== 'config');
    const before = (a, b) => a.line < b.line || (a.line === b.line && a.column < b.column);
    const overlaps = (f, t) => f.file === t.file && before({ line: f.line, column: f.column }, { line: t.endLine, column: t.endColumn }) && before({ line: t.line, column: t.column }, { line: f.endLine, column: f.endColumn });
    const stats = {};
    const at = (e) => (stats[e] ??= newStats());
    const used = new Set();
    for (const t of truth) {
      const i = findings.findIndex((f, k) => !used.has(k) && f.entity === t.entity && overlaps(f, t));
      if (i === -1) {
        at(t.entity).fn++;
        if (verbose) console.error(`cli missed ${t.entity} ${t.file}:${t.line}:${t.column} ${JSON.stringify(t.value)}`);
        continue;
      }
      used.add(i);
      at(t.entity).tp++;
      if (findings[i].line === t.line && findings[i].column === t.column) at(t.entity).exact++;
      else if (verbose) console.error(`cli location ${t.entity} want ${t.line}:${t.column} got ${findings[i].line}:${findings[i].column} ${JSON.stringify(t.value)}`);
    }
    findings.forEach((f, k) => {
      if (used.has(k) || truth.some((t) => overlaps(f, t))) return;
      at(f.entity).fp++;
      if (verbose) console.error(`cli false positive ${f.entity} ${f.file}:${f.line}:${f.column} ${f.match}`);
    });
    const mm = table('crewtel CLI (`audit --format json`; entity must match; exact = same line and column)', stats, 'exact line:col');
    rows.push(`| crewtel (CLI, whole run incl. start-up) | ${fmt(mm.p)} | ${fmt(mm.r)} | ${fmt(mm.f1)} | ${seconds.toFixed(2)} |`);
  }
} else if (!flag('no-cli')) console.log('\n(no dist/: run `npm run build` for the CLI scoring)');

// ---------- 3. other tools on the same prose strings (entity-agnostic: any detection overlapping a plant counts)
const prose = strings.filter((s) => s.kind === 'prose');
async function compare(name, detect) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const start = process.hrtime.bigint();
  for (const s of prose) {
    const spans = await detect(s.text);
    const hit = new Set();
    for (const [a, b] of spans) {
      const k = s.plants.findIndex((p) => a < p.offset + p.value.length && p.offset < b);
      if (k === -1) fp++;
      else hit.add(k);
    }
    tp += hit.size;
    fn += s.plants.length - hit.size;
  }
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  const m = prf({ tp, fp, fn });
  return `| ${name} | ${fmt(m.p)} | ${fmt(m.r)} | ${fmt(m.f1)} | ${secs.toFixed(2)} |`;
}
if (!flag('no-others')) {
  try {
    const { OpenRedaction } = await import('openredaction');
    const or = new OpenRedaction({ redactionMode: 'placeholder' });
    rows.push(await compare('openredaction', async (t) => (await or.detect(t)).detections.map((d) => d.position)));
  } catch (e) {
    rows.push(`| openredaction | – | – | – | (not run: ${String(e.message).split('\n')[0]}) |`);
  }
  try {
    const { SyncRedactor } = require('redact-pii');
    const rp = new SyncRedactor();
    // redact-pii returns text only: align the redacted text with the original to recover spans
    rows.push(await compare('redact-pii', (t) => redactedSpans(t, rp.redact(t))));
  } catch (e) {
    rows.push(`| redact-pii | – | – | – | (not run: ${String(e.message).split('\n')[0]}) |`);
  }
}
console.log('\n| tool (same strings; others scored entity-agnostic, crewtel entity-exact) | precision | recall | F1 | seconds |');
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) console.log(r);
if (!flag('keep')) rmSync(root, { recursive: true, force: true });

/** Spans of `original` that redact-pii replaced by an UPPER_CASE placeholder. */
function redactedSpans(original, redacted) {
  const spans = [];
  const re = /[A-Z][A-Z_]{3,}/y;
  let i = 0;
  let j = 0;
  while (i < original.length && j < redacted.length) {
    if (original[i] === redacted[j]) {
      i++;
      j++;
      continue;
    }
    re.lastIndex = j;
    const m = re.exec(redacted);
    if (!m) {
      i++;
      continue;
    }
    const nextChar = redacted[j + m[0].length];
    const k = nextChar === undefined ? original.length : original.indexOf(nextChar, i + 1);
    const end = k === -1 ? original.length : k;
    spans.push([i, end]);
    i = end;
    j += m[0].length;
  }
  return spans;
}
