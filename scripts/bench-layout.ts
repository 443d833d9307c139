// Layout evaluation for `crewtel report` (BENCHMARKS.md, "Report drawing layout"): the
// same crew graphs laid out by crewtel's hand layout, elkjs (layered) and @viz-js/viz
// (Graphviz dot), compared on edge crossings, layout time, bundle size and load time.
// elkjs and @viz-js/viz are not crewtel dependencies: install them elsewhere and point
// LAYOUT_LIBS at that node_modules, e.g.
//   (cd /tmp/lay && npm i elkjs @viz-js/viz esbuild) && LAYOUT_LIBS=/tmp/lay/node_modules npx tsx scripts/bench-layout.ts fixtures/example-crew
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { crewFlows, type CrewFlow } from '../src/assess/flow.js';
import { wholeAuditData } from '../src/cli/run/audit.js';
import { makeIo } from '../src/cli/io.js';
import { layoutFlow } from '../src/report/html/layout.js';

const libs = process.env.LAYOUT_LIBS;
if (!libs) throw new Error('set LAYOUT_LIBS to a node_modules with elkjs and @viz-js/viz');
const req = createRequire(join(libs, 'x.js'));

interface G {
  left: { id: string; band: string }[];
  right: string[];
  edges: [string, string][];
}

function graphOf(flow: CrewFlow): G {
  const left = flow.fields.map((f, i) => ({ id: `f${i}`, band: f.band }));
  const edges: [string, string][] = [];
  flow.fields.forEach((f, i) => f.spans.forEach((s) => edges.push([`f${i}`, s.span])));
  return { left, right: [...new Set(edges.map((e) => e[1]))], edges };
}

/** Crossings between the field and span layers, from each node's vertical position. */
function crossings(g: G, y: Map<string, number>): number {
  let n = 0;
  for (let i = 0; i < g.edges.length; i++) {
    for (let j = i + 1; j < g.edges.length; j++) {
      const [a, b] = g.edges[i];
      const [c, d] = g.edges[j];
      if (a === c || b === d) continue;
      if ((y.get(a)! - y.get(c)!) * (y.get(b)! - y.get(d)!) < 0) n++;
    }
  }
  return n;
}

