// Large trees are modelled and assessed a batch of top-level folders (~500 files) at a time
// (assess/batches.ts, wired in cli/run/audit.ts), so that memory holds one batch's files, trees, crews and strings, plus the
// findings so far, instead of the whole tree's model: on a 30,000-crew monorepo the model alone
// was ~310 MB live. A unit is one folder directly below a scanned PATH (a repository of a
// checkout of many, a project of a monorepo); the files directly in a PATH are a unit of their
// own. A batch's run is the same code as a whole run; what a batch reaches outside itself (a
// config another holds, a module only another defines) makes the run fall back to one whole
// run (LoadedProject.unitConflict), so the result never depends on the split.
import { dirname, sep } from 'node:path';
import type { DiscoveredFiles } from '../discover/index.js';
import { moduleNames } from '../load/python/relevant.js';

/** Below this many discovered files one run holds little enough (the 200-project corpus: 1,600). */
export const MIN_FILES_FOR_UNITS = 4000;
/** Files per batch: big enough that a batch's fixed cost vanishes, small enough to stay bounded. */
const FILES_PER_BATCH = 500;
/**
 * No split when one folder holds more than this share of the files: little memory to gain, and
 * the rest most likely imports from it (tests/ from src/, apps/ from libs/), which would end the
 * batches in a whole run after some of them were done for nothing.
 */
const MAX_UNIT_SHARE = 0.25;

/** Which files a batch holds, for its loader to notice reads and imports that leave it. */
export interface UnitScope {
  /** is this absolute path inside the batch? */
  contains(abs: string): boolean;
  /** the module names of the whole tree's Python files (load/python/relevant.ts moduleNames) */
  otherModules: ReadonlySet<string>;
  /** where a file comes in the whole tree's reading order (Python, then YAML, then JSON files) */
  position(abs: string): number;
}

export interface UnitBatch {
  discovered: DiscoveredFiles;
  scope: UnitScope;
  /** the first batch carries the discovery's own diagnostics */
  first: boolean;
}

/** The files a discovered tree gives the loaders. */
export const fileCount = (d: DiscoveredFiles): number => d.pythonFiles.length + d.yamlFiles.length + d.jsonFiles.length + d.pyprojectFiles.length;

/** Streaming on (=1, any size), off (=0), or by size (unset); tests and benchmarks force both. */
export function wantsUnits(files: number, env: NodeJS.ProcessEnv = process.env): boolean {
  const forced = env.CREWTEL_UNITS;
  if (forced === '0') return false;
  if (forced === '1') return true;
  return files >= MIN_FILES_FOR_UNITS;
}

/** The batches of a discovered tree, in the order a whole run reads it; undefined when there is only one unit. */
export function splitUnits(discovered: DiscoveredFiles, env: NodeJS.ProcessEnv = process.env): UnitBatch[] | undefined {
  // forced on (tests): one unit per batch, the finest split
  const perBatch = env.CREWTEL_UNITS === '1' ? 1 : FILES_PER_BATCH;
  const roots = [...discovered.roots].sort((a, b) => b.length - a.length);
  const unitOf = (abs: string): string => {
    const root = roots.find((r) => abs.startsWith(r + sep));
    if (root === undefined) return `\0${dirname(abs)}`; // outside every PATH (a file argument's crew code)
    const rest = abs.slice(root.length + 1);
    const cut = rest.indexOf(sep);
    return cut < 0 ? `\0${root}` : root + sep + rest.slice(0, cut);
  };
  const units = new Map<string, DiscoveredFiles>();
  const take = (abs: string, list: 'yamlFiles' | 'jsonFiles' | 'pythonFiles' | 'pyprojectFiles') => {
    const key = unitOf(abs);
    let u = units.get(key);
    if (!u) units.set(key, (u = { roots: discovered.roots, yamlFiles: [], jsonFiles: [], pythonFiles: [], pyprojectFiles: [], explicitFiles: discovered.explicitFiles, walkedRoots: discovered.walkedRoots, projectFiles: discovered.projectFiles, diagnostics: [] }));
    u[list].push(abs);
  };
  for (const list of ['pythonFiles', 'yamlFiles', 'jsonFiles', 'pyprojectFiles'] as const) for (const abs of discovered[list]) take(abs, list);
  if (units.size < 2) return undefined;
  const total = fileCount(discovered);
  // a reduce, not Math.max(...): a tree may have more folders than a call takes arguments
  const largest = [...units.values()].reduce((n, u) => Math.max(n, fileCount(u)), 0);
  if (env.CREWTEL_UNITS !== '1' && largest > total * MAX_UNIT_SHARE) return undefined;

  const positions = new Map<string, number>();
  for (const abs of [...discovered.pythonFiles, ...discovered.yamlFiles, ...discovered.jsonFiles]) if (!positions.has(abs)) positions.set(abs, positions.size);
  const position = (abs: string) => positions.get(abs) ?? positions.size;
  const otherModules = new Set<string>();
  for (const abs of discovered.pythonFiles) for (const name of moduleNames(abs)) otherModules.add(name);
  const batches: UnitBatch[] = [];
  let keys: string[] = [];
  let size = 0;
  const flush = () => {
    if (!keys.length) return;
    const parts = keys.map((k) => units.get(k)!);
    const merged: DiscoveredFiles = { roots: discovered.roots, yamlFiles: [], jsonFiles: [], pythonFiles: [], pyprojectFiles: [], explicitFiles: discovered.explicitFiles, walkedRoots: discovered.walkedRoots, projectFiles: discovered.projectFiles, diagnostics: batches.length === 0 ? discovered.diagnostics : [] };
    for (const p of parts) for (const list of ['pythonFiles', 'yamlFiles', 'jsonFiles', 'pyprojectFiles'] as const) merged[list].push(...p[list]);
    const inside = new Set(keys);
    batches.push({ discovered: merged, first: batches.length === 0, scope: { contains: (abs) => inside.has(unitOf(abs)), otherModules, position } });
    keys = [];
    size = 0;
  };
  for (const [key, u] of units) {
    keys.push(key);
    size += fileCount(u);
    if (size >= perBatch) flush();
  }
  flush();
  return batches.length > 1 ? batches : undefined;
}
