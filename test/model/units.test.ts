// How a large tree is split into batches (src/model/units.ts): by top-level folder, ~500 files
// a batch, never when one folder dominates, each batch knowing what is its own.
import { describe, expect, it } from 'vitest';
import type { DiscoveredFiles } from '../../src/discover/index.js';
import { MIN_FILES_FOR_UNITS, splitUnits, wantsUnits } from '../../src/model/units.js';

const root = '/repo';
function tree(folders: Record<string, number>, atRoot = 0): DiscoveredFiles {
  const yamlFiles: string[] = [];
  for (const [name, n] of Object.entries(folders)) for (let i = 0; i < n; i++) yamlFiles.push(`${root}/${name}/config/agents_${i}.yaml`);
  for (let i = 0; i < atRoot; i++) yamlFiles.push(`${root}/tasks_${i}.yaml`);
  return { roots: [root], yamlFiles, jsonFiles: [], pythonFiles: [], pyprojectFiles: [], explicitFiles: new Set(), walkedRoots: [root], projectFiles: new Map(), diagnostics: [] };
}

describe('wantsUnits', () => {
  it('splits from MIN_FILES_FOR_UNITS files, or as CREWTEL_UNITS forces', () => {
    expect(wantsUnits(MIN_FILES_FOR_UNITS - 1, {})).toBe(false);
    expect(wantsUnits(MIN_FILES_FOR_UNITS, {})).toBe(true);
    expect(wantsUnits(10, { CREWTEL_UNITS: '1' })).toBe(true);
    expect(wantsUnits(1e6, { CREWTEL_UNITS: '0' })).toBe(false);
  });
});

describe('splitUnits', () => {
  it('groups top-level folders into batches of about 500 files, in tree order', () => {
    const folders = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${String(i).padStart(2, '0')}`, 100]));
    const batches = splitUnits(tree(folders), {})!;
    expect(batches.map((b) => b.discovered.yamlFiles.length)).toEqual([500, 500, 200]);
    expect(batches[0].first).toBe(true);
    expect(batches[1].first).toBe(false);
    const [a, b] = batches;
    expect(a.scope.contains(`${root}/p00/config/x.yaml`)).toBe(true);
    expect(a.scope.contains(`${root}/p07/config/x.yaml`)).toBe(false);
    expect(b.scope.contains(`${root}/p07/config/x.yaml`)).toBe(true);
    // the whole tree's reading order, whatever batch asks
    expect(a.scope.position(`${root}/p11/config/agents_0.yaml`)).toBe(1100);
  });

  it('files directly in the PATH are a unit of their own', () => {
    const batches = splitUnits(tree({ a: 10, b: 10, c: 10, d: 10, e: 10 }, 3), { CREWTEL_UNITS: '1' })!;
    const own = batches.find((x) => x.scope.contains(`${root}/tasks_0.yaml`))!;
    expect(own.discovered.yamlFiles).toHaveLength(3);
    expect(own.scope.contains(`${root}/a/config/agents_0.yaml`)).toBe(false);
  });

  it('does not split a tree one folder dominates, or a tree of one folder', () => {
    expect(splitUnits(tree({ src: 3000, tests: 500, docs: 500, tools: 500 }), {})).toBeUndefined();
    expect(splitUnits(tree({ only: 5000 }), {})).toBeUndefined();
  });

  it('CREWTEL_UNITS=1 makes one batch per folder, whatever the sizes', () => {
    expect(splitUnits(tree({ src: 3000, tests: 5 }), { CREWTEL_UNITS: '1' })!.map((b) => b.discovered.yamlFiles.length)).toEqual([3000, 5]);
  });
});