async function elk(g: G) {
  const ELK = req('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const bands = [...new Set(g.left.map((l) => l.band))];
  const graph = {
    id: 'root',
    layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT', 'elk.hierarchyHandling': 'INCLUDE_CHILDREN', 'elk.layered.spacing.nodeNodeBetweenLayers': '120' },
    children: [
      ...bands.map((b) => ({ id: `band-${b}`, children: g.left.filter((l) => l.band === b).map((l) => ({ id: l.id, width: 314, height: 26 })) })),
      ...g.right.map((r) => ({ id: r, width: 190, height: 26 })),
      { id: 'collector', width: 250, height: 56 },
    ],
    edges: [...g.edges.map(([s, t], i) => ({ id: `e${i}`, sources: [s], targets: [t] })), ...g.right.map((r, i) => ({ id: `c${i}`, sources: [r], targets: ['collector'] }))],
  };
  const t = performance.now();
  const out = await elk.layout(graph);
  const ms = performance.now() - t;
  const y = new Map<string, number>();
  for (const c of out.children) {
    if (c.children) for (const k of c.children) y.set(k.id, c.y + k.y);
    else y.set(c.id, c.y);
  }
  return { ms, y };
}

async function viz(g: G) {
  const { instance } = req('@viz-js/viz');
  const t0 = performance.now();
  const v = await instance();
  const init = performance.now() - t0;
  const bands = [...new Set(g.left.map((l) => l.band))];
  const dot = [
    'digraph { rankdir=LR; node [shape=box width=3 height=0.3 fixedsize=true];',
    ...bands.map((b) => `subgraph cluster_${b} { ${g.left.filter((l) => l.band === b).map((l) => `"${l.id}"`).join('; ')} }`),
    ...g.edges.map(([s, t]) => `"${s}" -> "${t}";`),
    ...g.right.map((r) => `"${r}" -> collector;`),
    '}',
  ].join('\n');
  const t = performance.now();
  const json = v.renderJSON(dot) as { objects: { name: string; pos?: string }[] };
  const ms = performance.now() - t;
  const y = new Map<string, number>();
  for (const o of json.objects) if (o.pos) y.set(o.name, -Number(o.pos.split(',')[1]));
  return { ms, init, y, svg: v.renderString(dot, { format: 'svg' }) as string };
}

function hand(flow: CrewFlow, g: G) {
  const t = performance.now();
  const d = layoutFlow(flow, {});
  const ms = performance.now() - t;
  const y = new Map<string, number>();
  const label = (f: CrewFlow['fields'][number]) => (f.count > 1 ? `${f.field} (${f.count} fields)` : f.field);
  for (const n of d.nodes.filter((x) => x.kind === 'field')) y.set(g.left[flow.fields.findIndex((f) => label(f) === n.label)].id, n.y);
  for (const n of d.nodes.filter((x) => x.kind === 'span')) y.set(n.label, n.y);
  return { ms, y };
}

/** esbuild bundle size and a cold `require` of it in a fresh node, median of 5. */
function bundleCost(entry: string): { bytes: number; loadMs: number } {
  const dir = mkdtempSync(join(tmpdir(), 'crewtel-layout-'));
  const src = join(dir, 'entry.cjs');
  writeFileSync(src, entry);
  const out = join(dir, 'bundle.cjs');
  execFileSync(join(libs!, '.bin/esbuild'), [src, '--bundle', '--minify', '--platform=node', `--outfile=${out}`], { cwd: libs!, stdio: 'ignore', env: { ...process.env, NODE_PATH: libs } });
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = execFileSync(process.execPath, ['-e', `const t=process.hrtime.bigint();const m=require(${JSON.stringify(out)});Promise.resolve(m.ready&&m.ready()).then(()=>console.log(Number(process.hrtime.bigint()-t)/1e6))`], { encoding: 'utf8' });
    times.push(Number(t.trim()));
  }
  times.sort((a, b) => a - b);
  return { bytes: statSync(out).size, loadMs: times[2] };
}

const paths = process.argv.slice(2);
const io = makeIo({ quiet: true });
const data = await wholeAuditData(paths.length ? paths : ['fixtures/example-crew'], { quiet: true }, io);
if (typeof data === 'number') throw new Error(`audit stopped with ${data}`);
const flows = crewFlows(data.project.model, { version: data.report.crewaiVersion, findings: data.report.findings, accepted: data.report.suppressed });
console.log('| crew | fields | spans | edges | crossings hand / elk / viz | layout ms hand / elk / viz |');
console.log('|---|---:|---:|---:|---|---|');
let svg = '';
for (const flow of flows.slice(0, 6)) {
  const g = graphOf(flow);
  const h = hand(flow, g);
  const e = await elk(g);
  const v = await viz(g);
  svg ||= v.svg;
  console.log(`| ${flow.name} | ${g.left.length} | ${g.right.length} | ${g.edges.length} | ${crossings(g, h.y)} / ${crossings(g, e.y)} / ${crossings(g, v.y)} | ${h.ms.toFixed(2)} / ${e.ms.toFixed(1)} / ${v.ms.toFixed(1)} (+${v.init.toFixed(0)} init) |`);
}
writeFileSync(join(tmpdir(), 'crewtel-viz-example.svg'), svg);
const elkCost = bundleCost(`module.exports = require('elkjs/lib/elk.bundled.js');`);
const vizCost = bundleCost(`const v = require('@viz-js/viz'); module.exports = { ready: () => v.instance() };`);
console.log(`\nbundle (esbuild --minify) and cold load in a fresh node (median of 5):`);
console.log(`elkjs      ${(elkCost.bytes / 1024).toFixed(0)} KiB  ${elkCost.loadMs.toFixed(0)} ms`);
console.log(`@viz-js/viz ${(vizCost.bytes / 1024).toFixed(0)} KiB  ${vizCost.loadMs.toFixed(0)} ms (incl. WASM instantiation)`);
