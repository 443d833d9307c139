#!/usr/bin/env node
// Real-text quality benchmark: the sentences of real crews (../shared/corpus/real and real2,
// extracted at run time into a temp folder, never into the repo) with valid values planted
// beside them, hard negatives, documentation (example) values and ~40% untouched projects,
// scored through the CLI (`audit --format json`, exact line:column). Also the precision
// check: false findings per 1,000 untouched real strings. Usage:
//   npm run bench:real -- [--seed N] [--holdout tune|holdout|all] [--cli path/to/bin/crewtel] [--verbose] [--keep]
// The templated generator (`npm run bench:quality`) stays as a second signal.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extractCorpus, generateReal } from './quality/realText.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const flag = (name) => argv.includes(`--${name}`);
const seed = Number(opt('seed', 20261202));
const holdout = opt('holdout', 'all');
const cli = resolve(opt('cli', join(repo, 'bin/crewtel')));
const corpusRoot = resolve(opt('corpus', join(repo, '..', 'shared', 'corpus')));
const verbose = flag('verbose');

const roots = ['real', 'real2'].map((d) => join(corpusRoot, d)).filter((d) => existsSync(d));
if (!roots.length) {
  console.log(`no corpus at ${corpusRoot}: nothing to measure`);
  process.exit(0);
}
const corpus = extractCorpus(roots);
const root = mkdtempSync(join(tmpdir(), 'crewtel-real-'));
const { truth, stats: gen, untouchedFiles } = generateReal(root, corpus, { seed, holdout });
writeFileSync(join(root, 'truth.json'), `${JSON.stringify({ seed, holdout, truth }, null, 2)}\n`);

// --show-values: the raw value is needed to recognise the reviewed genuine findings (by hash); nothing raw is printed
const run = spawnSync(process.execPath, [cli, 'audit', '.', '--format', 'json', '--fail-on', 'never', '--show-values'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`no JSON from ${cli} (exit ${run.status}): ${run.stderr.slice(0, 400)}`);
  process.exit(1);
}
const findings = (report.findings ?? []).filter((f) => f.category !== 'config');
const before = (a, b) => a.line < b.line || (a.line === b.line && a.column < b.column);
const overlaps = (f, t) => f.file === t.file && before({ line: f.line, column: f.column }, { line: t.endLine, column: t.endColumn }) && before({ line: t.line, column: t.column }, { line: f.endLine, column: f.endColumn });

const newStats = () => ({ tp: 0, fp: 0, fn: 0, exact: 0 });
const stats = {};
const at = (e) => (stats[e] ??= newStats());
const used = new Set();
const lines = [];
for (const t of truth) {
  const key = t.example ? 'EXAMPLE' : t.entity;
  const i = findings.findIndex((f, k) => !used.has(k) && overlaps(f, t) && (t.example ? f.example === true : f.entity === t.entity && f.example !== true));
  if (i === -1) {
    at(key).fn++;
    if (verbose) lines.push(`missed ${key} ${t.entity} ${t.file}:${t.line}:${t.column} ${JSON.stringify(t.value)}`);
    continue;
  }
  used.add(i);
  at(key).tp++;
  if (findings[i].line === t.line && findings[i].column === t.column) at(key).exact++;
  else if (verbose) lines.push(`location ${key} want ${t.line}:${t.column} got ${findings[i].line}:${findings[i].column} ${JSON.stringify(t.value)}`);
}
// findings on the real text itself that a reviewer judged genuine (a real person named in a real
// crew): kept as sha256 of the value, so the corpus text never enters the repo
const labels = JSON.parse(readFileSync(join(repo, 'scripts/quality/realLabels.json'), 'utf8'));
const sha = (v) => createHash('sha256').update(v).digest('hex');
const masked = (v) => `${[...v][0] ?? ''}***`;
let genuine = 0;
let untouchedFalse = 0;
const falseBySeverity = { high: 0, medium: 0, low: 0 };
findings.forEach((f, k) => {
  if (used.has(k)) return;
  // a second finding inside a found plant (a name inside an email) is not a new false one
  if (truth.some((t) => overlaps(f, t) && (t.example ? f.example === true : true) && [...used].some((u) => overlaps(findings[u], t)))) return;
  if (labels.genuine[sha(f.match)]) {
    genuine++;
    if (verbose) lines.push(`genuine (reviewed) ${f.entity} ${f.file}:${f.line}:${f.column} ${masked(f.match)}`);
    return;
  }
  const key = f.example ? 'EXAMPLE' : f.entity;
  at(key).fp++;
  falseBySeverity[f.severity]++;
  if (untouchedFiles.has(f.file)) untouchedFalse++;
  if (verbose) lines.push(`false ${key} ${f.severity} ${f.file}:${f.line}:${f.column} ${f.match}${untouchedFiles.has(f.file) ? ' (untouched project)' : ''}`.replace(f.match, masked(f.match)));
});

const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const fmt = (x) => x.toFixed(3);
console.log(`crewtel real-text benchmark · seed ${seed} · names ${holdout} · ${gen.projects} projects from ${roots.length} corpus folders (${gen.untouchedProjects} untouched) · ${gen.strings} real strings · ${truth.length} planted values (${truth.filter((t) => t.example).length} example) · ${gen.negatives} hard negatives`);
console.log(`CLI: ${cli}\n`);
console.log('| entity | planted | TP | FP | FN | precision | recall | F1 | exact line:col |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
const micro = newStats();
for (const [e, s] of Object.entries(stats).sort()) {
  const m = prf(s);
  console.log(`| ${e} | ${s.tp + s.fn} | ${s.tp} | ${s.fp} | ${s.fn} | ${fmt(m.p)} | ${fmt(m.r)} | ${fmt(m.f1)} | ${s.tp ? fmt(s.exact / s.tp) : '–'} |`);
  for (const k of Object.keys(micro)) micro[k] += s[k];
}
const mm = prf(micro);
console.log(`| **micro** | ${micro.tp + micro.fn} | ${micro.tp} | ${micro.fp} | ${micro.fn} | ${fmt(mm.p)} | ${fmt(mm.r)} | **${fmt(mm.f1)}** | ${micro.tp ? fmt(micro.exact / micro.tp) : '–'} |`);
console.log(`\ngenuine findings in the real text (reviewed, not scored): ${genuine}`);
console.log(`false findings by severity: high ${falseBySeverity.high}, medium ${falseBySeverity.medium}, low ${falseBySeverity.low}`);
console.log(`untouched projects: ${untouchedFalse} false findings in ${gen.untouchedStrings} real strings = ${((1000 * untouchedFalse) / Math.max(1, gen.untouchedStrings)).toFixed(2)} per 1,000`);
if (verbose) console.log(`\n${lines.join('\n')}`);
if (flag('keep')) console.log(`\nprojects and truth.json kept in ${root}`);
else rmSync(root, { recursive: true, force: true });
